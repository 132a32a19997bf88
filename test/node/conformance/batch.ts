import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

const cells = [
  { methodType: 'email', reason: 'general', setting: 'on' },
  { methodType: 'householdPhone', reason: 'attendance', setting: 'off' },
];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function batchConformance(ctx: ConformanceContext): void {
  describe('batch', () => {
    it('previewBatch: counts without changing anything; 403; 422; 401', async () => {
      const { call, f } = ctx;
      const body = { mode: 'studentContacts', filterId: f.studentFilter, cells };
      const preview = await call('previewBatch', { as: f.admin, body });
      assert.equal(preview.status, 200);
      assert.ok(preview.body.people > 0);
      assert.equal(preview.body.cells.length, 2);
      assert.equal((await call('previewBatch', { as: f.teacher, body })).status, 403);
      const staffNoFilter = await call('previewBatch', { as: f.admin, body: { mode: 'staff', cells } });
      assert.equal(staffNoFilter.status, 422);
      assert.equal(staffNoFilter.body.fields[0].field, 'filterId');
      const notEnabled = await call('previewBatch', { as: f.admin, body: { mode: 'students', cells: [{ methodType: 'email', reason: 'teacher', setting: 'on' }] } });
      assert.equal(notEnabled.status, 422);
      assert.equal(notEnabled.body.code, 'reasonNotEnabled');
      const sms = await call('previewBatch', { as: f.admin, body: { mode: 'students', cells: [{ methodType: 'cellPhone', reason: 'general', setting: 'on', channel: 'text' }] } });
      assert.equal(sms.status, 422);
      assert.equal(sms.body.code, 'textNotAllowed');
      assert.equal((await call('previewBatch', { body })).status, 401);
    });

    it('startBatchJob → getBatchJob → listBatchJobErrors: progresses to the end; 409 while running; 404; 403; 401', async () => {
      const { call, f, backend } = ctx;
      backend.controls.batchChunkSize = 10;
      backend.controls.batchChunkDelayMs = 5;
      const body = { mode: 'studentContacts', cells };
      const started = await call('startBatchJob', { as: f.admin, body });
      assert.equal(started.status, 202);
      assert.equal(started.headers.get('Location'), `/api/batch/jobs/${started.body.id}`);
      const second = await call('startBatchJob', { as: f.admin, body });
      assert.equal(second.status, 409);
      assert.equal(second.body.code, 'batchAlreadyRunning');
      assert.equal(second.body.current.id, started.body.id);
      const progress: number[] = [];
      const done = await until(
        () => call('getBatchJob', { as: f.admin, params: { jobId: started.body.id } }),
        (r) => {
          progress.push(r.body.processed);
          return r.body.state === 'succeeded';
        },
      );
      assert.equal(done.body.state, 'succeeded');
      assert.equal(done.body.processed, done.body.total);
      assert.ok(progress.some((p) => p > 0 && p < done.body.total), 'progress was visible between chunks');
      assert.ok(done.body.result.peopleChanged > 0);
      const errors = await call('listBatchJobErrors', { as: f.admin, params: { jobId: started.body.id } });
      assert.equal(errors.status, 200);
      assert.equal(errors.body.total, done.body.result.errorCount);
      assert.ok(errors.body.items.some((e: { person: { id: string }; code: string }) => e.person.id === f.household.inactiveMemberId && e.code === 'inactive'));
      const listed = await call('listBatchJobs', { as: f.admin, query: { state: 'succeeded' } });
      assert.equal(listed.body.items[0].id, started.body.id);
      assert.equal((await call('getBatchJob', { as: f.admin, params: { jobId: 'job-none' } })).status, 404);
      assert.equal((await call('listBatchJobErrors', { as: f.admin, params: { jobId: 'job-none' } })).status, 404);
      assert.equal((await call('getBatchJob', { as: f.teacher, params: { jobId: started.body.id } })).status, 403);
      assert.equal((await call('listBatchJobErrors', { as: f.teacher, params: { jobId: started.body.id } })).status, 403);
      assert.equal((await call('listBatchJobs', { as: f.teacher })).status, 403);
      assert.equal((await call('listBatchJobs', { as: f.admin, query: { state: 'sleeping' } })).status, 422);
      assert.equal((await call('listBatchJobErrors', { as: f.admin, params: { jobId: started.body.id }, query: { limit: 0 } })).status, 422);
      backend.controls.failNext({ operationId: 'startBatchJob', status: 429 });
      assert.equal((await call('startBatchJob', { as: f.admin, body })).status, 429);
      assert.equal((await call('getBatchJob', { params: { jobId: started.body.id } })).status, 401);
      assert.equal((await call('listBatchJobErrors', { params: { jobId: started.body.id } })).status, 401);
      assert.equal((await call('listBatchJobs')).status, 401);
      assert.equal((await call('startBatchJob', { as: f.teacher, body })).status, 403);
      assert.equal((await call('startBatchJob', { as: f.admin, body: { mode: 'students', cells: [] } })).status, 422);
      assert.equal((await call('startBatchJob', { body })).status, 401);
    });

    it('cancelBatchJob: stops between chunks and keeps the partial result; finished jobs stay as they are; 404; 403; 401', async () => {
      const { call, f, backend } = ctx;
      backend.controls.batchChunkSize = 5;
      backend.controls.batchChunkDelayMs = 20;
      const started = await call('startBatchJob', { as: f.admin, body: { mode: 'studentContacts', cells: [{ methodType: 'email', reason: 'priority', setting: 'off' }] } });
      await until(() => call('getBatchJob', { as: f.admin, params: { jobId: started.body.id } }), (r) => r.body.processed > 0);
      const cancelling = await call('cancelBatchJob', { as: f.admin, params: { jobId: started.body.id } });
      assert.equal(cancelling.status, 200);
      assert.ok(['cancelling', 'cancelled'].includes(cancelling.body.state));
      const cancelled = await until(() => call('getBatchJob', { as: f.admin, params: { jobId: started.body.id } }), (r) => r.body.state === 'cancelled');
      assert.equal(cancelled.body.state, 'cancelled');
      assert.ok(cancelled.body.processed < cancelled.body.total);
      assert.ok(cancelled.body.result);
      const again = await call('cancelBatchJob', { as: f.admin, params: { jobId: started.body.id } });
      assert.equal(again.body.state, 'cancelled');
      assert.equal((await call('cancelBatchJob', { as: f.admin, params: { jobId: 'job-none' } })).status, 404);
      assert.equal((await call('cancelBatchJob', { as: f.teacher, params: { jobId: started.body.id } })).status, 403);
      assert.equal((await call('cancelBatchJob', { params: { jobId: started.body.id } })).status, 401);
      backend.controls.clear();
    });
  });
}
