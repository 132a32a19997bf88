// The strict Content-Security-Policy the kit works under (docs/security.md, "Content Security
// Policy"): the policy itself, the Trusted Types policies it allows, and inline event handlers
// in the sources. The browser side is `npm run check:csp`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { STRICT_CSP, STRICT_CSP_DIRECTIVES, TRUSTED_TYPES_POLICIES } from '../../scripts/gates/csp-policy.mjs';

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** The shipped sources: everything under src/ but the mocks (which hold hostile strings on purpose). */
const shippedSources = filesUnder(join(root, 'src'), (path) => path.endsWith('.ts') && !path.includes('/src/mocks/'));

/** Source text without comments, so a comment may name what it avoids. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('the strict Content-Security-Policy', () => {
  const directives = new Map(STRICT_CSP_DIRECTIVES);

  it('allows no inline script or style, no eval and no other origin', () => {
    for (const [name, value] of STRICT_CSP_DIRECTIVES) {
      assert.doesNotMatch(value, /'unsafe-|\*|https?:|'nonce-|'sha\d+-/, `${name} ${value}`);
    }
    assert.match(directives.get('script-src') ?? '', /^'self'( 'report-sample')?$/);
    assert.match(directives.get('style-src') ?? '', /^'self'( 'report-sample')?$/);
    assert.equal(directives.get('object-src'), "'none'");
    assert.equal(directives.get('base-uri'), "'none'");
  });

  it('enforces Trusted Types for every script sink, allowing only the policies listed', () => {
    assert.equal(directives.get('require-trusted-types-for'), "'script'");
    assert.equal(directives.get('trusted-types'), TRUSTED_TYPES_POLICIES.join(' '));
    assert.doesNotMatch(directives.get('trusted-types') ?? '', /'allow-duplicates'|\*/);
  });

  it('lists exactly the Trusted Types policies that the kit and its runtime dependencies create', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // lit's own building blocks come with it; each package is scanned in its production files.
    const packages = [...Object.keys(dependencies), 'lit-html', 'lit-element', '@lit/reactive-element'];
    const created = new Map<string, string>();
    const collect = (path: string) => {
      for (const match of readFileSync(path, 'utf8').matchAll(/createPolicy\(\s*(['"`])([^'"`]+)\1/g)) {
        created.set(match[2]!, relative(root, path));
      }
    };
    for (const name of packages) {
      const isRuntime = (path: string) => /\.m?js$/.test(path) && !/[\\/](development|node|test|tests)[\\/]/.test(path);
      filesUnder(join(root, 'node_modules', name), isRuntime).forEach(collect);
    }
    shippedSources.forEach(collect);
    assert.deepEqual([...created.keys()].sort(), [...TRUSTED_TYPES_POLICIES].sort(), JSON.stringify([...created]));
  });

  it('is stated, word for word, in docs/security.md', () => {
    assert.ok(readFileSync(join(root, 'docs/security.md'), 'utf8').includes(STRICT_CSP));
  });
});

describe('the shipped sources under the policy', () => {
  // HTML sinks, code from strings and style attributes have their own static guards
  // (test/node/safe-sources.test.ts); inline handlers are the one thing left to the browser.
  it('has sources to check', () => assert.ok(shippedSources.length > 10));

  it('no source sets an inline event handler (use @event bindings)', () => {
    // In markup an attribute is written `name="…"` or `name=${…}`; code puts spaces around `=`.
    const handler = /\son[a-z]+=["'$]|setAttribute\(\s*['"]on[a-z]+['"]/;
    const offenders = shippedSources.flatMap((path) =>
      code(path)
        .split('\n')
        .filter((line) => handler.test(line))
        .map((line) => `${relative(root, path)}: ${line.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });
});
