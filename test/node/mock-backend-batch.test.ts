import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createMockDistrictBackend } from '../../src/mocks/index.js';
import { contractClient } from './support/client.js';

const { backend, handlers, district } = createMockDistrictBackend({ seed: 44, size: 'small' });
const f = district.fixtures;
const server = setupServer(...handlers);
const { call } = contractClient();

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

async function finished(jobId: string) {
  for (;;) {
    const job = await call('getBatchJob', { as: f.admin, params: { jobId } });
    if (['succeeded', 'cancelled', 'failed'].includes(job.body.state)) return job.body;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const load = (personId: string) => call('getContactPreferences', { as: f.admin, params: { personId } });

describe('mock backend: batch rules through HTTP', () => {
  it('changes exactly what the preview counted, and the household phone reaches every active member', async () => {
    const body = { mode: 'students', filterId: f.studentFilter.replace('-sc-', '-st-'), cells: [{ methodType: 'householdPhone', reason: 'general', setting: 'on' }] };
    const preview = await call('previewBatch', { as: f.admin, body });
    assert.ok(preview.body.preferencesToChange > 0);
    const job = await call('startBatchJob', { as: f.admin, body });
    const done = await finished(job.body.id);
    assert.equal(done.result.preferencesChanged, preview.body.preferencesToChange);
    assert.deepEqual(done.result.cells, preview.body.cells);
    // The students mode reached the parents' household phone too.
    for (const personId of [f.guardian, f.household.partnerId]) {
      const prefs = (await load(personId)).body;
      const phone = prefs.methods.find((m: { type: string }) => m.type === 'householdPhone');
      assert.ok(prefs.preferences.some((p: { methodId: string; reason: string; channel: string }) => p.methodId === phone.id && p.reason === 'general' && p.channel === 'voice'), personId);
    }
    const again = await call('previewBatch', { as: f.admin, body });
    assert.equal(again.body.preferencesToChange, 0, 'nothing left to change');
  });

  it('skips the Staff reason for staff without a district assignment, and never touches text', async () => {
    const body = { mode: 'staff', filterId: f.staffFilter, cells: [{ methodType: 'cellPhone', reason: 'staff', setting: 'on' }, { methodType: 'email', reason: 'staff', setting: 'on' }] };
    const textBefore = (await load(f.teacher)).body.preferences.filter((p: { channel: string }) => p.channel === 'text');
    const job = await call('startBatchJob', { as: f.admin, body });
    const done = await finished(job.body.id);
    assert.ok(done.result.skipped.noDistrictAssignment >= 1);
    const cook = (await load(f.staffWithoutAssignment)).body;
    assert.ok(!cook.preferences.some((p: { reason: string }) => p.reason === 'staff'));
    const teacher = (await load(f.teacher)).body;
    assert.ok(teacher.preferences.some((p: { reason: string; channel: string }) => p.reason === 'staff' && p.channel === 'email'));
    assert.deepEqual(teacher.preferences.filter((p: { channel: string }) => p.channel === 'text'), textBefore);
  });

  it('reports inactive people as errors, page by page', async () => {
    const job = await call('startBatchJob', { as: f.admin, body: { mode: 'studentContacts', cells: [{ methodType: 'email', reason: 'general', setting: 'off' }] } });
    const done = await finished(job.body.id);
    const errors: { person: { id: string } }[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('listBatchJobErrors', { as: f.admin, params: { jobId: job.body.id }, query: { limit: 1, cursor } });
      errors.push(...page.body.items);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.equal(errors.length, done.result.errorCount);
    assert.ok(errors.some((e) => e.person.id === f.household.inactiveMemberId));
  });

  it('a cancelled job keeps what it applied', async () => {
    backend.controls.batchChunkSize = 3;
    backend.controls.batchChunkDelayMs = 15;
    const job = await call('startBatchJob', { as: f.admin, body: { mode: 'studentContacts', cells: [{ methodType: 'email', reason: 'foodService', setting: 'off' }] } });
    while ((await call('getBatchJob', { as: f.admin, params: { jobId: job.body.id } })).body.processed < 6) await new Promise((r) => setTimeout(r, 5));
    await call('cancelBatchJob', { as: f.admin, params: { jobId: job.body.id } });
    const done = await finished(job.body.id);
    assert.equal(done.state, 'cancelled');
    assert.ok(done.processed < done.total);
    const left = await call('previewBatch', { as: f.admin, body: job.body.request });
    assert.ok(done.result.preferencesChanged > 0);
    backend.reset();
    const fresh = await call('previewBatch', { as: f.admin, body: job.body.request });
    assert.equal(fresh.body.preferencesToChange - left.body.preferencesToChange, done.result.preferencesChanged);
  });
});

describe('mock backend: batch is for district administrators only', () => {
  it('answers 403 to every batch request of anyone without the batch permission', async () => {
    const job = await call('startBatchJob', { as: f.admin, body: { mode: 'students', cells: [{ methodType: 'email', reason: 'general', setting: 'on' }] } });
    const jobId = job.body.id;
    for (const as of [f.teacher, f.guardian]) {
      const answers = [
        await call('listBatchFilters', { as, query: { mode: 'students' } }),
        await call('previewBatch', { as, body: job.body.request }),
        await call('startBatchJob', { as, body: job.body.request }),
        await call('listBatchJobs', { as }),
        await call('getBatchJob', { as, params: { jobId } }),
        await call('cancelBatchJob', { as, params: { jobId } }),
        await call('listBatchJobErrors', { as, params: { jobId } }),
      ];
      assert.deepEqual(answers.map((a) => a.status), [403, 403, 403, 403, 403, 403, 403], as);
    }
    await finished(jobId);
  });
});

describe('mock backend: a 100,000-person batch job', () => {
  it('runs to the end and reports', { timeout: 240_000 }, async (t) => {
    const large = createMockDistrictBackend({ seed: 3, size: 'large' });
    large.backend.controls.batchChunkSize = 2000;
    large.backend.controls.batchChunkDelayMs = 0;
    const started = performance.now();
    const job = await large.backend.handle('startBatchJob', {
      params: {},
      query: new URLSearchParams(),
      headers: new Headers({ Authorization: `Bearer mock:${large.district.fixtures.admin}`, 'Idempotency-Key': 'large-batch-0001' }),
      body: { mode: 'studentContacts', cells: [{ methodType: 'email', reason: 'general', setting: 'on' }, { methodType: 'householdPhone', reason: 'emergency', setting: 'on' }] },
      signal: new AbortController().signal,
    });
    assert.equal(job.status, 202);
    const id = (job.body as { id: string }).id;
    let state = '';
    let processed = 0;
    let total = 0;
    while (!['succeeded', 'failed'].includes(state)) {
      await new Promise((r) => setTimeout(r, 50));
      const record = large.backend.state.jobs.find((j) => j.job.id === id)!.job;
      ({ state, processed, total } = record);
    }
    t.diagnostic(`100,000-person district: ${total} people processed (guardians, then their households) in ${Math.round(performance.now() - started)} ms`);
    assert.equal(state, 'succeeded');
    assert.equal(processed, total);
    assert.ok(total > 50_000);
  });
});
