// Batch jobs started on a story's mock backend before the story renders, so the job's
// progress and result states can be shown as they are when a person comes back to them.
import { mockToken, type District, type MockBackend } from '../../src/mocks/index.js';
import type { BatchRequest } from '../../src/domain/types.js';

/** How far the job gets before the story renders. */
export type JobStage = 'running' | 'cancelled' | 'finished';

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
};

/** Starts a job as the district admin and waits until it reaches `stage`. */
export async function startStoryJob(backend: MockBackend, district: District, request: BatchRequest, stage: JobStage): Promise<void> {
  const answer = await backend.handle('startBatchJob', {
    params: {},
    query: new URLSearchParams(),
    headers: new Headers({ Authorization: `Bearer ${mockToken(district.fixtures.admin)}`, 'Idempotency-Key': `story-${stage}-0001` }),
    body: request,
    signal: new AbortController().signal,
  });
  const record = backend.state.jobs.find((j) => j.job.id === (answer.body as { id: string }).id)!;
  if (stage === 'running') {
    await until(() => record.job.processed > 0);
    return;
  }
  if (stage === 'cancelled') {
    await until(() => record.job.processed > 0);
    backend.batch.cancel(record);
  }
  await until(() => record.job.result !== null);
}

/** The id of the story backend's latest job, for the element's `job-id`. */
export const latestJobId = (backend: MockBackend): string | undefined => backend.state.jobs.at(-1)?.job.id;
