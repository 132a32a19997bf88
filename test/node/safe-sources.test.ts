import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// Static guards over shipped code, beside the browser and stories gates that prove the same
// properties at run time: data stays text, exports neutralize formulas, and nothing needs an
// inline style or script under a strict Content-Security-Policy.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const shipped = ['src/components', 'src/api', 'src/domain'].flatMap(sources).filter((f) => !f.includes('/generated/'));

function offenders(pattern: RegExp, files = shipped): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

test('no HTML parsing sinks: innerHTML, outerHTML, insertAdjacentHTML, document.write, unsafeHTML, unsafeSVG', () => {
  assert.deepEqual(offenders(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|unsafeHTML|unsafeSVG|DOMParser|createContextualFragment/), []);
});

test('no code from strings: eval, new Function, string timers', () => {
  assert.deepEqual(offenders(/\beval\(|new Function\(|set(?:Timeout|Interval)\(\s*['"`]/), []);
});

test('no inline style attributes in templates (a strict CSP blocks them; styleMap goes through CSSOM)', () => {
  assert.deepEqual(offenders(/\sstyle\s*=\s*["'$]/, sources('src/components')), []);
});

test('every CSV export is built by the domain CSV writer, which neutralizes formulas', () => {
  const exporting = sources('src/components').filter((file) => /text\/csv|\.csv\b/.test(readFileSync(file, 'utf8')));
  const usesDomainCsv = (text: string) => /from '(\.\.\/)+domain\/(csv|index)\.js'/.test(text);
  const unsafe = exporting.filter((file) => {
    const text = readFileSync(file, 'utf8');
    if (usesDomainCsv(text)) return false;
    // Or through a helper beside it that does.
    const helpers = [...text.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => join(file, '..', `${m[1]}.ts`));
    return !helpers.some((helper) => usesDomainCsv(readFileSync(helper, 'utf8')));
  });
  assert.deepEqual(unsafe, [], 'these files make CSV without src/domain/csv.ts');
});
