import type { BatchJobState } from '../../domain/types.js';
import { requirePermission } from './auth.js';
import { isActive, planBatch, previewPlan } from './batch-runner.js';
import { readBatchRequest, selectPeople } from './batch-selection.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { conflict, field, invalid, notFound } from './problems.js';
import type { BatchJobRecord } from './state.js';

const STATES: readonly BatchJobState[] = ['queued', 'running', 'cancelling', 'cancelled', 'succeeded', 'failed'];

function jobOf(backend: MockBackend, id: string): BatchJobRecord {
  const record = backend.state.jobs.find((j) => j.job.id === id);
  if (!record) throw notFound('batch job');
  return record;
}

const snapshot = (record: BatchJobRecord) => structuredClone(record.job);

export const previewBatch = signedIn({
  operationId: 'previewBatch',
  method: 'POST',
  path: '/batch/previews',
  run(backend, { viewer, body }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const request = readBatchRequest(backend.state, body);
    const plan = planBatch(backend.state, request, selectPeople(backend.state, request));
    return json(previewPlan(backend.state, plan));
  },
});

export const startBatchJob = signedIn({
  operationId: 'startBatchJob',
  method: 'POST',
  path: '/batch/jobs',
  idempotent: true,
  run(backend, { viewer, body }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const request = readBatchRequest(backend.state, body);
    const running = backend.state.jobs.find(isActive);
    if (running) throw conflict(snapshot(running), 'batchAlreadyRunning', 'Another batch job is still running.');
    const record = backend.batch.start(viewer, planBatch(backend.state, request, selectPeople(backend.state, request)));
    return json(snapshot(record), 202, { Location: `/batch/jobs/${record.job.id}` });
  },
});

export const listBatchJobs = signedIn({
  operationId: 'listBatchJobs',
  method: 'GET',
  path: '/batch/jobs',
  run(backend, { viewer, query }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const state = query.get('state');
    if (state !== null && !STATES.includes(state as BatchJobState)) throw invalid([field('state', 'invalidValue')]);
    const jobs = backend.state.jobs.filter((j) => !state || j.job.state === state).reverse();
    const page = pageOf(jobs, query, `jobs|${state ?? ''}`);
    return json({ ...page, items: page.items.map(snapshot) });
  },
});

export const getBatchJob = signedIn({
  operationId: 'getBatchJob',
  method: 'GET',
  path: '/batch/jobs/{jobId}',
  run(backend, { viewer, params }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    return json(snapshot(jobOf(backend, params.jobId!)));
  },
});

export const cancelBatchJob = signedIn({
  operationId: 'cancelBatchJob',
  method: 'POST',
  path: '/batch/jobs/{jobId}/cancel',
  run(backend, { viewer, params }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const record = jobOf(backend, params.jobId!);
    backend.batch.cancel(record);
    return json(snapshot(record));
  },
});

export const listBatchJobErrors = signedIn({
  operationId: 'listBatchJobErrors',
  method: 'GET',
  path: '/batch/jobs/{jobId}/errors',
  run(backend, { viewer, params, query }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const record = jobOf(backend, params.jobId!);
    return json(pageOf(record.tally.errors, query, `jobErrors|${record.job.id}`));
  },
});
