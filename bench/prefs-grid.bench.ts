// <contact-prefs-editor>: from the adapter's answer to an interactive grid, for a household of
// 6 people × 8 contact methods × 8 reasons, in headless Chromium (page: bench/pages/prefs-grid.ts),
// against the same grids as plain markup in the same run (the floor this machine sets).
// Run: npm run bench -- prefs-grid
import { runBrowserBench } from './support/browser-bench.js';
import { median, reportFigure } from './support/report.js';

interface PageResult {
  /** Answer released → the end of the frame that shows every grid (waiting for that frame included). */
  timings: number[];
  /** Answer released → every grid in the DOM (script and DOM work, before style, layout and paint). */
  renderTimings: number[];
  /** The script and DOM work plus that frame's own style, layout and paint, without waiting for it. */
  workTimings: number[];
  checkboxes: number;
}

const TARGET_MS = 16;
const RUNS = 25;
const fixed = (value: number) => Number(value.toFixed(1));

for (const people of [6, 1]) {
  const query = { people, methods: 8, runs: RUNS, warmup: 5 };
  const element = await runBrowserBench<PageResult>({ page: 'bench/pages/prefs-grid.html', query });
  const plain = await runBrowserBench<PageResult>({ page: 'bench/pages/prefs-grid.html', query: { ...query, mode: 'plain' } });
  if (plain.checkboxes !== element.checkboxes) throw new Error(`plain markup has ${plain.checkboxes} checkboxes, the editors ${element.checkboxes}`);
  const shape = `${people} × 8 × 8`;
  console.log(`${shape}: ${element.checkboxes} checkboxes; element runs ${element.timings.map((t) => t.toFixed(1)).join(' ')} ms`);
  console.log(`${shape}: plain markup runs ${plain.timings.map((t) => t.toFixed(1)).join(' ')} ms`);
  const value = median(element.timings);
  reportFigure({
    benchmark: 'prefs grid',
    metric: `${people} ${people === 1 ? 'person' : 'people'} × 8 methods × 8 reasons, answer → interactive, median of ${RUNS}`,
    value: fixed(value),
    unit: 'ms',
    ...(people === 6 ? { target: `< ${TARGET_MS} ms`, met: value < TARGET_MS } : {}),
  });
  reportFigure({ benchmark: 'prefs grid', metric: `${shape}, same grids as plain markup (floor), answer → shown, median of ${RUNS}`, value: fixed(median(plain.timings)), unit: 'ms' });
  reportFigure({ benchmark: 'prefs grid', metric: `${shape}, element work (script + DOM + that frame's style, layout, paint)`, value: fixed(median(element.workTimings)), unit: 'ms' });
  reportFigure({ benchmark: 'prefs grid', metric: `${shape}, plain markup work (parse + DOM + style, layout, paint)`, value: fixed(median(plain.workTimings)), unit: 'ms' });
  reportFigure({ benchmark: 'prefs grid', metric: `${shape}, answer → grids in the DOM (before style and layout)`, value: fixed(median(element.renderTimings)), unit: 'ms' });
}
