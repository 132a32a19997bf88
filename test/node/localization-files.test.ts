import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fillPseudoTargets, pseudoText, pseudoXliffContent } from '../../scripts/pseudo-locale.mjs';

test('pseudo-localization leaves no ASCII letter and brackets the string', () => {
  const out = pseudoXliffContent('Try again');
  assert.equal(out, '⟦Ţŕýý ååĝååîîñ⟧');
  assert.doesNotMatch(pseudoText('The quick brown fox jumps over the lazy dog THE QUICK BROWN FOX'), /[A-Za-z]/);
});

test('pseudo-localization keeps placeholders and character references intact', () => {
  const source = 'Wait <x id="0" equiv-text="${Math.ceil(seconds)}"/> seconds &amp; more';
  const out = pseudoXliffContent(source);
  assert.ok(out.includes('<x id="0" equiv-text="${Math.ceil(seconds)}"/>'));
  assert.ok(out.includes('&amp;'));
  assert.doesNotMatch(out.replace(/<[^>]*>|&[a-z]+;/g, ''), /[A-Za-z]/);
});

test('pseudo targets replace earlier ones, one per unit', () => {
  const xliff = [
    '<trans-unit id="a">',
    '  <source>Hi</source>',
    '  <target>old</target>',
    '</trans-unit>',
    '<trans-unit id="b">',
    '  <source>Yes</source>',
    '  <note from="lit-localize">a note</note>',
    '</trans-unit>',
  ].join('\n');
  const filled = fillPseudoTargets(xliff);
  assert.equal(filled.match(/<target>/g)?.length, 2);
  assert.ok(filled.includes('<target>⟦Ĥîî⟧</target>'));
  assert.ok(filled.includes('<target>⟦ÝÝééš⟧</target>\n  <note'));
  assert.ok(!filled.includes('old'));
});

test('XLIFF files and generated locale modules are current, and every string is translated', () => {
  const result = spawnSync(process.execPath, ['scripts/localize.mjs', 'check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
