// Runs the whole suite: static checks, Node tests, browser tests, then prints one
// plain "N passed, N failed" line. `node scripts/test.mjs <stage> ...` runs some stages only.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const countsFile = join(root, 'node_modules/.cache/wtr-counts.json');
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });

function run(cmd, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
      child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  }).sort();
}

/** Counts from a gate's last "N passed, N failed" line; a gate that died without one failed. */
function countsFrom(out, code) {
  const match = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  if (!match) return { passed: 0, failed: 1 };
  const failed = Number(match[2]);
  return { passed: Number(match[1]), failed: failed || (code === 0 ? 0 : 1) };
}

/** A check that passes or fails as a whole counts as one. */
async function check(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const { code } = await run(cmd, args);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

const stages = {
  async typecheck() {
    return check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
  },
  async contract() {
    const lint = await check('OpenAPI lint', 'npx', ['redocly', 'lint', '--format', 'stylish']);
    const fresh = await check('generated contract types are current', 'npx', [
      'openapi-typescript', '--root-types', '--root-types-no-schema-prefix', '--check',
    ]);
    return { passed: lint.passed + fresh.passed, failed: lint.failed + fresh.failed };
  },
  async docs() {
    console.log('\n▶ Element docs and typings');
    const { code, out } = await run('node', ['scripts/gates/check-docs.mjs'], { capture: true });
    return countsFrom(out, code);
  },
  async node() {
    const files = filesUnder(join(root, 'test/node'), '.test.ts');
    console.log(`\n▶ Node tests (${files.length} files)`);
    if (files.length === 0) return { passed: 0, failed: 1 };
    const { code } = await run(
      'node',
      ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=tap', '--test-reporter-destination=node_modules/.cache/node-tests.tap', ...files],
    );
    const tap = readFileSync(join(root, 'node_modules/.cache/node-tests.tap'), 'utf8');
    const passed = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    const failed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
    return { passed, failed: failed || (code === 0 ? 0 : 1) };
  },
  async browser() {
    console.log('\n▶ Browser tests (headless Chromium)');
    rmSync(countsFile, { force: true });
    const { code } = await run('npx', ['wtr']);
    if (!existsSync(countsFile)) return { passed: 0, failed: 1 };
    const { passed, failed } = JSON.parse(readFileSync(countsFile, 'utf8'));
    return { passed, failed: failed || (code === 0 ? 0 : 1) };
  },
};

const wanted = process.argv.slice(2);
const order = wanted.length ? wanted : Object.keys(stages);
let passed = 0;
let failed = 0;
for (const name of order) {
  const stage = stages[name];
  if (!stage) throw new Error(`Unknown stage "${name}". Stages: ${Object.keys(stages).join(', ')}`);
  const result = await stage();
  console.log(`  ${name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
