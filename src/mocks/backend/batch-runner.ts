import type { PersonRecord } from '../../domain/records.js';
import type { BatchPreview, BatchRequest } from '../../domain/types.js';
import {
  applyBatchChunk,
  emptyBatchTally,
  householdMembersToInclude,
  householdPhoneRequest,
  mergeBatchTallies,
  previewBatchChunk,
  toBatchPreview,
  toBatchResult,
} from '../../domain/batch.js';
import { summaryOf } from '../district/builder.js';
import type { ViewerContext } from './auth.js';
import type { MockBackend } from './mock-backend.js';
import type { BatchJobRecord, BackendState } from './state.js';

/**
 * Whom a batch reaches: the people its mode, filter and grade select, then — because a
 * household phone's switches belong to the whole household — the other active members of the
 * households whose household phone it sets, with the request's household-phone cells only.
 */
export interface BatchPlan {
  request: BatchRequest;
  selection: string[];
  followUp: string[];
  followUpRequest: BatchRequest | null;
}

function records(state: BackendState, ids: readonly string[]): PersonRecord[] {
  return ids.map((id) => state.person(id)).filter((r): r is PersonRecord => !!r);
}

export function planBatch(state: BackendState, request: BatchRequest, selection: string[]): BatchPlan {
  const followUpRequest = householdPhoneRequest(request);
  if (!followUpRequest) return { request, selection, followUp: [], followUpRequest };
  const { householdIds } = previewBatchChunk(request, records(state, selection), state.district.settings);
  const selected = new Set(selection);
  const members = householdMembersToInclude(householdIds, state.district.households, state.district.people, (id) => selected.has(id));
  return { request, selection, followUp: members.map((r) => r.person.id), followUpRequest };
}

/** Counts what a plan would change, changing nothing. */
export function previewPlan(state: BackendState, plan: BatchPlan): BatchPreview {
  const settings = state.district.settings;
  let tally = previewBatchChunk(plan.request, records(state, plan.selection), settings);
  if (plan.followUpRequest && plan.followUp.length) {
    tally = { ...mergeBatchTallies(tally, previewBatchChunk(plan.followUpRequest, records(state, plan.followUp), settings)), householdIds: [] };
  }
  return { ...toBatchPreview(tally), people: plan.selection.length };
}

export function isActive(record: BatchJobRecord): boolean {
  return record.job.state === 'queued' || record.job.state === 'running' || record.job.state === 'cancelling';
}

/**
 * Runs a job in chunks on timers, so its progress can be polled and it can be cancelled
 * between chunks (what was applied stays applied and is counted).
 */
export class BatchRunner {
  constructor(private readonly backend: MockBackend) {}

  start(viewer: ViewerContext, plan: BatchPlan): BatchJobRecord {
    const state = this.backend.state;
    const record: BatchJobRecord = {
      job: {
        id: state.nextId('job', 4),
        state: 'queued',
        request: plan.request,
        processed: 0,
        total: plan.selection.length + plan.followUp.length,
        createdAt: state.clock.now(),
        startedAt: null,
        finishedAt: null,
        createdBy: summaryOf(viewer.person),
        result: null,
      },
      plan,
      tally: emptyBatchTally(plan.request),
      cancelRequested: false,
      timer: null,
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
    record.job.result = toBatchResult(record.job.request, record.tally);
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
    const { plan } = record;
    const start = record.job.processed;
    const size = Math.max(1, this.backend.controls.batchChunkSize);
    // Chunks never straddle the selection and the household follow-up: each has its request.
    const inSelection = start < plan.selection.length;
    const ids = inSelection
      ? plan.selection.slice(start, Math.min(start + size, plan.selection.length))
      : plan.followUp.slice(start - plan.selection.length, start - plan.selection.length + size);
    const request = inSelection ? plan.request : plan.followUpRequest!;
    try {
      const chunk = applyBatchChunk(request, records(state, ids), state.district.settings);
      for (const next of chunk.changed) state.storePerson(next);
      record.tally = mergeBatchTallies(record.tally, chunk);
    } catch {
      // The request was validated before the job started; a throw here is a failed run.
      return this.finish(state, record, 'failed');
    }
    record.job.processed = start + ids.length;
    if (record.job.processed >= record.job.total) return this.finish(state, record, 'succeeded');
    this.schedule(state, record);
  }
}
