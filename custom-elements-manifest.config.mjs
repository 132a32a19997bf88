// The custom-elements manifest (custom-elements.json) is generated from the elements' JSDoc.
// Storybook's docs pages, the React/JSX typings and editors read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
