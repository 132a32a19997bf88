// Stories gate: opens every story of the static Storybook build (storybook-static/) in headless
// Chromium and fails on page errors, console errors, Storybook render errors and axe violations
// (WCAG 2.0–2.2 A and AA); checks that every element has the stories its states need.
//   node scripts/gates/check-stories.mjs [filter]     (run `npm run build-storybook` first)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { serveDirectory } from './static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const filter = process.argv[2];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SETTLE_MS = Number(process.env.STORY_SETTLE_MS ?? 1500);
const PARALLEL = Number(process.env.STORY_PARALLEL ?? 2);

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
    const needed = [...requirements['every element'], ...(requirements.elements[tag] ?? [])];
    const missing = needed.filter((word) => !own.some((story) => story.exportName.toLowerCase().includes(word.toLowerCase())));
    record(`<${tag}> has stories for ${needed.join(', ')}`, own.length > 0 && missing.length === 0,
      own.length === 0 ? 'no stories at all' : missing.length ? `missing: ${missing.join(', ')}` : '');
  }
}

// 2. Every story opens cleanly.
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const server = await serveDirectory(staticDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });

async function checkStory(story) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser's own line for a request the story made fail on purpose is not an app error.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text().slice(0, 300)}`);
    }
  });
  try {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const rootElement = document.querySelector('#storybook-root');
      return document.body.classList.contains('sb-show-errordisplay') || (rootElement && rootElement.childElementCount > 0);
    }, undefined, { timeout: 20_000 });
    await page.waitForTimeout(SETTLE_MS);
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      const text = await page.locator('#error-message').innerText().catch(() => '');
      problems.push(`Storybook could not render the story: ${text.slice(0, 300)}`);
    } else {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run({ include: ['#storybook-root'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }, AXE_TAGS);
      problems.push(...violations.map((v) => `axe: ${v}`));
    }
  } catch (error) {
    problems.push(`did not open: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

const queue = stories.filter((story) => !filter || story.id.includes(filter));
let axeViolations = 0;
async function worker() {
  for (let story = queue.shift(); story; story = queue.shift()) {
    const problems = await checkStory(story);
    axeViolations += problems.filter((p) => p.startsWith('axe:')).length;
    record(`story ${story.title} › ${story.name}`, problems.length === 0, problems.join('\n'));
  }
}
const storyCount = queue.length;
await Promise.all(Array.from({ length: PARALLEL }, worker));
await browser.close();
await server.close();

const failed = results.filter((r) => !r.ok).length;
console.log(`\n${storyCount} stories opened, ${axeViolations} axe violation(s)`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
