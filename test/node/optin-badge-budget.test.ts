import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { PALETTE } from '../../src/components/shared/theme-palette.js';

const root = new URL('../../', import.meta.url);

describe('<optin-badge> budget', () => {
  it('a page with only the badge downloads at most 8 KiB gzip, Lit included', async () => {
    const result = await build({
      entryPoints: [new URL('src/components/optin-badge/define.ts', root).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      conditions: ['production'],
      write: false,
      logLevel: 'silent',
    });
    // Measured as the budget is stated, with `gzip -9` (zlib packs this file some 40 bytes larger).
    const gzip = spawnSync('gzip', ['-9', '-c'], { input: result.outputFiles[0]!.contents });
    assert.equal(gzip.status, 0, 'gzip runs');
    const bytes = gzip.stdout.length;
    assert.ok(bytes <= 8192, `${bytes} bytes gzip`);
  });

  it('writes the theme defaults it uses exactly as the shared palette has them', () => {
    const styles = readFileSync(new URL('src/components/optin-badge/optin-badge.styles.ts', root), 'utf8');
    const defaults = [...styles.matchAll(/--comms-color-([a-z-]+),light-dark\((#[0-9a-f]{6}),(#[0-9a-f]{6})\)/g)];
    assert.ok(defaults.length >= 5);
    for (const [, name, light, dark] of defaults) {
      const entry = PALETTE[name as keyof typeof PALETTE];
      assert.deepEqual([light, dark], [entry.light, entry.dark], name);
    }
  });
});
