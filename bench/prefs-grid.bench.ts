// <contact-prefs-editor>: from the adapter's answer to an interactive grid, for a household of
// 6 people × 8 contact methods × 8 reasons, in headless Chromium (page: bench/pages/prefs-grid.ts).
// Run: npm run bench -- prefs-grid
import { runBrowserBench } from './support/browser-bench.js';
import { median, reportFigure } from './support/report.js';

interface PageResult {
  /** Answer released → every grid rendered and the next frame done. */
  timings: number[];
  /** Answer released → every grid in the DOM (script and DOM work, before style, layout and paint). */
  renderTimings: number[];
  checkboxes: number;
}

const TARGET_MS = 16;

for (const people of [6, 1]) {
  const result = await runBrowserBench<PageResult>({ page: 'bench/pages/prefs-grid.html', query: { people, methods: 8, runs: 25, warmup: 5 } });
  const value = median(result.timings);
  console.log(`${people} × 8 × 8: ${result.checkboxes} checkboxes; runs ${result.timings.map((t) => t.toFixed(1)).join(' ')} ms`);
  reportFigure({
    benchmark: 'prefs grid',
    metric: `${people} ${people === 1 ? 'person' : 'people'} × 8 methods × 8 reasons, answer → interactive, median of 25`,
    value: Number(value.toFixed(1)),
    unit: 'ms',
    ...(people === 6 ? { target: `< ${TARGET_MS} ms`, met: value < TARGET_MS } : {}),
  });
  reportFigure({
    benchmark: 'prefs grid',
    metric: `${people} × 8 × 8, answer → grids in the DOM (before style and layout), median of 25`,
    value: Number(median(result.renderTimings).toFixed(1)),
    unit: 'ms',
  });
}
