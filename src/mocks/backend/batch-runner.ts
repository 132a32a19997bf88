import type { BatchError, BatchRequest, BatchResult, PersonSummary } from '../../domain/types.js';
import { summaryOf } from '../district/builder.js';
import type { ViewerContext } from './auth.js';
import type { MockBackend } from './mock-backend.js';
import type { BatchJobRecord, BackendState } from './state.js';

/** What applying a batch to some people did (or, in a dry run, would do). */
export interface BatchOutcome {
  /** Preferences changed per requested cell, keyed `methodType/reason`. */
  cellCounts: Map<string, number>;
  peopleChanged: number;
  preferencesChanged: number;
  skipped: { noMethodOfType: number; noDistrictAssignment: number };
  errors: BatchError[];
}

/** A batch and who runs it. */
export interface BatchWork {
  request: BatchRequest;
  actor: PersonSummary;
}

/**
 * Applies a batch to a chunk of people and stores the changes (a dry run stores nothing);
 * the domain's rules do the work.
 */
export type BatchApplier = (state: BackendState, work: BatchWork, personIds: readonly string[], dryRun: boolean) => BatchOutcome;

export const cellKey = (methodType: string, reason: string) => `${methodType}/${reason}`;

export function isActive(record: BatchJobRecord): boolean {
  return record.job.state === 'queued' || record.job.state === 'running' || record.job.state === 'cancelling';
}

export function resultOf(record: BatchJobRecord): BatchResult {
  return {
    mode: record.job.request.mode,
    cells: record.job.request.cells.map((c) => ({ methodType: c.methodType, reason: c.reason, count: record.cellCounts.get(cellKey(c.methodType, c.reason)) ?? 0 })),
    peopleChanged: record.peopleChanged,
    preferencesChanged: record.preferencesChanged,
    skipped: { ...record.skipped },
    errorCount: record.errors.length,
  };
}

function merge(record: BatchJobRecord, outcome: BatchOutcome): void {
  for (const [key, n] of outcome.cellCounts) record.cellCounts.set(key, (record.cellCounts.get(key) ?? 0) + n);
  record.peopleChanged += outcome.peopleChanged;
  record.preferencesChanged += outcome.preferencesChanged;
  record.skipped.noMethodOfType += outcome.skipped.noMethodOfType;
  record.skipped.noDistrictAssignment += outcome.skipped.noDistrictAssignment;
  record.errors.push(...outcome.errors);
}

/**
 * Runs a job in chunks on timers, so its progress can be polled and it can be cancelled
 * between chunks (what was applied stays applied and is counted).
 */
export class BatchRunner {
  constructor(
    private readonly backend: MockBackend,
    private readonly apply: BatchApplier,
  ) {}

  /** Counts what a request would change, changing nothing. */
  preview(work: BatchWork, personIds: readonly string[]): BatchOutcome {
    return this.apply(this.backend.state, work, personIds, true);
  }

  start(viewer: ViewerContext, request: BatchRequest, personIds: string[]): BatchJobRecord {
    const state = this.backend.state;
    const record: BatchJobRecord = {
      job: {
        id: state.nextId('job', 4),
        state: 'queued',
        request,
        processed: 0,
        total: personIds.length,
        createdAt: state.clock.now(),
        startedAt: null,
        finishedAt: null,
        createdBy: summaryOf(viewer.person),
        result: null,
      },
      personIds,
      errors: [],
      cancelRequested: false,
      timer: null,
      cellCounts: new Map(),
      peopleChanged: 0,
      preferencesChanged: 0,
      skipped: { noMethodOfType: 0, noDistrictAssignment: 0 },
    };
    state.jobs.push(record);
    this.schedule(state, record);
    return record;
  }

  cancel(record: BatchJobRecord): void {
    if (!isActive(record)) return;
    record.cancelRequested = true;
    record.job.state = 'cancelling';
  }

  private schedule(state: BackendState, record: BatchJobRecord): void {
    record.timer = setTimeout(() => this.step(state, record), this.backend.controls.batchChunkDelayMs);
  }

  private finish(state: BackendState, record: BatchJobRecord, final: 'succeeded' | 'cancelled' | 'failed'): void {
    record.job.state = final;
    record.job.finishedAt = state.clock.now();
    record.job.result = resultOf(record);
    record.timer = null;
  }

  private step(state: BackendState, record: BatchJobRecord): void {
    // A reset replaced the state this job belonged to: let it go.
    if (this.backend.state !== state) return;
    if (record.job.state === 'queued') {
      record.job.state = 'running';
      record.job.startedAt = state.clock.now();
    }
    if (record.cancelRequested) return this.finish(state, record, 'cancelled');
    const { processed } = record.job;
    const chunk = record.personIds.slice(processed, processed + Math.max(1, this.backend.controls.batchChunkSize));
    try {
      merge(record, this.apply(state, { request: record.job.request, actor: record.job.createdBy }, chunk, false));
    } catch (error) {
      record.errors.push({ person: { id: 'district', role: 'staff', displayName: 'District' }, code: 'failed', message: String(error) });
      return this.finish(state, record, 'failed');
    }
    record.job.processed = processed + chunk.length;
    if (record.job.processed >= record.job.total) return this.finish(state, record, 'succeeded');
    this.schedule(state, record);
  }
}
