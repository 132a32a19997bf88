// Docs gate: the custom-elements manifest documents every element, attribute, property, event,
// slot, part and CSS property with a description; every tag has HTMLElementTagNameMap typings;
// the React/JSX typings (src/react.ts) are current.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshManifest, renderJsxTypes } from '../generate-jsx-types.mjs';

const root = new URL('../..', import.meta.url).pathname;
const results = [];
const record = (name, problems) => {
  results.push(problems.length === 0);
  console.log(`${problems.length ? '✗' : '✓'} ${name}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
};

const manifest = freshManifest();
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, path: module.path })));
const byName = new Map(declarations.map((d) => [d.name, d]));

/**
 * Members documented where they are declared (inherited ones are checked on their base class);
 * names starting with `_` are private by convention (reactive state the analyzer lists).
 */
const own = (list) => (list ?? []).filter((item) => !item.inheritedFrom && !item.name?.startsWith('_'));
/** Events the platform already types in HTMLElementEventMap. */
const NATIVE_EVENTS = new Set(['change', 'input', 'invalid', 'submit', 'reset', 'toggle', 'close', 'cancel']);
const described = (item) => typeof item.description === 'string' && item.description.trim().length > 0;

const componentsDir = join(root, 'src/components');
const tags = readdirSync(componentsDir)
  .filter((name) => existsSync(join(componentsDir, name, 'define.ts')))
  .flatMap((name) => [...readFileSync(join(componentsDir, name, 'define.ts'), 'utf8').matchAll(/defineElement\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));
const sources = readdirSync(componentsDir, { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => readFileSync(join(componentsDir, String(file)), 'utf8'))
  .join('\n');

for (const tag of tags) {
  const element = declarations.find((d) => d.customElement && d.tagName === tag);
  const problems = [];
  if (!element) {
    record(`<${tag}> is in custom-elements.json`, ['missing: give its class a JSDoc with @tagname']);
    continue;
  }
  const chain = [];
  for (let d = element; d; d = d.superclass ? byName.get(d.superclass.name) : undefined) chain.push(d);
  if (!described(element)) problems.push('the class has no description');
  for (const d of chain) {
    const publicFields = own(d.members).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('#'));
    const publicMethods = own(d.members).filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('#'));
    for (const [kind, list] of [
      ['attribute', own(d.attributes)], ['property', publicFields], ['method', publicMethods],
      ['event', own(d.events)], ['slot', own(d.slots)], ['CSS part', own(d.cssParts)], ['CSS property', own(d.cssProperties)],
    ]) {
      for (const item of list) {
        if (kind === 'event' && !item.name) problems.push(`${d.name}: an event without a name (use @fires name - description)`);
        else if (!described(item)) problems.push(`${d.name}: ${kind} "${item.name || '(default slot)'}" has no description`);
      }
    }
  }
  if (!new RegExp(`interface HTMLElementTagNameMap\\s*\\{[^}]*'${tag}'`).test(sources)) {
    problems.push(`no HTMLElementTagNameMap entry for '${tag}'`);
  }
  for (const event of element.events ?? []) {
    if (event.name && !NATIVE_EVENTS.has(event.name) && !new RegExp(`interface HTMLElementEventMap\\s*\\{[^}]*'${event.name}'`).test(sources)) {
      problems.push(`no HTMLElementEventMap entry for the '${event.name}' event`);
    }
  }
  record(`<${tag}> is fully documented and typed`, problems);
}

const current = readFileSync(join(root, 'src/react.ts'), 'utf8');
record('React/JSX typings (src/react.ts) are current', current === renderJsxTypes(manifest) ? [] : ['run `node scripts/generate-jsx-types.mjs`']);

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
