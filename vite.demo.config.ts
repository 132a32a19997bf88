import { defineConfig } from 'vite';

/** `npm start`: the demo page with the mock district running in the browser. */
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
});
