// `npm run bench`: runs every bench/*.bench.ts in its own Node process (they need memory and
// quiet, so one at a time), then prints one table of the figures they reported.
//   npm run bench                 all benchmarks
//   npm run bench -- planning     only those whose file name contains "planning"
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';

const root = resolve(new URL('..', import.meta.url).pathname);
const only = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();

const MARKER = 'BENCH-FIGURE ';
const figures = [];
let failures = 0;
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const run = spawnSync(process.execPath, ['--max-old-space-size=6144', '--expose-gc', '--import', 'tsx', join('bench', file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = (run.stdout ?? '') + (run.stderr ?? '');
  for (const line of output.split('\n')) {
    if (line.startsWith(MARKER)) figures.push({ file, ...JSON.parse(line.slice(MARKER.length)) });
    else if (line.trim()) console.log(`  ${line}`);
  }
  if (run.status !== 0) {
    failures++;
    console.log(`  ✗ exited with ${run.status}`);
  }
}

const rows = figures.map((f) => [
  f.benchmark,
  f.metric,
  `${Number.isInteger(f.value) ? f.value : f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`,
  f.target ?? '',
  f.met === undefined ? '' : f.met ? 'met' : 'NOT MET',
]);
const header = ['benchmark', 'metric', 'value', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`\n${machine}, ${new Date().toISOString().slice(0, 10)}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify({ machine, date: new Date().toISOString(), figures }, null, 2) + '\n');
if (failures) {
  console.log(`${failures} benchmark(s) failed to run`);
  process.exit(1);
}
