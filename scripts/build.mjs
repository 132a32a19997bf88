// Builds the package:
//   dist/                 the npm library: one ES module per element (registers its tag), `define`
//                         (every tag), the root (`index`: classes, adapter, types; registers nothing),
//                         `api` and `domain`; dependencies stay external; type declarations in dist/types.
//   dist/cdn/             for pages without a build step, minified with Lit: every element in one
//                         module (school-comms-elements.js), or each element on its own in
//                         elements/<tag>.js; shared code and rarely needed parts (the Spanish
//                         catalog) load from the chunks/ folders beside them.
// Then regenerates custom-elements.json from the source's JSDoc (src/react.ts, the JSX typings,
// is generated from it by scripts/generate-jsx-types.mjs and kept current by the docs gate).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const pkg = (await import(join(root, 'package.json'), { with: { type: 'json' } })).default;

/** Every element folder with a define module becomes an entry named after its tag. */
function elementEntries() {
  const dir = join(root, 'src/components');
  return Object.fromEntries(
    readdirSync(dir)
      // An element folder holds <tag>.ts beside its define.ts (shared/ holds the define helper).
      .filter((name) => existsSync(join(dir, name, 'define.ts')) && existsSync(join(dir, name, `${name}.ts`)))
      .map((tag) => [tag, join(dir, tag, 'define.ts')]),
  );
}

const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const shared = { configFile: false, publicDir: false, logLevel: 'warn', root };

rmSync(join(root, 'dist'), { recursive: true, force: true });

await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: join(root, 'src/index.ts'),
        define: join(root, 'src/define.ts'),
        api: join(root, 'src/api/index.ts'),
        domain: join(root, 'src/domain/index.ts'),
        ...elementEntries(),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isDependency,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// For pages without a build step, minified with Lit's production build (no dev-mode warnings).
const cdnBuild = (outDir, entry) =>
  build({
    ...shared,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        // Vite leaves whitespace in ES library builds even with `minify: true`; a page loads
        // these files as they are, so they are minified fully (whitespace and comments too).
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
    resolve: { conditions: ['production', 'module', 'browser', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
  });

// The whole kit in one file: one download that compresses as a whole.
await cdnBuild('dist/cdn', { 'school-comms-elements': join(root, 'src/cdn.ts') });
// Each element on its own, for a page that needs one or two (a school website's opt-in form):
// they share chunks, so a page using several of them still loads Lit and the base class once.
await cdnBuild('dist/cdn/elements', elementEntries());

const steps = [
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['npx', ['cem', 'analyze']],
];
for (const [cmd, args] of steps) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log('Built dist/ and dist/cdn/.');
