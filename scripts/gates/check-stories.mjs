// Stories gate: opens every story of the static Storybook build (storybook-static/) in headless
// Chromium three times:
//   as written   no page errors, console errors or Storybook render errors; zero axe violations
//                (WCAG 2.0–2.2 A and AA); and, with forced colors emulated, no text lost against
//                the backplate or background the browser paints behind it;
//   pseudo       in the en-XA pseudo-locale with pseudo-localized data: no plain ASCII word on
//                screen or in an accessible name unless the browser's date/number formatting made it;
//   hostile      with hostile text in every name, title, body, label and email: nothing runs,
//                nothing is injected, and every payload shows verbatim somewhere.
// It also checks that every element has the stories its states need.
//   node --import tsx scripts/gates/check-stories.mjs [filter]     (run `npm run build-storybook` first)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { serveDirectory } from './static-server.mjs';
import { collectTexts, findTextLostInForcedColors, findUntranslated, inspectHostile } from './story-page-checks.mjs';
import { HOSTILE_STRINGS as HOSTILE_PAYLOADS } from '../../src/mocks/display-text/hostile-strings.ts';

const root = new URL('../..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const filter = process.argv[2];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SETTLE_MS = Number(process.env.STORY_SETTLE_MS ?? 1000);
const PARALLEL = Number(process.env.STORY_PARALLEL ?? 3);
const RECYCLE_EVERY = 20;
const RENDER_WAIT_MS = Number(process.env.STORY_RENDER_WAIT_MS ?? 8000);

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Tags the kit defines: the first argument of each defineElement(…) in the define modules. */
function definedTags() {
  const dir = join(root, 'src/components');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'define.ts')))
    .flatMap((name) => [...readFileSync(join(dir, name, 'define.ts'), 'utf8').matchAll(/defineElement\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const results = [];
const record = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? `\n    ${detail.replaceAll('\n', '\n    ')}` : ''}`);
};

// 1. Every element has its stories.
const requirements = JSON.parse(readFileSync(join(root, 'scripts/gates/story-requirements.json'), 'utf8'));
if (!filter) {
  for (const tag of definedTags()) {
    const own = stories.filter((story) => story.title.split('/').pop() === tag);
    const exempt = Object.keys(requirements.exempt?.[tag] ?? {});
    const needed = [...requirements['every element'].filter((word) => !exempt.includes(word)), ...(requirements.elements[tag] ?? [])];
    const has = (word) => word.split('|').some((w) => own.some((story) => story.exportName.toLowerCase().includes(w.toLowerCase())));
    const missing = needed.filter((word) => !has(word));
    record(`<${tag}> has stories for ${needed.join(', ')}`, own.length > 0 && missing.length === 0,
      own.length === 0 ? 'no stories at all' : missing.length ? `missing: ${missing.join(', ')}` : '');
  }
}

// 2. Every story opens cleanly.
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const server = await serveDirectory(staticDir);
const launchBrowser = () => chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
let browser = await launchBrowser();

/** Globals of each pass (stories' own globals, such as a Spanish story's language, still win). */
// The gate runs axe itself: the a11y addon's own run after each story is switched off, since
// Storybook reloads the page when the next story is chosen while that run is still going.
const PASSES = {
  written: { locale: 'en', data: 'normal', a11y: { manual: true } },
  pseudo: { locale: 'en-XA', data: 'normal', a11y: { manual: true } },
  hostile: { locale: 'en', data: 'hostile', a11y: { manual: true } },
};
const shownPayloads = new Set();

/**
 * One browser page per worker, kept across stories: the preview loads once, then each story is
 * selected through Storybook's channel (as its own UI does), which is much faster than a reload.
 */
class StoryPage {
  problems = [];
  pass = 'written';

  async open() {
    this.globalsOf = undefined;
    this.page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    this.page.on('dialog', (dialog) => {
      this.problems.push(`a dialog opened: ${dialog.message().slice(0, 80)}`);
      dialog.dismiss().catch(() => {});
    });
    this.page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    this.page.on('console', (message) => {
      // The browser's own line for a request the story made fail on purpose is not an app error.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource') && this.pass === 'written') {
        this.problems.push(`console error: ${message.text().slice(0, 300)}`);
      }
    });
    await this.page.goto(`${server.url}/iframe.html?viewMode=story`, { waitUntil: 'load' });
    await this.page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined, undefined, { timeout: 30_000 });
  }

  /**
   * Selects a story with the pass's globals; resolves once Storybook rendered it (or failed to).
   * Globals are set on a page with no story shown: changing them re-renders the current story,
   * and Storybook reloads the whole page when another story is chosen during that re-render.
   */
  async show(story, pass) {
    if (this.page && this.globalsOf !== pass) await this.close();
    if (!this.page) await this.open();
    this.pass = pass;
    const setGlobals = this.globalsOf !== pass;
    this.globalsOf = pass;
    return this.page.evaluate(({ storyId, globals }) => new Promise((resolve) => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const done = (outcome) => (detail) => {
        for (const [event, handler] of handlers) channel.off(event, handler);
        resolve({ outcome, detail: detail?.description ?? detail?.message ?? '' });
      };
      const handlers = [
        ['storyRendered', done('rendered')], ['storyErrored', done('errored')],
        ['storyThrewException', done('threw')], ['storyMissing', done('missing')],
      ];
      for (const [event, handler] of handlers) channel.on(event, handler);
      window.pwned = undefined;
      localStorage.clear();
      sessionStorage.clear();
      if (globals) channel.emit('updateGlobals', { globals });
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }), { storyId: story.id, globals: setGlobals ? PASSES[pass] : null });
  }

  async close() {
    await this.page?.close({ runBeforeUnload: false }).catch(() => {});
    this.page = undefined;
  }

  checked = 0;

  async check(story, pass, retried = false) {
    this.problems = [];
    // A fresh page now and then, so one long session's memory never builds up.
    if (++this.checked % RECYCLE_EVERY === 0 || this.recycleAfter) await this.close();
    this.recycleAfter = false;
    if (!browser.isConnected()) browser = await launchBrowser();
    try {
      // Storybook says "rendered" after a story's play function ends; a story that keeps
      // playing (or waits on a slow answer) is checked as it stands after a while.
      const { outcome, detail } = await Promise.race([
        this.show(story, pass),
        new Promise((resolve) => setTimeout(() => resolve({ outcome: 'still playing' }), RENDER_WAIT_MS)),
      ]);
      if (outcome === 'still playing') {
        const shown = await this.page.evaluate(() => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0);
        if (!shown) throw new Error(`nothing rendered within ${RENDER_WAIT_MS / 1000} s`);
        // Its play function may still act: the next story gets a page of its own.
        this.recycleAfter = true;
      } else if (outcome !== 'rendered') {
        throw new Error(`Storybook could not render the story (${outcome}): ${String(detail).slice(0, 300)}`);
      }
      await this.page.waitForTimeout(SETTLE_MS);
      const undefinedTags = await this.page.evaluate(() => {
        const found = new Set();
        const visit = (node) => {
          if (node.nodeType === Node.ELEMENT_NODE && node.localName.includes('-') && !customElements.get(node.localName)) found.add(node.localName);
          if (node.shadowRoot) visit(node.shadowRoot);
          for (const child of node.children ?? []) visit(child);
        };
        visit(document.querySelector('#storybook-root'));
        return [...found];
      });
      this.problems.push(...undefinedTags.map((tag) => `<${tag}> was never defined (is its define module imported?)`));
      // Long words and 10,000-character strings must wrap or truncate, never widen the page.
      const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) this.problems.push(`the page scrolls sideways by ${overflow}px: something does not wrap`);
      // A story that types into an element shows what it typed (English data): its play
      // function makes it unfit for the pseudo-locale pass (it is checked in the other two).
      if (pass === 'pseudo') {
        if (!story.tags?.includes('play-fn')) {
          const { words } = await this.page.evaluate(findUntranslated, collectTexts.toString());
          this.problems.push(...words.slice(0, 15).map((w) => `not localized: ${w}`));
        }
      } else if (pass === 'hostile') {
        const { problems: found, shown } = await this.page.evaluate(inspectHostile, { payloads: HOSTILE_PAYLOADS, collectTextsSource: collectTexts.toString() });
        this.problems.push(...found);
        for (const index of shown) shownPayloads.add(index);
      } else {
        this.problems.push(...(await this.axe()).map((v) => `axe: ${v}`));
        await this.page.emulateMedia({ forcedColors: 'active' });
        try {
          const lost = await this.page.evaluate(findTextLostInForcedColors);
          this.problems.push(...lost.slice(0, 10).map((text) => `unreadable in forced colors: ${text}`));
        } finally {
          await this.page.emulateMedia({ forcedColors: 'none' });
        }
      }
    } catch (error) {
      await this.close();
      // A story the previous one disturbed (a late navigation, a crash) gets one more try alone.
      if (!retried) return this.check(story, pass, true);
      this.problems.push(error.message.split('\n')[0]);
    }
    return [...this.problems];
  }

  async axe() {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ content: axeSource });
    // The a11y addon's own run is off (see PASSES), so nothing else runs axe on this page.
    return this.page.evaluate(async (tags) => {
      const result = await window.axe.run({ include: ['#storybook-root'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, AXE_TAGS);
  }
}

const selected = stories.filter((story) => !filter || story.id.includes(filter));
const queue = Object.keys(PASSES).flatMap((pass) => selected.map((story) => ({ story, pass })));
let axeViolations = 0;
async function worker() {
  const storyPage = new StoryPage();
  for (let job = queue.shift(); job; job = queue.shift()) {
    // A watchdog: a page that hangs (left so by an earlier story) is replaced and the story
    // checked once more on a fresh page; a story that hangs a fresh page fails.
    const HUNG = 'the page hung for 60 s';
    const attempt = async (retried) => {
      let timer;
      const found = await Promise.race([
        storyPage.check(job.story, job.pass, retried),
        new Promise((resolve) => {
          timer = setTimeout(() => resolve([HUNG]), 60_000);
        }),
      ]);
      clearTimeout(timer);
      if (found.includes(HUNG)) {
        const hungPage = storyPage.page;
        storyPage.page = undefined;
        await hungPage?.close({ runBeforeUnload: false }).catch(() => {});
      }
      return found;
    };
    const started = performance.now();
    let problems = await attempt(false);
    if (problems.includes(HUNG)) problems = await attempt(true);
    axeViolations += problems.filter((p) => p.startsWith('axe:')).length;
    const seconds = (performance.now() - started) / 1000;
    // Slow checks are named, so the gate's run time can be kept down.
    const slow = seconds > 4 ? ` (${seconds.toFixed(1)} s)` : '';
    record(`${job.pass.padEnd(7)} ${job.story.title} › ${job.story.name}${slow}`, problems.length === 0, problems.join('\n'));
  }
}
const storyCount = selected.length;
await Promise.all(Array.from({ length: PARALLEL }, worker));
await browser.close();
await server.close();

if (!filter) {
  const missing = HOSTILE_PAYLOADS.map((p, i) => (shownPayloads.has(i) ? null : JSON.stringify(p.slice(0, 40)))).filter(Boolean);
  record(`all ${HOSTILE_PAYLOADS.length} hostile strings shown verbatim by some story`, missing.length === 0, missing.length ? `never shown: ${missing.join(', ')}` : '');
}
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${storyCount} stories × ${Object.keys(PASSES).length} passes, ${axeViolations} axe violation(s), ${shownPayloads.size}/${HOSTILE_PAYLOADS.length} hostile strings shown verbatim`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
