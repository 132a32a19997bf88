// <conversation-thread> with 10,000 messages against plain, non-virtualized rendering of the
// same rows, in one headless Chromium run. Run: npm run bench -- conversation-thread
import { runBrowserBench } from './support/browser-bench.js';
import { reportFigure } from './support/report.js';

const messages = Number(process.argv[2] ?? 10_000);
const result = await runBrowserBench<Record<string, number>>({
  page: 'bench/pages/conversation-thread.html',
  query: { messages, runs: 5, arrivals: 20 },
  viewport: { width: 1000, height: 800 },
  timeoutMs: 600_000,
});

const benchmark = 'conversation-thread';
const ratio = result.plainFirstRenderMs! / result.virtualizedFirstRenderMs!;
reportFigure({ benchmark, metric: `first render, ${messages} messages, virtualized (median of 5)`, value: round(result.virtualizedFirstRenderMs!), unit: 'ms' });
reportFigure({ benchmark, metric: `first render, ${messages} messages, plain (median of 3)`, value: round(result.plainFirstRenderMs!), unit: 'ms' });
reportFigure({ benchmark, metric: 'first render, plain ÷ virtualized', value: round(ratio), unit: 'ratio', target: '≥ 10', met: ratio >= 10 });
reportFigure({
  benchmark,
  metric: 'new message to paint, virtualized: frames until painted (worst of 20)',
  value: result.virtualizedNewMessageFrames!,
  unit: 'count',
  target: '1 frame',
  met: result.virtualizedNewMessageFrames! <= 1,
});
reportFigure({ benchmark, metric: 'new message to paint, virtualized (median of 20)', value: round(result.virtualizedNewMessageMs!), unit: 'ms' });
reportFigure({ benchmark, metric: 'new message to DOM, virtualized (median of 20)', value: round(result.virtualizedNewMessageInsertMs!), unit: 'ms' });
reportFigure({ benchmark, metric: 'frame interval of the headless browser (median)', value: round(result.virtualizedFrameMs!), unit: 'ms' });
reportFigure({ benchmark, metric: 'new message to paint, plain (median of 5)', value: round(result.plainNewMessageMs!), unit: 'ms' });
reportFigure({ benchmark, metric: 'new message to paint, plain: frames until painted (worst of 5)', value: result.plainNewMessageFrames!, unit: 'count' });
reportFigure({ benchmark, metric: 'rows in the DOM, virtualized', value: result.virtualizedRowsInDom!, unit: 'count' });
reportFigure({ benchmark, metric: 'rows in the DOM, plain', value: result.plainRowsInDom!, unit: 'count' });

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
