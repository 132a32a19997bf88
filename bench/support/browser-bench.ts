// Runs a benchmark page in headless Chromium. The page is served by Vite (TypeScript, bare
// imports and /mockServiceWorker.js work as in the demo); it measures itself and hands back
// its result by resolving `window.benchResult` (a promise set by the page's module).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export interface BrowserBenchOptions {
  /** Page path relative to the repository root, e.g. `bench/pages/prefs-grid.html`. */
  page: string;
  /** Query string handed to the page (sizes, modes). */
  query?: Record<string, string | number>;
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

declare global {
  interface Window {
    benchResult?: Promise<unknown>;
  }
}

/** Opens the page, waits for `window.benchResult`, returns what it resolved to. */
export async function runBrowserBench<T>(options: BrowserBenchOptions): Promise<T> {
  const root = new URL('../..', import.meta.url).pathname;
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
    // Production-like Lit: dev mode adds warnings and checks that are not what users run.
    resolve: { conditions: ['production'] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams(Object.entries(options.query ?? {}).map(([k, v]) => [k, String(v)]));
    await page.goto(`http://127.0.0.1:${port}/${options.page}?${query}`);
    await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: options.timeoutMs ?? 120_000 });
    const result = await page.evaluate(() => window.benchResult);
    if (errors.length) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);
    return result as T;
  } finally {
    await browser.close();
    await server.close();
  }
}
