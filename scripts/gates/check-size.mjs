// Size gate: gzip sizes against size-budgets.json. Run after `npm run build` (it reads dist/cdn/).
//   - each element's entry (src/components/<tag>/define.ts) bundled and minified with Lit
//     external: what a page already using Lit downloads for that element;
//   - dist/cdn/: what an English page using every element may download (Lit included, lazily
//     loaded parts too, other languages' catalogs not), and the same for a page loading one
//     element's script (dist/cdn/elements/<tag>.js);
//   - a page with only <optin-badge>, Lit included.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Minified bundle of one entry, in memory; `external` decides what stays out. */
async function bundle(entry, external) {
  const output = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root,
    resolve: { conditions: ['production', 'module', 'browser', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Fully minified, whitespace included, as the kit's CDN build is (Vite's library mode
      // would otherwise keep the whitespace of ES output).
      rolldownOptions: { external, output: { minify: true } },
    },
  });
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const byName = new Map(files.map((chunk) => [chunk.fileName, chunk]));
  // The entry and what it imports statically; lazily loaded chunks (another language's
  // catalog, the HTTP adapter when no base-url is used) are not part of the first download.
  const included = new Set();
  const visit = (chunk) => {
    if (!chunk || included.has(chunk)) return;
    included.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(files.find((chunk) => chunk.isEntry));
  return [...included].map((chunk) => chunk.code).join('\n');
}

const rows = [];
const check = (name, bytes, budgetKb, targetKb) => {
  const ok = budgetKb !== undefined && bytes <= budgetKb * 1000;
  rows.push({ name, bytes, budgetKb, targetKb, ok });
};

const componentsDir = join(root, 'src/components');
for (const tag of readdirSync(componentsDir).filter((name) => existsSync(join(componentsDir, name, `${name}.ts`)) && existsSync(join(componentsDir, name, 'define.ts'))).sort()) {
  const code = await bundle(join(componentsDir, tag, 'define.ts'), (id) => LIT.test(id));
  check(`<${tag}> entry (Lit external)`, gzip(code), budgets.elements[tag] ?? budgets.elementDefault);
}

if (existsSync(join(componentsDir, 'optin-badge/define.ts'))) {
  const code = await bundle(join(componentsDir, 'optin-badge/define.ts'), () => false);
  check('page with only <optin-badge> (Lit included)', gzip(code), budgets.optinBadgePage, budgets.targets?.optinBadgePage);
} else {
  console.log('(no <optin-badge> yet: its page budget is not checked)');
}

const cdnDir = join(root, 'dist/cdn');
if (!existsSync(join(cdnDir, 'school-comms-elements.js'))) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  check('dist/cdn/ (not built)', Infinity, budgets.cdnEnglishPage);
} else {
  // Another language's catalog loads only on a page in that language.
  const isOtherLocale = (file) => /\/chunks\/(es|en-XA)-[\w-]+\.js$/.test(file);
  const sum = (list) => list.reduce((total, file) => total + gzip(readFileSync(file)), 0);
  const all = pageFiles(join(cdnDir, 'school-comms-elements.js'), { lazy: true }).filter((f) => !isOtherLocale(f));
  check(`dist/cdn/school-comms-elements.js, English page, every element (${all.length} files)`,
    sum(all), budgets.cdnEnglishPage, budgets.targets?.cdnEnglishPage);
  const spanish = readdirSync(join(cdnDir, 'chunks')).filter((name) => /^es-[\w-]+\.js$/.test(name));
  console.log(`(the Spanish catalog adds ${kB(sum(spanish.map((name) => join(cdnDir, 'chunks', name))))} kB gzip on a Spanish page)`);
  // Every one-element script is checked: one without a budget fails, so a new element cannot slip by.
  const elementPages = readdirSync(join(cdnDir, 'elements')).filter((name) => name.endsWith('.js')).sort();
  for (const name of elementPages) {
    const tag = name.slice(0, -'.js'.length);
    const files = pageFiles(join(cdnDir, 'elements', name), { lazy: true }).filter((f) => !isOtherLocale(f));
    check(`dist/cdn/elements/${name}, page with only <${tag}> (${files.length} files)`, sum(files), budgets.cdnElementPages?.[tag]);
  }
}

/**
 * The files a page loads for one script of dist/cdn/: it and what it imports statically, and
 * with `lazy` also what it may import later (language catalogs, the HTTP adapter, a layout).
 */
function pageFiles(entry, { lazy }) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) throw new Error(`${file} is imported but missing`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = [
      // import"./x.js", import{…}from"./x.js" and export{…}from"./x.js", as the minifier writes them
      ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{][^"'`;]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g),
      ...(lazy ? code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g) : []),
    ];
    for (const [, specifier] of specifiers) visit(join(dirname(file), specifier));
  };
  visit(entry);
  return [...seen];
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows) {
  const target = row.targetKb === undefined ? '' : row.bytes <= row.targetKb * 1000 ? `, target ${row.targetKb} kB met` : `, TARGET ${row.targetKb} kB NOT MET`;
  console.log(`${row.ok ? '✓' : '✗'} ${row.name.padEnd(width)}  ${kB(row.bytes).padStart(6)} kB  (budget ${row.budgetKb ?? '—'} kB${target})`);
}
const unmet = rows.filter((row) => row.targetKb !== undefined && row.bytes > row.targetKb * 1000);
if (unmet.length) console.log(`${unmet.length} size target(s) not met yet: see size-budgets.json`);
const failed = rows.filter((r) => !r.ok).length;
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
