import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BatchRequest } from '../src/domain/types.js';
import type { MockBackend } from '../src/mocks/index.js';
import { latestJobId, startStoryJob } from './support/batch-jobs.js';
import { mock, type MockStoryLoaded } from './support/mock-story.js';

/**
 * `<contact-prefs-batch>`: the district's batch contact-preferences wizard. Choose whom and which
 * preferences, preview, confirm, then follow the job to its result. Stories of a job start it on
 * the mock backend first, and give the element its id, as when an administrator comes back.
 */
const meta: Meta = {
  title: 'Elements/contact-prefs-batch',
  component: 'contact-prefs-batch',
  render: (_args, { loaded }) => {
    const { backend } = loaded as MockStoryLoaded;
    const jobId = latestJobId(backend);
    // Each story has its own backend: a job id kept by an earlier story means nothing here.
    if (!jobId) sessionStorage.clear();
    return html`<contact-prefs-batch job-id=${ifDefined(jobId)} poll-interval="500"></contact-prefs-batch>`;
  },
};
export default meta;
type Story = StoryObj;

const withErrors: BatchRequest = { mode: 'studentContacts', cells: [{ methodType: 'email', reason: 'general', setting: 'off' }, { methodType: 'householdPhone', reason: 'emergency', setting: 'on' }] };
const withoutErrors: BatchRequest = { mode: 'students', cells: [{ methodType: 'email', reason: 'general', setting: 'on' }] };

/** Slow chunks, so the job is still running while the story is looked at. */
const slowJobs = (backend: MockBackend) => {
  backend.controls.batchChunkSize = 4;
  backend.controls.batchChunkDelayMs = 1500;
};

/** The wizard, ready: mode, filter, grade and the matrix, every cell at No change. */
export const Ready: Story = { parameters: mock({ viewer: 'admin' }) };

/** Anyone but a district administrator: a plain message (the backend would answer 403). */
export const PermissionDenied: Story = { parameters: mock({ viewer: 'teacher' }) };

/** The district has no saved filters: the batch would take every student. */
export const EmptyFilterList: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      backend.district.savedFilters = [];
    },
  }),
};

/** Two cells set and previewed: how many people and preferences would change. */
export const Preview: Story = {
  parameters: mock({ viewer: 'admin', latencyMs: 50 }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('contact-prefs-batch')!;
    const root = () => element.shadowRoot!;
    const until = async (found: () => unknown) => {
      while (!found()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await until(() => root().querySelector('select[data-cell="email|general"]'));
    for (const [key, value] of [['email|general', 'on'], ['cellPhone|emergency', 'on']]) {
      const select = root().querySelector<HTMLSelectElement>(`select[data-cell="${key}"]`)!;
      select.value = value!;
      select.dispatchEvent(new Event('change'));
    }
    root().querySelector('form')!.requestSubmit();
    await until(() => root().querySelector('.preview'));
  },
};

/** A job on its way: progress (processed / total, percent) and Cancel. */
export const Running: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: async (backend, district) => {
      slowJobs(backend);
      await startStoryJob(backend, district, withErrors, 'running');
    },
  }),
};

/** A job cancelled part way: what it applied is kept and counted. */
export const Cancelled: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: async (backend, district) => {
      backend.controls.batchChunkSize = 10;
      backend.controls.batchChunkDelayMs = 50;
      await startStoryJob(backend, district, withErrors, 'cancelled');
    },
  }),
};

/** Finished, with inactive accounts listed as errors. */
export const FinishedWithErrors: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend, district) => startStoryJob(backend, district, withErrors, 'finished'),
  }),
};

/** Finished without errors. */
export const FinishedWithoutErrors: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend, district) => startStoryJob(backend, district, withoutErrors, 'finished'),
  }),
};

/** The saved filters could not be loaded: plain words and Try again; the rest of the form stays. */
export const ServerError: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'listBatchFilters', status: 500, times: 10 });
    },
  }),
};

/** Slow answers: the loading state. */
export const Loading: Story = { parameters: mock({ viewer: 'admin', latencyMs: 600000 }) };

export const Spanish: Story = { ...FinishedWithErrors, globals: { locale: 'es' } };

export const SpanishForm: Story = { ...Ready, globals: { locale: 'es' } };

export const Dark: Story = { ...FinishedWithErrors, globals: { theme: 'dark' } };

export const DarkForm: Story = { ...Ready, globals: { theme: 'dark' } };

export const RightToLeft: Story = { ...Running, globals: { dir: 'rtl' } };
