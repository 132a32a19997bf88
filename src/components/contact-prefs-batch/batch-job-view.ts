import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { BatchError, BatchJob, BatchResult, ContactMethodType, ContactReason } from '../../domain/types.js';
import { CONTACT_METHOD_TYPES, CONTACT_REASONS } from '../../domain/vocabulary.js';
import { errorIcon } from '../shared/icons.js';
import { doneIcon, stoppedIcon } from './batch-icons.js';
import { batchErrorReason, methodTypeLabel, modeLabel, reasonLabel } from './labels.js';

/** Whether a job is still going (its progress is worth polling). */
export const isJobActive = (job: BatchJob): boolean => job.state === 'queued' || job.state === 'running' || job.state === 'cancelling';

/** The share of the job done, 0–100, whole numbers (0 for an empty job that has not finished). */
export function percentDone(job: BatchJob): number {
  if (job.total <= 0) return isJobActive(job) ? 0 : 100;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

export interface JobViewProps {
  job: BatchJob;
  locale: string;
  errors: readonly BatchError[];
  moreErrors: boolean;
  /** An error beside the job (a failed poll, cancel or export); the job view stays. */
  error: unknown;
  renderError: (error: unknown) => unknown;
  busy: boolean;
  onCancel: () => void;
  onMoreErrors: () => void;
  onExport: () => void;
  onStartOver: () => void;
}

/** The result as a table of counts: method types × reasons, "No change" where nothing was asked. */
export function resultTable(result: BatchResult): { reasons: ContactReason[]; rows: { type: ContactMethodType; cells: (number | null)[] }[] } {
  const reasons = CONTACT_REASONS.filter((reason) => result.cells.some((c) => c.reason === reason));
  const rows = CONTACT_METHOD_TYPES.map((type) => ({
    type,
    cells: reasons.map((reason) => result.cells.find((c) => c.methodType === type && c.reason === reason)?.count ?? null),
  }));
  return { reasons, rows };
}

function renderProgress(job: BatchJob, props: JobViewProps): TemplateResult {
  const format = new Intl.NumberFormat(props.locale);
  const percent = percentDone(job);
  const processed = format.format(job.processed);
  const total = format.format(job.total);
  const cancelling = job.state === 'cancelling';
  return html`<div class="progress-block">
    <p class="progress-title" id="progress-label">${cancelling ? msg('Stopping after the current group of people…') : msg('Applying changes…')}</p>
    <progress
      part="progress"
      max=${Math.max(job.total, 1)}
      .value=${job.processed}
      aria-labelledby="progress-label"
      aria-describedby="progress-text"
    ></progress>
    <p id="progress-text">${msg(str`${processed} of ${total} people (${percent}%)`)}</p>
    <p class="field-note">${msg('You can leave this page: the job keeps running, and this page shows its progress or result when you come back.')}</p>
    ${props.error ? props.renderError(props.error) : nothing}
    <div class="actions">
      <button type="button" class="button" ?disabled=${cancelling || props.busy} @click=${props.onCancel}>${msg('Cancel the job')}</button>
    </div>
  </div>`;
}

function renderOutcome(job: BatchJob): TemplateResult {
  switch (job.state) {
    case 'succeeded':
      return html`<p class="notice outcome outcome-done">${doneIcon}<span>${msg('Finished. The preferences below were changed.')}</span></p>`;
    case 'cancelled':
      return html`<p class="notice outcome outcome-cancelled">${stoppedIcon}<span>${msg('Cancelled. The changes made before it stopped are kept and counted below.')}</span></p>`;
    default:
      return html`<p class="notice outcome outcome-failed">${errorIcon}<span>${msg('The job stopped because of a problem. The changes made before it stopped are kept and counted below.')}</span></p>`;
  }
}

function renderErrors(result: BatchResult, props: JobViewProps): TemplateResult {
  if (result.errorCount === 0) return html`<p><strong>${msg('Errors:')}</strong> ${msg('No errors')}</p>`;
  return html`<section class="errors" aria-labelledby="errors-title">
    <h4 id="errors-title">${msg(str`Errors (${result.errorCount})`)}</h4>
    <ul class="error-list">
      ${props.errors.map(
        (e) => html`<li><span class="person-name">${e.person.displayName}</span> <span class="error-why">${batchErrorReason(e.code)}</span></li>`,
      )}
    </ul>
    ${props.moreErrors ? html`<button type="button" class="button" @click=${props.onMoreErrors}>${msg('Show more errors')}</button>` : nothing}
  </section>`;
}

function renderResult(job: BatchJob, result: BatchResult, props: JobViewProps): TemplateResult {
  const format = new Intl.NumberFormat(props.locale);
  const { reasons, rows } = resultTable(result);
  return html`${renderOutcome(job)}
    <dl class="summary">
      <dt>${msg('Mode')}</dt>
      <dd>${modeLabel(result.mode)}</dd>
      <dt>${msg('People changed')}</dt>
      <dd>${format.format(result.peopleChanged)}</dd>
      <dt>${msg('Preferences changed')}</dt>
      <dd>${format.format(result.preferencesChanged)}</dd>
      <dt>${msg('Skipped: no phone or email of the types set')}</dt>
      <dd>${format.format(result.skipped.noMethodOfType)}</dd>
      <dt>${msg('Skipped for Staff: no district assignment')}</dt>
      <dd>${format.format(result.skipped.noDistrictAssignment)}</dd>
    </dl>
    ${renderErrors(result, props)}
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="result-caption">
      <table class="result-table">
        <caption id="result-caption">${msg('Preferences changed, by contact method and reason')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Contact method')}</th>
            ${reasons.map((reason) => html`<th scope="col">${reasonLabel(reason)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${methodTypeLabel(row.type)}</th>
              ${row.cells.map((count) => (count === null ? html`<td class="no-change">${msg('No change')}</td>` : html`<td class="count">${format.format(count)}</td>`))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${props.error ? props.renderError(props.error) : nothing}
    <div class="actions">
      <button type="button" class="button" @click=${props.onExport}>${msg('Download the result (CSV)')}</button>
      <button type="button" class="button primary" @click=${props.onStartOver}>${msg('Start another batch')}</button>
    </div>`;
}

/** A job: its progress and Cancel while it runs, its result once it has ended. */
export function renderJob(props: JobViewProps): TemplateResult {
  const { job } = props;
  return html`<section class="job" aria-labelledby="job-title">
    <h3 id="job-title" tabindex="-1">${msg(str`Batch job: ${modeLabel(job.request.mode)}`)}</h3>
    ${isJobActive(job) || !job.result ? renderProgress(job, props) : renderResult(job, job.result, props)}
  </section>`;
}

/** What the live region says while a job runs (at a sane rate: the element decides when). */
export function progressAnnouncement(job: BatchJob): string {
  return msg(str`${percentDone(job)}% done.`);
}

/** What the live region says when a job has ended. */
export function endAnnouncement(job: BatchJob): string {
  const changed = job.result?.preferencesChanged ?? 0;
  if (job.state === 'succeeded') return msg(str`The batch job has finished. Preferences changed: ${changed}.`);
  if (job.state === 'cancelled') return msg(str`The batch job was cancelled. Preferences changed before it stopped: ${changed}.`);
  return msg('The batch job stopped because of a problem.');
}
