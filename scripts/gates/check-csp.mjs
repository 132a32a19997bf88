// Strict CSP + Trusted Types gate: builds test/csp/ (every element the kit registers, inside
// <comms-provider>, on the mock district) with Vite, serves it under the policy of
// csp-policy.mjs, and opens it in headless Chromium for each viewer, language and theme. Fails
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
// Messages the browser prints about the policy: counted as violations, not as console errors.
const MESSAGE_LENGTH = 240;
const POLICY_MESSAGE = /Content[- ]Security[- ]Policy|Trusted ?Type|TrustedHTML|TrustedScript/i;

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

/** Opens the page and collects what the browser says about it, from the first byte on. */
async function openPage(query) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  // Policy messages keyed by their text: the console event and the DevTools log repeat each other.
  const seen = { policy: new Map(), pageErrors: [], consoleErrors: [] };
  const at = (url, line, column) => (url ? ` at ${url}:${line + 1}:${column + 1}` : '');
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code !== 'ContentSecurityPolicyIssue') return;
    const d = issue.details.contentSecurityPolicyIssueDetails ?? {};
    const where = d.sourceCodeLocation ? at(d.sourceCodeLocation.url, d.sourceCodeLocation.lineNumber, d.sourceCodeLocation.columnNumber) : '';
    const text = `DevTools issue: ${d.contentSecurityPolicyViolationType} (${d.violatedDirective})${d.blockedURL ? ` ${d.blockedURL}` : ''}`;
    if (!seen.policy.has(text + where)) seen.policy.set(text + where, text + where);
  });
  // The console event carries the browser's own messages too; this also catches any it would not.
  cdp.on('Log.entryAdded', ({ entry }) => {
    const text = entry.text.slice(0, MESSAGE_LENGTH);
    if (POLICY_MESSAGE.test(text) && !seen.policy.has(text)) seen.policy.set(text, `browser log ${entry.level}: ${text}${at(entry.url, entry.lineNumber ?? 0, 0)}`);
  });
  await cdp.send('Audits.enable');
  await cdp.send('Log.enable');
  page.on('pageerror', (error) => {
    const frame = error.stack?.split('\n').find((line) => line.includes(server.url))?.trim() ?? '';
    seen.pageErrors.push(`page error: ${error.message.slice(0, MESSAGE_LENGTH)} ${frame}`);
  });
  page.on('console', (message) => {
    const text = message.text().slice(0, MESSAGE_LENGTH);
    const { url, lineNumber, columnNumber } = message.location();
    if (POLICY_MESSAGE.test(text)) seen.policy.set(text, `console ${message.type()}: ${text}${at(url, lineNumber, columnNumber)}`);
    else if (message.type() === 'error') seen.consoleErrors.push(`console error: ${text}${at(url, lineNumber, columnNumber)}`);
  });
  const response = await page.goto(`${server.url}/?${query}`, { waitUntil: 'load' });
  return { page, seen, response };
}

/** The violations the page's own listener recorded, in words. */
async function pageViolations(page) {
  const list = await page.evaluate(() => window.cspGate?.violations ?? []);
  return list.map((v) => `securitypolicyviolation: ${v.directive}, blocked ${v.blocked || '(nothing)'}${v.sample ? `, sample "${v.sample}"` : ''}${v.element ? ` on ${v.element}` : ''}${v.source ? ` at ${v.source}` : ''}`);
}

// 3. The gate can see a violation: a deliberate one of each kind must be refused and reported.
{
  const { page, seen, response } = await openPage('viewer=guardian');
  try {
    const header = response?.headers()['content-security-policy'];
    record('the page is served with the strict policy', header === STRICT_CSP, [`got: ${header ?? '(no header)'}`]);
    await page.waitForFunction(() => window.cspGate !== undefined, undefined, { timeout: 20_000 });
    const canary = await page.evaluate(async () => {
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
      await new Promise((resolve) => setTimeout(resolve, 300));
      const directives = window.cspGate.violations.map((v) => v.directive);
      return { htmlRefused, styleApplied, directives };
    });
    await page.waitForTimeout(300);
    record('a string assigned to innerHTML is refused and reported (Trusted Types)',
      canary.htmlRefused && canary.directives.includes('require-trusted-types-for'), [JSON.stringify(canary)]);
    record('a style attribute is not applied and is reported (style-src)',
      !canary.styleApplied && canary.directives.some((d) => d.startsWith('style-src')), [JSON.stringify(canary)]);
    record('the browser reports violations to the gate (DevTools issues and console)',
      [...seen.policy.values()].some((s) => s.startsWith('DevTools issue')) && [...seen.policy.values()].some((s) => !s.startsWith('DevTools issue')),
      [...seen.policy.values()]);
  } catch (error) {
    record('the gate can see violations', false, [String(error?.message ?? error)]);
  } finally {
    await page.close();
  }
}

// 4. Every viewer, language and theme.
const renderedTags = new Set();
const skippedTags = new Set();
for (const { viewer, locale, theme } of COMBOS) {
  const label = `[${viewer} · ${locale} · ${theme}]`;
  let opened;
  try {
    opened = await openPage(new URLSearchParams({ viewer, locale, theme }).toString());
  } catch (error) {
    record(`${label} the page opens`, false, [String(error?.message ?? error).split('\n')[0]]);
    continue;
  }
  const { page, seen } = opened;
  try {
    await page.waitForFunction(() => window.cspGate?.settled === true, undefined, { timeout: 40_000 });
    const { elements, skipped } = await page.evaluate(() => ({ elements: window.cspGate.elements(), skipped: window.cspGate.skipped }));
    for (const element of elements) {
      renderedTags.add(element.tag);
      // An error view is a rendered state (e.g. a viewer without permission); so is a prompt with nothing to ask.
      const ok = ['content', 'error', 'nothing to show'].includes(element.state);
      const where = element.section === 'page' ? '' : ` in "${element.section}"`;
      record(`${label} <${element.tag}>${where} rendered (${element.state})`, ok);
    }
    const done = [];
    for (const element of elements.filter((e) => e.tag !== 'comms-provider')) {
      const did = await exerciseElement(page, element.key);
      if (did.length) done.push(`<${element.tag}>: ${did.join(', ')}`);
    }
    await page.waitForTimeout(500);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${viewer}-${locale}-${theme}.png`), fullPage: true });
    for (const tag of skipped) skippedTags.add(tag);
    if (done.length) console.log(`  ${label} exercised: ${done.join('; ')}`);
  } catch (error) {
    seen.pageErrors.push(`the page did not finish: ${String(error?.message ?? error).split('\n')[0]}`);
  }
  const violations = [...(await pageViolations(page).catch(() => [])), ...seen.policy.values()];
  record(`${label} no CSP or Trusted Types violations`, violations.length === 0, violations);
  const errors = [...seen.pageErrors, ...seen.consoleErrors];
  record(`${label} no page errors or console errors`, errors.length === 0, errors);
  await page.close();
}

// 5. Nothing the kit defines escaped the gate.
if (skippedTags.size) console.log(`Not registered by src/define.ts yet, so not on the page: ${[...skippedTags].map((t) => `<${t}>`).join(' ')}`);
if (filters.length === 0) {
  const missing = definedTags().filter((tag) => !renderedTags.has(tag));
  record('every element the kit defines was rendered on the CSP page', missing.length === 0,
    missing.map((tag) => `<${tag}>: not rendered (is it imported by src/define.ts and placed in demo/views.ts?)`));
}

await browser.close();
await server.close();
finish();
