import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbortError, isCommsError, type ConflictError, type ValidationError } from '../../api/errors.js';
import type { BatchError, BatchJob, BatchPreview, BatchSetting, FieldError } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { DataTask } from '../shared/data-task.js';
import { fireEvent } from '../shared/events.js';
import { renderError, renderLoading } from '../shared/state-views.js';
import { renderBatchForm, renderConfirmDialog, renderForbidden, renderOverwriteWarning } from './batch-form-view.js';
import { endAnnouncement, isJobActive, progressAnnouncement, renderJob } from './batch-job-view.js';
import { allFilters, batchRequestOf, checkChoices, type BatchChoices } from './batch-request.js';
import { batchStyles } from './contact-prefs-batch.styles.js';
import { recallJobId, rememberJobId } from './job-memory.js';
import { batchResultCsv, downloadCsv } from './result-csv.js';
import { JobPoller } from './job-poller.js';

type BatchMethods = 'listBatchFilters' | 'previewBatch' | 'startBatchJob' | 'getBatchJob' | 'cancelBatchJob' | 'listBatchJobErrors';

/** Detail of `batch-job-started` and `batch-job-finished`. */
export interface BatchJobEventDetail {
  job: BatchJob;
}

/**
 * The district's batch contact-preferences wizard: choose whom (mode, saved filter, grade) and
 * which preferences (contact-method types × enabled reasons, each No change / On / Off), see
 * how many people and preferences would change, confirm, then follow the job: progress,
 * Cancel, and the result with counts per method type and reason, errors, and a CSV export.
 *
 * The job runs on the server. The element keeps its id (the `job-id` attribute, and the tab's
 * session storage per viewer), so a person can leave and come back to its progress or result.
 * Text-message preferences are never set in batch. District administrators only: anyone
 * without the `batch.run` permission sees a plain "no permission" message.
 *
 * @tagname contact-prefs-batch
 * @fires batch-job-started - A job was accepted. Detail: `BatchJobEventDetail`.
 * @fires batch-job-finished - A job ended (succeeded, cancelled or failed). Detail: `BatchJobEventDetail`.
 * @csspart progress - The job's progress bar.
 * @csspart forbidden - The message shown to viewers without the batch permission (also `state`).
 * @cssprop [--comms-batch-matrix-min-inline-size=40rem] - Width below which the matrix scrolls sideways.
 */
export class ContactPrefsBatch extends CommsElement<BatchMethods> {
  static override styles = [...CommsElement.styles, batchStyles];
  static override adapterMethods = ['listBatchFilters', 'previewBatch', 'startBatchJob', 'getBatchJob', 'cancelBatchJob', 'listBatchJobErrors'] as const;
  static override requires = ['viewer', 'settings'] as const;
  /** Least time between two spoken progress updates, so screen readers are not flooded. */
  static progressAnnouncementMs = 10_000;

  /** The job shown. Set by the element when it starts one; set it to show an existing job. */
  @property({ attribute: 'job-id', reflect: true }) jobId: string | null = null;

  /** Milliseconds between two progress requests while a job runs. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1000;

  @state() private choices: BatchChoices = { mode: 'studentContacts', filterId: '', grade: '', cells: new Map() };
  @state() private fieldErrors: FieldError[] = [];
  @state() private preview: BatchPreview | null = null;
  @state() private busy = false;
  @state() private actionError: unknown = null;
  @state() private job: BatchJob | null = null;
  @state() private loadingJob = false;
  @state() private jobErrors: BatchError[] = [];
  @state() private errorsCursor: string | null = null;
  @state() private announcement = '';

  @query('dialog') private confirmDialog?: HTMLDialogElement;

  #retry: (() => void) | null = null;
  #idempotencyKey: string | null = null;
  #resumedFor: string | null = null;
  #lastAnnouncedAt = 0;

  readonly #filters = new DataTask(this, {
    args: () => (this.activeAdapter && this.#allowed ? ([this.activeAdapter, this.choices.mode] as const) : undefined),
    load: ([adapter, mode], signal) => allFilters(adapter, mode, signal),
  });

  get #allowed(): boolean {
    return this.activeViewer?.permissions.includes('batch.run') ?? false;
  }

  readonly #poller = new JobPoller(this, {
    interval: () => this.pollInterval,
    active: () => !!this.job && isJobActive(this.job),
    poll: (signal) => this.#poll(signal),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const viewer = this.activeViewer;
    if (!this.activeAdapter || !viewer || !this.#allowed) return;
    if (this.#resumedFor !== viewer.id) {
      // Once per viewer: the job given by the page, else the one this tab kept for them.
      this.#resumedFor = viewer.id;
      const id = this.jobId || recallJobId(viewer.id);
      if (id) void this.#loadJob(id);
    } else if (changed.has('jobId') && this.jobId && this.jobId !== this.job?.id) {
      void this.#loadJob(this.jobId);
    }
  }

  protected renderContent(): unknown {
    if (!this.#allowed) return renderForbidden();
    return html`<section class="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title">${msg('Batch contact preferences')}</h2>
      <p class="intro">${msg('Set the contact preferences of many students, families or staff at once.')}</p>
      ${renderOverwriteWarning()} ${this.#renderStep()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.preview && !this.job ? renderConfirmDialog(this.preview, this.activeLocale, () => void this.#start()) : nothing}
    </section>`;
  }

  #renderStep(): unknown {
    if (this.loadingJob) return renderLoading(msg('Loading the batch job…'));
    if (this.job) {
      return renderJob({
        job: this.job,
        locale: this.activeLocale,
        errors: this.jobErrors,
        moreErrors: this.errorsCursor !== null,
        error: this.actionError,
        renderError: (error) => this.#renderActionError(error),
        busy: this.busy,
        onCancel: () => void this.#cancel(),
        onMoreErrors: () => void this.#loadErrors(this.job!, this.errorsCursor),
        onExport: () => void this.#export(),
        onStartOver: () => this.#startOver(),
      });
    }
    if (!this.job && this.actionError && this.jobId) return this.#renderActionError(this.actionError);
    const settings = this.activeSettings!;
    return renderBatchForm({
      choices: this.choices,
      enabledReasons: settings.enabledReasons,
      grades: settings.grades,
      filterPicker: (ready) => this.#filters.render({ ready, loading: () => renderLoading(msg('Loading saved filters…')) }),
      fieldErrors: this.fieldErrors,
      error: this.actionError,
      renderError: (error) => this.#renderActionError(error),
      busy: this.busy,
      preview: this.preview,
      locale: this.activeLocale,
      onMode: (mode) => this.#edit({ mode, filterId: '', grade: mode === 'staff' ? '' : this.choices.grade }),
      onFilter: (filterId) => this.#edit({ filterId }),
      onGrade: (grade) => this.#edit({ grade }),
      onCell: (key, setting) => this.#setCell(key, setting),
      onPreview: () => void this.#preview(),
      onApply: () => this.confirmDialog?.showModal(),
    });
  }

  #renderActionError(error: unknown): unknown {
    return renderError(error, { onRetry: this.#retry ?? undefined });
  }

  // ---- editing ----

  #edit(change: Partial<BatchChoices>): void {
    this.choices = { ...this.choices, ...change };
    this.#changed();
  }

  #setCell(key: string, setting: BatchSetting | null): void {
    const cells = new Map(this.choices.cells);
    if (setting) cells.set(key, setting);
    else cells.delete(key);
    this.#edit({ cells });
  }

  /** Any edit makes the preview stale, and a later Apply a new request. */
  #changed(): void {
    this.preview = null;
    this.#idempotencyKey = null;
    this.fieldErrors = this.fieldErrors.length ? checkChoices(this.#request()).filter((e) => this.fieldErrors.some((f) => f.field === e.field)) : [];
  }

  #request() {
    return batchRequestOf(this.choices, this.activeSettings!.enabledReasons);
  }

  // ---- preview and start ----

  async #preview(): Promise<void> {
    const request = this.#request();
    this.fieldErrors = checkChoices(request);
    if (this.fieldErrors.length) return;
    await this.#act(
      async () => {
        this.preview = await this.activeAdapter!.previewBatch(request);
        this.#announce(msg('Preview ready.'));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.preview')?.focus();
      },
      () => void this.#preview(),
    );
  }

  async #start(): Promise<void> {
    this.confirmDialog?.close();
    const request = this.#request();
    // The same key for retries of the same request: a start that reached the server once never runs twice.
    this.#idempotencyKey ??= crypto.randomUUID();
    const idempotencyKey = this.#idempotencyKey;
    await this.#act(
      async () => {
        try {
          const job = await this.activeAdapter!.startBatchJob(request, { idempotencyKey });
          this.#idempotencyKey = null;
          this.#show(job, true);
          fireEvent(this, 'batch-job-started', { job });
          this.#announce(msg('The batch job has started.'));
        } catch (error) {
          const running = isCommsError(error) && error.code === 'batchAlreadyRunning' ? (error as ConflictError<BatchJob>).current : undefined;
          if (!running?.id) throw error;
          // Someone (maybe this person, in another tab) is already running one: show it.
          this.#announce(msg('Another batch job is still running. Its progress is shown instead.'));
          this.#show(running, true);
        }
      },
      () => void this.#start(),
    );
  }

  /** Runs an action of the person's, with the error beside the form (values kept) and "Try again". */
  async #act(action: () => Promise<void>, retry: () => void): Promise<void> {
    this.busy = true;
    this.actionError = null;
    try {
      await action();
    } catch (error) {
      if (isAbortError(error)) return;
      if (isCommsError(error) && error.kind === 'validation') this.fieldErrors = (error as ValidationError).fields;
      this.#retry = retry;
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  // ---- the job ----

  /** Shows a job; `focus` when the person's own action brought it, not on coming back to the page. */
  #show(job: BatchJob, focus = false): void {
    this.job = job;
    this.jobId = job.id;
    this.jobErrors = [];
    this.errorsCursor = null;
    rememberJobId(this.activeViewer!.id, job.id);
    this.#afterUpdate(job);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#job-title')?.focus());
  }

  async #loadJob(id: string): Promise<void> {
    this.loadingJob = true;
    this.actionError = null;
    try {
      this.#show(await this.activeAdapter!.getBatchJob(id));
    } catch (error) {
      if (isAbortError(error)) return;
      if (isCommsError(error) && error.kind === 'notFound') {
        // The job is gone (the server forgets old jobs): back to a fresh form.
        rememberJobId(this.activeViewer!.id, null);
        this.jobId = null;
        return;
      }
      this.#retry = () => void this.#loadJob(id);
      this.actionError = error;
    } finally {
      this.loadingJob = false;
    }
  }

  #afterUpdate(job: BatchJob): void {
    if (isJobActive(job)) {
      this.#poller.schedule();
      return;
    }
    this.#poller.stop();
    if (job.result && job.result.errorCount > 0 && this.jobErrors.length === 0) void this.#loadErrors(job, null);
  }

  async #poll(signal: AbortSignal): Promise<void> {
    const current = this.job;
    if (!current || !this.activeAdapter) return;
    try {
      const job = await this.activeAdapter.getBatchJob(current.id, { signal });
      if (this.job?.id !== job.id) return;
      this.actionError = null;
      this.job = job;
      this.#announceProgress(current, job);
      this.#afterUpdate(job);
    } catch (error) {
      if (isAbortError(error)) return;
      // Stop asking until the person says so: the job itself goes on on the server.
      this.#retry = () => {
        this.actionError = null;
        this.#poller.schedule(0);
      };
      this.actionError = error;
    }
  }

  #announceProgress(before: BatchJob, job: BatchJob): void {
    if (isJobActive(job)) {
      const now = Date.now();
      if (now - this.#lastAnnouncedAt < (this.constructor as typeof ContactPrefsBatch).progressAnnouncementMs) return;
      this.#announce(progressAnnouncement(job));
      return;
    }
    if (!isJobActive(before)) return;
    fireEvent(this, 'batch-job-finished', { job });
    this.#announce(endAnnouncement(job));
  }

  #announce(text: string): void {
    this.#lastAnnouncedAt = Date.now();
    this.announcement = text;
  }

  async #cancel(): Promise<void> {
    const job = this.job;
    if (!job) return;
    await this.#act(
      async () => {
        const updated = await this.activeAdapter!.cancelBatchJob(job.id);
        this.job = updated;
        this.#announceProgress(job, updated);
        this.#afterUpdate(updated);
      },
      () => void this.#cancel(),
    );
  }

  async #loadErrors(job: BatchJob, cursor: string | null): Promise<void> {
    await this.#act(
      async () => {
        const page = await this.activeAdapter!.listBatchJobErrors(job.id, { cursor: cursor ?? undefined, limit: 50 });
        if (this.job?.id !== job.id) return;
        this.jobErrors = [...this.jobErrors, ...page.items];
        this.errorsCursor = page.nextCursor;
      },
      () => void this.#loadErrors(job, cursor),
    );
  }

  async #export(): Promise<void> {
    const job = this.job;
    if (!job?.result) return;
    await this.#act(
      async () => {
        // Every error in the file, not only the pages shown.
        let errors = this.jobErrors;
        let cursor = this.errorsCursor;
        while (cursor) {
          const page = await this.activeAdapter!.listBatchJobErrors(job.id, { cursor, limit: 200 });
          errors = [...errors, ...page.items];
          cursor = page.nextCursor;
        }
        downloadCsv(this.renderRoot, `contact-preferences-batch-${job.id}.csv`, batchResultCsv(job, job.result!, errors));
      },
      () => void this.#export(),
    );
  }

  #startOver(): void {
    this.#poller.stop();
    rememberJobId(this.activeViewer!.id, null);
    this.job = null;
    this.jobId = null;
    this.jobErrors = [];
    this.errorsCursor = null;
    this.preview = null;
    this.actionError = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-prefs-batch': ContactPrefsBatch;
  }
  interface HTMLElementEventMap {
    'batch-job-started': CustomEvent<BatchJobEventDetail>;
    'batch-job-finished': CustomEvent<BatchJobEventDetail>;
  }
}
