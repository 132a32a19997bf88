import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PALETTE } from '../../src/components/shared/theme-palette.js';

const root = new URL('../../', import.meta.url);

// The badge page's size is checked by the size gate (`npm run check:size`, size-budgets.json).
describe('<optin-badge> styles', () => {
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
