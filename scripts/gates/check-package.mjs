// Package gate (after `npm run build`): publint finds no error or warning in package.json's
// exports, and every element can be imported by its own entry with its types.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const results = [];
const record = (name, problems) => {
  results.push(problems.length === 0);
  console.log(`${problems.length ? '✗' : '✓'} ${name}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
};

const { messages } = await publint({ pkgDir: root, level: 'warning', strict: true });
record('publint: package.json and its exports', messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`));

const componentsDir = join(root, 'src/components');
for (const tag of readdirSync(componentsDir).filter((n) => existsSync(join(componentsDir, n, `${n}.ts`)) && existsSync(join(componentsDir, n, 'define.ts')))) {
  const files = [`dist/${tag}.js`, `dist/types/components/${tag}/define.d.ts`];
  record(`school-comms-elements/${tag} resolves to its module and types`, files.filter((f) => !existsSync(join(root, f))).map((f) => `missing ${f}`));
}
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath.includes('*')) continue;
  const paths = typeof target === 'string' ? [target] : Object.values(target);
  record(`export "${subpath}" points at built files`, paths.filter((p) => !existsSync(join(root, p))).map((p) => `missing ${p}`));
}

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
