// Builds the package:
//   dist/                 the npm library: one ES module per element (registers its tag), `define`
//                         (every tag), the root (`index`: classes, adapter, types; registers nothing),
//                         `api` and `domain`; dependencies stay external; type declarations in dist/types.
//   dist/cdn/             every element with Lit in one minified ES module for pages without a build
//                         step; rarely needed parts (the Spanish catalog) load lazily from chunks beside it.
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

await build({
  ...shared,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: { 'school-comms-elements': join(root, 'src/cdn.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      // Vite leaves whitespace in ES library builds even with `minify: true`; a page loads
      // this file as it is, so it is minified fully (whitespace and comments too).
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
  // Lit's production build: no dev-mode warnings, smaller.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
});

const steps = [
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['npx', ['cem', 'analyze']],
];
for (const [cmd, args] of steps) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log('Built dist/ and dist/cdn/.');
