import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// Right-to-left layouts work only if styles never say left or right.
const PHYSICAL = [
  /\b(?:margin|padding|border)-(?:left|right)\b/,
  /\b(?:border-(?:top|bottom)-(?:left|right)-radius)\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('component styles use logical properties only', () => {
  const offenders: string[] = [];
  for (const file of sources('src/components')) {
    const text = readFileSync(file, 'utf8');
    for (const [, block] of text.matchAll(/css`([\s\S]*?)`/g)) {
      for (const line of block!.split('\n')) {
        if (PHYSICAL.some((pattern) => pattern.test(line))) offenders.push(`${file}: ${line.trim()}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});
