// Runs a batch contact-preferences job over a 100,000-person mock district, as the mock
// backend runs it for the wizard: in chunks on timers, its progress polled like the element
// polls it. Reports the time to finish and the memory it takes.
//
// Run: npm run bench -- batch-job   (or: node --expose-gc --import tsx bench/batch-job.bench.ts [rounds])
//
// Method: the district is generated once (not timed as part of the job). Each round resets the
// backend, forces a garbage collection (--expose-gc), takes the baseline, starts the job through
// the backend's HTTP operation handler (`startBatchJob`, the same code msw calls), and polls
// `getBatchJob` every 50 ms until it has ended. Memory (rss and heapUsed) is sampled every
// 10 ms while the job runs: heapUsed is reported as its peak above the round's baseline, rss
// as the process's peak (rss rarely falls after a collection, so a delta says little). Time is from the
// start request to the first poll that sees the job ended, so it includes the planning the
// start request does (selection and household follow-up) and up to one poll interval.
import { createMockDistrictBackend, mockToken } from '../src/mocks/index.js';
import type { BatchJob } from '../src/domain/types.js';
import { median, reportFigure } from './support/report.js';

const rounds = Number(process.argv[2] ?? 3);
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

let started = performance.now();
const { backend, district } = createMockDistrictBackend({ seed: 3, size: 'large' });
console.log(`district: ${district.people.size.toLocaleString('en')} people generated in ${Math.round(performance.now() - started)} ms`);

// The wizard's defaults: 500 people per chunk, 5 ms between chunks.
const chunkSize = backend.controls.batchChunkSize;
const chunkDelayMs = backend.controls.batchChunkDelayMs;
const request = {
  mode: 'studentContacts',
  cells: [
    { methodType: 'email', reason: 'general', setting: 'on' },
    { methodType: 'householdPhone', reason: 'emergency', setting: 'on' },
    { methodType: 'cellPhone', reason: 'attendance', setting: 'off' },
  ],
};
const headers = (key?: string) =>
  new Headers({ Authorization: `Bearer ${mockToken(district.fixtures.admin)}`, ...(key ? { 'Idempotency-Key': key } : {}) });
const call = (operationId: string, params: Record<string, string>, body?: unknown, key?: string) =>
  backend.handle(operationId, { params, query: new URLSearchParams(), headers: headers(key), body, signal: new AbortController().signal });

const times: number[] = [];
const rssPeaks: number[] = [];
const heapPeaks: number[] = [];
for (let round = 1; round <= rounds; round++) {
  backend.reset();
  gc?.();
  const base = process.memoryUsage();
  let rssPeak = base.rss;
  let heapPeak = base.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  }, 10);
  started = performance.now();
  const start = await call('startBatchJob', {}, request, `bench-round-${round}-0000`);
  if (start.status !== 202) throw new Error(`startBatchJob answered ${start.status}`);
  const id = (start.body as BatchJob).id;
  const progress = new Set<number>();
  let job: BatchJob;
  for (;;) {
    job = (await call('getBatchJob', { jobId: id })).body as BatchJob;
    progress.add(job.processed);
    if (!['queued', 'running', 'cancelling'].includes(job.state)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (job.state !== 'succeeded' || job.processed !== job.total) throw new Error(`job ended ${job.state} at ${job.processed}/${job.total}`);
  times.push(ms);
  rssPeaks.push(rssPeak / MB);
  heapPeaks.push((heapPeak - base.heapUsed) / MB);
  console.log(
    `round ${round}: ${job.total.toLocaleString('en')} people, ${job.result!.preferencesChanged.toLocaleString('en')} preferences changed, ` +
      `${job.result!.errorCount} errors, ${progress.size} distinct progress readings, ${ms.toFixed(0)} ms; ` +
      `peak rss ${rssPeaks.at(-1)!.toFixed(0)} MB (baseline ${(base.rss / MB).toFixed(0)} MB), peak heap +${heapPeaks.at(-1)!.toFixed(0)} MB above baseline`,
  );
}

const label = `100,000-person district, ${chunkSize}/chunk, ${chunkDelayMs} ms apart, median of ${rounds}`;
reportFigure({ benchmark: 'batch job (mock)', metric: `time to finish, ${label}`, value: Math.round(median(times)), unit: 'ms' });
reportFigure({ benchmark: 'batch job (mock)', metric: `peak rss of the process (district included), ${label}`, value: Math.round(median(rssPeaks)), unit: 'MB' });
reportFigure({ benchmark: 'batch job (mock)', metric: `peak heapUsed above baseline, ${label}`, value: Math.round(median(heapPeaks)), unit: 'MB' });
if (!gc) console.log('(run with --expose-gc for baselines taken after a collection)');
