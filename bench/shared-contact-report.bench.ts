// <shared-contact-report> over 100,000 groups in headless Chromium, against a plain table and
// <vaadin-grid> rendering the same data in the same run. Run: npm run bench -- report
import { runBrowserBench } from './support/browser-bench.js';
import { reportFigure } from './support/report.js';

interface Figures {
  firstPaintMs: number;
  framesAfterArrival: number;
  medianFrameMs: number;
  p95FrameMs: number;
  droppedFrames: number;
  scrolledPx: number;
}

const groups = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const frames = Number(process.argv[4] ?? 180);
const result = await runBrowserBench<{ count: number; runs: number; summary: Record<string, Figures>; frameCounts: Record<string, number[]> }>({
  page: 'bench/pages/shared-contact-report.html',
  query: { groups, runs, frames },
  viewport: { width: 1280, height: 900 },
  timeoutMs: 600_000,
});

const names: Record<string, string> = { element: '<shared-contact-report>', plainTable: 'plain <table>', vaadinGrid: '<vaadin-grid>' };
const benchmark = `report, ${result.count.toLocaleString('en')} groups`;
for (const [key, figures] of Object.entries(result.summary)) {
  const who = names[key] ?? key;
  const counts = result.frameCounts[key] ?? [];
  console.log(`${who}: ${JSON.stringify(figures)}; frame that first found rows, per run: ${counts.join(', ')}`);
  const own = key === 'element';
  reportFigure({
    benchmark,
    metric: `${who}: data arrived → first rows painted (median of ${result.runs})`,
    value: figures.firstPaintMs,
    unit: 'ms',
  });
  reportFigure({
    benchmark,
    metric: `${who}: frame that first finds rows in the DOM (1 = the first after the data), median`,
    value: figures.framesAfterArrival,
    unit: 'count',
    ...(own ? { target: 'the first frame after the data', met: figures.framesAfterArrival <= 1 } : {}),
  });
  reportFigure({ benchmark, metric: `${who}: frame that first finds rows, worst of ${result.runs}`, value: Math.max(...counts), unit: 'count' });
  reportFigure({ benchmark, metric: `${who}: scroll frame time, median`, value: figures.medianFrameMs, unit: 'ms' });
  reportFigure({ benchmark, metric: `${who}: scroll frame time, p95`, value: figures.p95FrameMs, unit: 'ms' });
  reportFigure({ benchmark, metric: `${who}: dropped frames in ${frames}`, value: figures.droppedFrames, unit: 'count' });
}
