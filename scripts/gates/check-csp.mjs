// Strict CSP + Trusted Types gate: builds test/csp/ (every element the kit registers, inside
// <comms-provider>, on the mock district) with Vite, serves it under the policy of
// csp-policy.mjs, and opens it in headless Chromium for each viewer, language and theme, two
// pages at a time, each read once it has settled rather than after a fixed pause. Fails
// on any CSP or Trusted Types violation (seen by the page's `securitypolicyviolation` listener,
// by DevTools issues, or in the console), any page or console error, and any element that
// rendered nothing or ended "not set up". Prints one line per check, then "N passed, N failed".
//   node scripts/gates/check-csp.mjs [filter…]      (e.g. `admin`, or `teacher es dark`: combinations with all of them)
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { exerciseElement } from './csp-interactions.mjs';
import { openWatchedPage, pageViolations, until } from './csp-page-watch.mjs';
import { STRICT_CSP } from './csp-policy.mjs';
import { sourceLocator } from './source-locations.mjs';
import { serveDirectory } from './static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'node_modules/.cache/csp-gate');
const filters = process.argv.slice(2);
// CSP_SCREENSHOTS=<folder>: also save a full-page screenshot of each page, after its interactions.
const SCREENSHOTS = process.env.CSP_SCREENSHOTS;
const COMBOS = ['guardian', 'teacher', 'admin'].flatMap((viewer) =>
  ['en', 'es'].flatMap((locale) => ['light', 'dark'].map((theme) => ({ viewer, locale, theme }))),
).filter((combo) => filters.every((word) => Object.values(combo).includes(word)));
// Two pages at a time: CI has two cores, and a page spends most of its time waiting on the
// other process (Node drives it, Chromium renders it). CSP_PAGES=1 runs them one by one.
const PAGES = Math.max(1, Number(process.env.CSP_PAGES) || 2);
// Limits of waits on conditions that normally hold within a fraction of a second.
const SETTLE_LIMIT_MS = 20_000;
const REPORT_LIMIT_MS = 5_000;
const started = performance.now();
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

const results = [];
/** Rewrites bundle locations in a report line to source locations (once the page is served). */
let locate = (text) => text;
function record(name, ok, details = []) {
  results.push({ name, ok });
  const detail = !ok && details.length ? `\n    ${details.map((line) => locate(line)).join('\n').replaceAll('\n', '\n    ')}` : '';
  console.log(`${ok ? '✓' : '✗'} ${name}${detail}`);
}
function finish() {
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/** Tags the kit defines: the first argument of each defineElement(…) in the define modules. */
function definedTags() {
  const dir = join(root, 'src/components');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'define.ts')))
    .flatMap((name) => [...readFileSync(join(dir, name, 'define.ts'), 'utf8').matchAll(/defineElement\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));
}

/**
 * The page must run every define module that src/define.ts imports, whatever package.json's
 * `sideEffects` says about the sources (a list without them lets a production build drop
 * `import './components/…/define.js'`, and the elements would silently be missing).
 */
const keepKitSideEffects = {
  name: 'keep-kit-side-effects',
  transform(code, id) {
    return id.startsWith(join(root, 'src/')) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
if (COMBOS.length === 0) {
  record(`some viewer, language and theme match "${filters.join(' ')}"`, false, ['viewers: guardian, teacher, admin; languages: en, es; themes: light, dark']);
  finish();
}

// 1. The page, built as a host would ship it.
try {
  await build({
    configFile: false,
    root: join(root, 'test/csp'),
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      rolldownOptions: { checks: { pluginTimings: false } },
    },
    plugins: [keepKitSideEffects],
  });
  record('the CSP page builds', true);
} catch (error) {
  record('the CSP page builds', false, [String(error?.message ?? error)]);
  finish();
}

const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const inline = [
  ...[...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>/gi)].map((m) => `inline script: ${m[0]}`),
  ...[...html.matchAll(/<style\b[^>]*>/gi)].map((m) => `inline style: ${m[0]}`),
  ...[...html.matchAll(/<[^>]*\s(style|on[a-z]+)\s*=[^>]*>/gi)].map((m) => `${m[1]} attribute: ${m[0]}`),
];
record('the page has no inline script, inline style, style attribute or event handler attribute', inline.length === 0, inline);

// 2. Served under the strict policy, opened in Chromium.
const isHtml = (path) => path.endsWith('/') || path.endsWith('.html');
const server = await serveDirectory(outDir, { headersFor: (path) => (isHtml(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}) });
let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
} catch (error) {
  record('Chromium starts', false, [String(error?.message ?? error).split('\n')[0]]);
  await server.close();
  finish();
}
locate = sourceLocator(outDir, server.url, root);
console.log(`Content-Security-Policy: ${STRICT_CSP}`);

// 3. The gate can see a violation: a deliberate one of each kind must be refused and reported.
{
  const { page, seen, response } = await openWatchedPage(browser, `${server.url}/?viewer=guardian`);
  try {
    const header = response?.headers()['content-security-policy'];
    record('the page is served with the strict policy', header === STRICT_CSP, [`got: ${header ?? '(no header)'}`]);
    if (!(await page.evaluate(() => window.cspGate !== undefined))) throw new Error('the page did not start (no window.cspGate)');
    const canary = await page.evaluate(async (limitMs) => {
      const probe = document.createElement('div');
      document.body.append(probe);
      let htmlRefused = false;
      try {
        probe.innerHTML = '<b>planted</b>';
      } catch (error) {
        htmlRefused = error instanceof TypeError;
      }
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      const styleApplied = getComputedStyle(probe).color === 'rgb(255, 0, 0)';
      probe.remove();
      // Reports arrive as events a moment later: wait for both, or give up after the limit.
      const directives = () => window.cspGate.violations.map((v) => v.directive);
      const both = () => directives().includes('require-trusted-types-for') && directives().some((d) => d.startsWith('style-src'));
      for (const end = performance.now() + limitMs; !both() && performance.now() < end;) await new Promise((resolve) => setTimeout(resolve, 20));
      return { htmlRefused, styleApplied, directives: directives() };
    }, REPORT_LIMIT_MS);
    record('a string assigned to innerHTML is refused and reported (Trusted Types)',
      canary.htmlRefused && canary.directives.includes('require-trusted-types-for'), [JSON.stringify(canary)]);
    record('a style attribute is not applied and is reported (style-src)',
      !canary.styleApplied && canary.directives.some((d) => d.startsWith('style-src')), [JSON.stringify(canary)]);
    const reports = () => [...seen.policy.values()];
    const heard = await until(() => reports().some((s) => s.startsWith('DevTools issue')) && reports().some((s) => !s.startsWith('DevTools issue')), REPORT_LIMIT_MS);
    record('the browser reports violations to the gate (DevTools issues and console)', heard, reports());
  } catch (error) {
    record('the gate can see violations', false, [String(error?.message ?? error)]);
  } finally {
    await page.close();
  }
}

// 4. Every viewer, language and theme, a few pages at a time. Each page's lines are held until
// it is done and printed in the order of COMBOS, so the report reads the same however many run.
const renderedTags = new Set();
const skippedTags = new Set();

/** Opens, checks and exercises one combination; returns its lines, to be printed in order. */
async function checkCombo({ viewer, locale, theme }) {
  const label = `[${viewer} · ${locale} · ${theme}]`;
  const lines = [];
  const check = (name, ok, details = []) => lines.push(() => record(`${label} ${name}`, ok, details));
  const note = (text) => lines.push(() => console.log(`  ${label} ${text}`));
  const opening = performance.now();
  let opened;
  try {
    opened = await openWatchedPage(browser, `${server.url}/?${new URLSearchParams({ viewer, locale, theme })}`);
  } catch (error) {
    check('the page opens', false, [String(error?.message ?? error).split('\n')[0]]);
    return lines;
  }
  const { page, seen } = opened;
  const timing = [];
  try {
    // Awaited in the page, not polled: a poll from here would run timers there and keep it busy.
    const stillBusy = await page.evaluate(() => window.cspGate.firstSettle);
    timing.push(`opened and settled in ${seconds(opening)}`);
    const { elements, skipped } = await page.evaluate(() => ({ elements: window.cspGate.elements(), skipped: window.cspGate.skipped }));
    // A page still loading after the limit is a broken element, not a slow one: it fails.
    check('settled after opening', stillBusy.length === 0, stillBusy);
    for (const element of elements) {
      renderedTags.add(element.tag);
      // An error view is a rendered state (e.g. a viewer without permission); so is a prompt with nothing to ask.
      const ok = ['content', 'error', 'nothing to show'].includes(element.state);
      const where = element.section === 'page' ? '' : ` in "${element.section}"`;
      check(`<${element.tag}>${where} rendered (${element.state})`, ok);
    }
    const done = [];
    let phase = performance.now();
    for (const element of elements.filter((e) => e.tag !== 'comms-provider')) {
      const did = await exerciseElement(page, element.key);
      if (did.length) done.push(`<${element.tag}>: ${did.join(', ')}`);
    }
    timing.push(`exercised in ${seconds(phase)}`);
    // What the last interactions set off (a debounced search, its request, the re-render) must
    // be done before the verdict is read.
    phase = performance.now();
    const busy = await page.evaluate((limitMs) => window.cspGate.settle(limitMs), SETTLE_LIMIT_MS);
    timing.push(`${busy.length ? 'still busy' : 'quiet'} after ${seconds(phase)}`);
    check('settled after its interactions', busy.length === 0, busy);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${viewer}-${locale}-${theme}.png`), fullPage: true });
    for (const tag of skipped) skippedTags.add(tag);
    if (done.length) note(`exercised: ${done.join('; ')}`);
  } catch (error) {
    seen.pageErrors.push(`the page did not finish: ${String(error?.message ?? error).split('\n')[0]}`);
  }
  const violations = [...(await pageViolations(page).catch(() => [])), ...seen.policy.values()];
  check('no CSP or Trusted Types violations', violations.length === 0, violations);
  // An update that threw may have been caught by the element's own error handling, so it
  // reaches no error listener; the page counts it.
  const threw = await page.evaluate(() => window.cspGate?.threw() ?? false).catch(() => false);
  const errors = [...seen.pageErrors, ...seen.consoleErrors, ...(threw && seen.pageErrors.length === 0 ? ['an element update threw'] : [])];
  check('no page errors or console errors', errors.length === 0, errors);
  await page.close();
  note([...timing, `${seconds(opening)} in all`].join(', '));
  return lines;
}

const outcomes = [];
let printed = 0;
let next = 0;
const combosStarted = performance.now();
await Promise.all(Array.from({ length: Math.min(PAGES, COMBOS.length) }, async () => {
  while (next < COMBOS.length) {
    const index = next++;
    outcomes[index] = await checkCombo(COMBOS[index]).catch((error) => [
      () => record(`${Object.values(COMBOS[index]).join(' · ')}: the gate finished its page`, false, [String(error?.message ?? error)]),
    ]);
    for (; outcomes[printed]; printed += 1) for (const print of outcomes[printed]) print();
  }
}));
console.log(`${COMBOS.length} combination${COMBOS.length === 1 ? '' : 's'}, ${Math.min(PAGES, COMBOS.length)} at a time: ${seconds(combosStarted)}`);

// 5. Nothing the kit defines escaped the gate.
if (skippedTags.size) console.log(`Not registered by src/define.ts yet, so not on the page: ${[...skippedTags].map((t) => `<${t}>`).join(' ')}`);
if (filters.length === 0) {
  const missing = definedTags().filter((tag) => !renderedTags.has(tag));
  record('every element the kit defines was rendered on the CSP page', missing.length === 0,
    missing.map((tag) => `<${tag}>: not rendered (is it imported by src/define.ts and placed in demo/views.ts?)`));
}

await browser.close();
await server.close();
console.log(`The CSP gate took ${seconds(started)}.`);
finish();
