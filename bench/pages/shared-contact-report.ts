// Renders 100,000 shared-contact groups three ways in one page — <shared-contact-report>
// (cursor pages + virtualized list), a plain <table> with every row, and <vaadin-grid> — and
// measures for each: the time from the data arriving to the first rows painted (the end of the
// first animation frame that finds them in the DOM), and the frame times of a scripted scroll.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import '../../src/components/shared-contact-report/define.js';
import type { SharedContactReport } from '../../src/components/shared-contact-report/shared-contact-report.js';
import type { ReportsAdapter } from '../../src/api/adapter.js';
import type { SharedContactGroup } from '../../src/domain/types.js';
import { inMemoryReportsAdapter, syntheticSharedGroups } from '../../src/mocks/index.js';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('groups') ?? 100_000);
const RUNS = Number(params.get('runs') ?? 3);
const SCROLL_FRAMES = Number(params.get('frames') ?? 180);
const SCROLL_STEP = 120; // px per frame: a brisk fling
const VIEW_HEIGHT = 600;

const groups = syntheticSharedGroups(COUNT);
const stage = document.getElementById('stage')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves in a task of its own: asked for inside a frame, once that frame's rendering update is over. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

interface Setup {
  /** Renders, resolves with when the data arrived and how to find rows and the scroller. */
  start(): Promise<{ arrivedAt: () => number | undefined; hasRows: () => boolean; scroller: () => HTMLElement | null }>;
}

function flagsText(group: SharedContactGroup): string {
  return group.flags.map((flag) => flag.kind).join(', ') || 'No flags';
}

const element: Setup = {
  async start() {
    let arrived: number | undefined;
    const inner = inMemoryReportsAdapter(groups);
    const adapter: ReportsAdapter = {
      listSharedContactGroups: async (query) => {
        const page = await inner.listSharedContactGroups(query);
        arrived ??= performance.now();
        return page;
      },
    };
    const report = document.createElement('shared-contact-report') as SharedContactReport;
    report.adapter = adapter;
    report.pageSize = 200;
    report.style.setProperty('--comms-report-list-block-size', `${VIEW_HEIGHT}px`);
    stage.append(report);
    return {
      arrivedAt: () => arrived,
      hasRows: () => !!report.shadowRoot?.querySelector('.group'),
      scroller: () => report.shadowRoot?.querySelector<HTMLElement>('.list') ?? null,
    };
  },
};

const plainTable: Setup = {
  async start() {
    const box = document.createElement('div');
    box.style.blockSize = `${VIEW_HEIGHT}px`;
    box.style.overflow = 'auto';
    stage.append(box);
    // The data "arrives" as it would from one request for everything.
    await Promise.resolve();
    const arrived = performance.now();
    const table = document.createElement('table');
    const body = table.createTBody();
    for (const group of groups) {
      const row = body.insertRow();
      for (const text of [group.value, group.kind, String(group.accountCount), flagsText(group)]) row.insertCell().textContent = text;
    }
    box.append(table);
    return { arrivedAt: () => arrived, hasRows: () => table.rows.length > 0, scroller: () => box };
  },
};

const vaadinGrid: Setup = {
  async start() {
    const grid = document.createElement('vaadin-grid') as Grid<SharedContactGroup>;
    grid.style.blockSize = `${VIEW_HEIGHT}px`;
    const columns: Array<[string, (group: SharedContactGroup) => string]> = [
      ['Value', (g) => g.value],
      ['Type', (g) => g.kind],
      ['Accounts', (g) => String(g.accountCount)],
      ['Flags', flagsText],
    ];
    for (const [header, text] of columns) {
      const column = document.createElement('vaadin-grid-column') as GridColumn<SharedContactGroup>;
      column.header = header;
      column.renderer = (root, _column, model) => {
        root.textContent = text(model.item);
      };
      grid.append(column);
    }
    stage.append(grid);
    await Promise.resolve();
    const arrived = performance.now();
    grid.items = groups;
    // A body cell, not a header: header cells hold text before any row does.
    const firstValue = groups[0]?.value;
    return {
      arrivedAt: () => arrived,
      hasRows: () => [...grid.querySelectorAll('vaadin-grid-cell-content')].some((cell) => cell.textContent === firstValue),
      scroller: () => grid.shadowRoot?.querySelector<HTMLElement>('#table') ?? null,
    };
  },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function measure(setup: Setup) {
  stage.replaceChildren();
  await frame();
  // Start in a task, as an answer from the network arrives: data handed over inside a frame's
  // callbacks could still be drawn by that frame, which no real answer gets.
  await nextTask();
  const view = await setup.start();
  // First rows: look at the start of every frame since the data arrived (1 = the first). The
  // first frame that finds rows in the DOM paints them: they are painted when its rendering
  // update (style, layout, resize observers, paint) is over, by the time the next task runs.
  let framesAfterArrival = 0;
  for (let i = 0; i < 600; i++) {
    await frame();
    if (view.arrivedAt() === undefined) continue;
    framesAfterArrival++;
    if (view.hasRows()) break;
  }
  await nextTask();
  const firstPaintMs = performance.now() - view.arrivedAt()!;
  // Let the page settle, then scroll one step per frame and record the frame intervals.
  for (let i = 0; i < 10; i++) await frame();
  const scroller = view.scroller()!;
  const deltas: number[] = [];
  let last = await frame();
  for (let i = 0; i < SCROLL_FRAMES; i++) {
    scroller.scrollTop += SCROLL_STEP;
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  const budget = 1000 / 60;
  return {
    firstPaintMs,
    framesAfterArrival,
    medianFrameMs: median(deltas),
    p95FrameMs: percentile(deltas, 0.95),
    droppedFrames: deltas.reduce((n, d) => n + Math.max(0, Math.round(d / budget) - 1), 0),
    scrolledPx: scroller.scrollTop,
  };
}

type Result = Awaited<ReturnType<typeof measure>>;

window.benchResult = (async () => {
  const setups = { element, plainTable, vaadinGrid } as const;
  const results: Record<string, Result[]> = { element: [], plainTable: [], vaadinGrid: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, setup] of Object.entries(setups)) results[name]!.push(await measure(setup));
  }
  stage.replaceChildren();
  const summary: Record<string, Record<keyof Result, number>> = {};
  for (const [name, runs] of Object.entries(results)) {
    summary[name] = Object.fromEntries(
      (Object.keys(runs[0]!) as Array<keyof Result>).map((key) => [key, median(runs.map((run) => run[key]))]),
    ) as Record<keyof Result, number>;
  }
  // Every run's count, not only the median: the first run on a fresh page can differ.
  const frameCounts = Object.fromEntries(Object.entries(results).map(([name, runs]) => [name, runs.map((run) => run.framesAfterArrival)]));
  return { count: COUNT, runs: RUNS, summary, frameCounts };
})();
