import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';


/** Browser tests: every file under test/browser runs in headless Chromium. */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: Chromium starves requestAnimationFrame in background tabs, which
  // made fixtures (they wait a frame) time out at random when files ran side by side.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // The service worker must be served from the root so its scope covers test pages.
    function serveMockWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  reporters: [defaultReporter(), countReporter({ file: 'node_modules/.cache/wtr-counts.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true },
      // Test files run in parallel tabs, and only one tab is in front: the others would get no
      // animation frames (axe and rendering wait on them). Every page behaves as the focused one.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.target().createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};

