import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrastRatio, CONTRAST_PAIRS, PALETTE } from '../../src/components/shared/theme-palette.js';

test('contrast ratio matches WCAG reference values', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every text pair of the ${scheme} palette meets WCAG 2.2 AA`, () => {
    const failures = CONTRAST_PAIRS.map(([fg, bg, minimum]) => ({
      pair: `${fg} on ${bg}`,
      ratio: contrastRatio(PALETTE[fg][scheme], PALETTE[bg][scheme]),
      minimum,
    })).filter(({ ratio, minimum }) => ratio < minimum);
    assert.deepEqual(failures, []);
  });
}

test('every palette color is a #rrggbb value', () => {
  for (const [name, { light, dark }] of Object.entries(PALETTE)) {
    assert.match(light, /^#[0-9a-f]{6}$/, name);
    assert.match(dark, /^#[0-9a-f]{6}$/, name);
  }
});
