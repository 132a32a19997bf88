import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BatchMode, BatchPreview, BatchSetting, ContactReason, FieldError, SavedFilter } from '../../domain/types.js';
import { BATCH_MODES, CONTACT_METHOD_TYPES, CONTACT_REASONS } from '../../domain/vocabulary.js';
import { infoIcon, lockIcon } from '../shared/icons.js';
import { warningIcon } from '../shared/icons.js';
import { cellKey, type BatchChoices } from './batch-request.js';
import { methodTypeLabel, modeLabel, reasonLabel } from './labels.js';

/** What the form shows and whom it tells about changes. */
export interface BatchFormProps {
  choices: BatchChoices;
  enabledReasons: readonly ContactReason[];
  grades: readonly string[];
  /** The filter picker: a select once the saved filters are here, else a state view. */
  filterPicker: (render: (filters: readonly SavedFilter[]) => TemplateResult) => unknown;
  fieldErrors: readonly FieldError[];
  /** An error beside the form, e.g. a failed preview; the form keeps its values. */
  error: unknown;
  renderError: (error: unknown) => unknown;
  busy: boolean;
  preview: BatchPreview | null;
  /** The language counts are written in. */
  locale: string;
  onMode: (mode: BatchMode) => void;
  onFilter: (filterId: string) => void;
  onGrade: (grade: string) => void;
  onCell: (key: string, setting: BatchSetting | null) => void;
  onPreview: () => void;
  onApply: () => void;
}

const fieldError = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`));

function renderFilter(props: BatchFormProps): unknown {
  const { choices, fieldErrors } = props;
  const staff = choices.mode === 'staff';
  const error = fieldError(fieldErrors, 'filterId');
  const label = staff ? msg('Ad hoc census filter (required)') : msg('Ad hoc student filter (optional)');
  return html`<div class="field">
    <label for="filter">${label}</label>
    ${props.filterPicker((filters) =>
      filters.length === 0
        ? html`<p class="field-note" id="filter-empty">
            ${staff
              ? msg('There are no saved census filters. Create one with the staff you want to change, then come back.')
              : msg('There are no saved student filters. The batch will include every student.')}
          </p>`
        : html`<select
            id="filter"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'filter-error' : nothing}
            @change=${(e: Event) => props.onFilter((e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${choices.filterId === ''}>${staff ? msg('Choose a filter') : msg('No filter: all students')}</option>
            ${filters.map((f) => html`<option value=${f.id} ?selected=${choices.filterId === f.id}>${f.name}</option>`)}
          </select>`,
    )}
    ${error
      ? html`<p class="field-error" id="filter-error">${error.code === 'required' ? msg('Choose a census filter: staff mode needs one.') : msg('This filter is no longer available. Choose another.')}</p>`
      : nothing}
  </div>`;
}

function renderGrade(props: BatchFormProps): unknown {
  if (props.choices.mode === 'staff') return nothing;
  return html`<div class="field">
    <label for="grade">${msg('Grade')}</label>
    <select id="grade" @change=${(e: Event) => props.onGrade((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${props.choices.grade === ''}>${msg('All grades')}</option>
      ${props.grades.map((g) => html`<option value=${g} ?selected=${props.choices.grade === g}>${g}</option>`)}
    </select>
  </div>`;
}

function renderMatrix(props: BatchFormProps): TemplateResult {
  const error = fieldError(props.fieldErrors, 'cells');
  return html`<fieldset class="matrix" aria-describedby="sms-note ${error ? 'cells-error' : ''}">
    <legend>${msg('Preferences to set')}</legend>
    <p class="field-note" id="sms-note">
      ${msg('Text messages cannot be set here: people could be charged for texts they did not ask for. Each person chooses texts themselves.')}
    </p>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Contact method')}</th>
            ${CONTACT_REASONS.map((reason) => html`<th scope="col">${reasonLabel(reason)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${CONTACT_METHOD_TYPES.map(
            (type) => html`<tr>
              <th scope="row">${methodTypeLabel(type)}</th>
              ${CONTACT_REASONS.map((reason) => {
                if (!props.enabledReasons.includes(reason)) return html`<td class="not-enabled">${msg('Not enabled')}</td>`;
                const key = cellKey(type, reason);
                const value = props.choices.cells.get(key) ?? '';
                return html`<td>
                  <select
                    class="cell ${value ? `cell-${value}` : ''}"
                    data-cell=${key}
                    aria-label=${msg(str`${methodTypeLabel(type)}, ${reasonLabel(reason)}`)}
                    .value=${live(value)}
                    @change=${(e: Event) => props.onCell(key, ((e.target as HTMLSelectElement).value || null) as BatchSetting | null)}
                  >
                    <option value="">${msg('No change')}</option>
                    <option value="on">${msg('On')}</option>
                    <option value="off">${msg('Off')}</option>
                  </select>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${error ? html`<p class="field-error" id="cells-error">${msg('Set at least one preference to On or Off.')}</p>` : nothing}
  </fieldset>`;
}

/** Counts as label–value pairs, so no sentence needs a plural form. */
export function renderPreviewCounts(preview: BatchPreview, locale: string): TemplateResult {
  const count = new Intl.NumberFormat(locale);
  return html`<dl class="summary">
    <dt>${msg('People selected')}</dt>
    <dd>${count.format(preview.people)}</dd>
    <dt>${msg('People who would change')}</dt>
    <dd>${count.format(preview.peopleToChange)}</dd>
    <dt>${msg('Preferences that would change')}</dt>
    <dd>${count.format(preview.preferencesToChange)}</dd>
    <dt>${msg('Skipped: no phone or email of the types set')}</dt>
    <dd>${count.format(preview.skipped.noMethodOfType)}</dd>
    ${preview.skipped.noDistrictAssignment > 0
      ? html`<dt>${msg('Skipped for Staff: no district assignment')}</dt>
          <dd>${count.format(preview.skipped.noDistrictAssignment)}</dd>`
      : nothing}
    ${preview.inactive
      ? html`<dt>${msg('Not changed: inactive accounts (listed as errors when applied)')}</dt>
          <dd>${count.format(preview.inactive)}</dd>`
      : nothing}
  </dl>`;
}

function renderPreview(preview: BatchPreview, props: BatchFormProps): TemplateResult {
  const nothingToDo = preview.preferencesToChange === 0;
  return html`<section class="preview" aria-labelledby="preview-title" tabindex="-1">
    <h3 id="preview-title">${msg('Preview')}</h3>
    ${renderPreviewCounts(preview, props.locale)}
    ${nothingToDo ? html`<p class="notice">${infoIcon}<span>${msg('Nothing would change: everyone already has these settings.')}</span></p>` : nothing}
    <div class="actions">
      <button type="button" class="button primary" ?disabled=${nothingToDo || props.busy} @click=${props.onApply}>${msg('Apply changes')}</button>
    </div>
  </section>`;
}

/** The wizard's form: mode, filter, grade, the matrix, then the preview and its Apply button. */
export function renderBatchForm(props: BatchFormProps): TemplateResult {
  const { choices } = props;
  // Preview is unavailable while counting yet stays focusable: a disabled button drops focus.
  return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!props.busy) props.onPreview();
      }}
    >
      <fieldset class="modes">
        <legend>${msg('Mode')}</legend>
        ${BATCH_MODES.map(
          (mode) => html`<label class="choice">
            <input type="radio" name="mode" value=${mode} .checked=${live(choices.mode === mode)} @change=${() => props.onMode(mode)} />
            ${modeLabel(mode)}
          </label>`,
        )}
      </fieldset>
      <p class="notice note-household">
        ${infoIcon}
        <span>${msg('Household phone changes apply to every active member of the household, whatever the mode.')}</span>
      </p>
      <div class="fields">${renderFilter(props)} ${renderGrade(props)}</div>
      ${renderMatrix(props)}
      ${props.error ? props.renderError(props.error) : nothing}
      <div class="actions">
        <button type="submit" class="button" aria-disabled=${props.busy ? 'true' : 'false'}>${props.busy ? msg('Counting…') : msg('Preview changes')}</button>
      </div>
    </form>
    ${props.preview ? renderPreview(props.preview, props) : nothing}`;
}

/** The overwrite warning shown above the form. */
export function renderOverwriteWarning(): TemplateResult {
  return html`<p class="notice notice-warning">
    ${warningIcon}
    <span>${msg("Warning: this tool may overwrite contact preferences that people chose themselves in the family or student portal.")}</span>
  </p>`;
}

/** Apply's confirmation, a modal dialog (Escape or "Go back" closes it), with the preview's counts. */
export function renderConfirmDialog(preview: BatchPreview, locale: string, onConfirm: () => void): TemplateResult {
  return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text">
    <h3 id="confirm-title">${msg('Apply these changes?')}</h3>
    <div id="confirm-text">
      ${renderPreviewCounts(preview, locale)}
      <p>${msg('This cannot be undone, and it may replace choices people made themselves.')}</p>
    </div>
    <form method="dialog" class="actions">
      <button type="submit" class="button" value="cancel" autofocus>${msg('Go back')}</button>
      <button type="button" class="button primary" @click=${onConfirm}>${msg('Apply changes')}</button>
    </form>
  </dialog>`;
}

/** What anyone without the batch permission sees instead of the wizard. */
export function renderForbidden(): TemplateResult {
  return html`<div class="state state-forbidden" part="state forbidden">
    ${lockIcon}
    <div class="state-body">
      <p class="state-title">${msg("You don't have permission")}</p>
      <p class="state-text">${msg('Only district administrators can change contact preferences in batch.')}</p>
    </div>
  </div>`;
}
