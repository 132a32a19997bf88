import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContactPreferences, ConversationChannel, DistrictSettings, FieldError } from '../../domain/types.js';
import { CONVERSATION_CHANNELS, isPhoneType } from '../../domain/vocabulary.js';
import { describeError } from '../shared/error-messages.js';
import { errorIcon, infoIcon } from '../shared/icons.js';
import { renderError } from '../shared/state-views.js';
import type { PrefsSaveDetail } from './prefs-events.js';
import type { DraftMethod, PrefsDraft, SavedDifference } from './prefs-draft.js';
import { textBlockedBy } from './prefs-grid.js';
import { channelChoiceWords, differenceWords, fieldErrorWords, languageName, methodInSentence, switchWords } from './prefs-words.js';

/** A save refused because someone else saved first: their state, and what they changed. */
export interface ConflictState {
  latest: ContactPreferences;
  differences: SavedDifference[];
}

export interface PanelsView {
  base: ContactPreferences;
  draft: PrefsDraft;
  methods: readonly DraftMethod[];
  settings: DistrictSettings;
  /** The language of the text, to join names into a list. */
  locale: string;
  editable: boolean;
  saving: boolean;
  saveError: unknown;
  fieldErrors: readonly FieldError[];
  conflict: ConflictState | undefined;
  /** `alsoUpdated` null: who else was updated is not known. */
  lastSave: PrefsSaveDetail | undefined;
  /** Saves whose answer was lost, since `base`: what the server may hold instead of it. */
  unanswered: readonly PrefsDraft[];
  onLanguage(language: string): void;
  onChannel(channel: ConversationChannel | null): void;
  onSave(): void;
  onCancel(): void;
  onReapply(): void;
  onDiscard(): void;
}

/** Everything below the grid: language and channel, household note, summary, conflict, Save. */
export function renderPanels(view: PanelsView): TemplateResult {
  const lines = summaryLines(view);
  return html`
    ${renderSettings(view)}
    ${view.editable ? renderHouseholdNote(view) : nothing}
    ${view.editable && lines.length > 0
      ? html`<section class="summary" part="summary" aria-labelledby="summary-title">
          <h3 id="summary-title">${msg(str`Unsaved changes (${lines.length})`)}</h3>
          <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
        </section>`
      : nothing}
    ${view.conflict ? renderConflict(view, view.conflict) : nothing}
    ${view.editable ? renderSaveError(view) : nothing}
    ${view.editable ? renderActions(view, lines.length) : nothing}
    <p class="save-status" role="status">${statusWords(view)}</p>
  `;
}

/**
 * Save and Cancel. They refuse presses with `aria-disabled` rather than `disabled`: a disabled
 * button drops keyboard focus to the page, and these go unavailable exactly when pressed
 * (saving, then nothing left to save; nothing left to cancel).
 */
function renderActions(view: PanelsView, unsaved: number): TemplateResult {
  const saveOff = unsaved === 0 || view.saving || !!view.conflict;
  const cancelOff = unsaved === 0 || view.saving;
  return html`<div class="actions-bar">
    <button type="button" class="button primary" part="save-button" aria-disabled=${saveOff ? 'true' : 'false'} @click=${() => saveOff || view.onSave()}>
      ${msg('Save')}
    </button>
    <button type="button" class="button" aria-disabled=${cancelOff ? 'true' : 'false'} @click=${() => cancelOff || view.onCancel()}>${msg('Cancel')}</button>
  </div>`;
}

function statusWords(view: PanelsView): string {
  if (view.saving) return msg('Saving…');
  if (!view.lastSave) return '';
  const others = (view.lastSave.alsoUpdated ?? []).map((person) => person.displayName);
  if (others.length === 0) return msg('Saved.');
  const names = new Intl.ListFormat(view.locale, { type: 'conjunction' }).format(others);
  return msg(str`Saved. Also updated for ${names}.`);
}

function renderSettings(view: PanelsView): TemplateResult {
  const { base, draft, settings } = view;
  const language = draft.language ?? base.language;
  const channel = draft.conversationChannel !== undefined ? draft.conversationChannel : base.conversationChannel;
  const texts = view.methods.some((method) => method.type === 'cellPhone' && textBlockedBy(method, settings.texting.enabled) === undefined);
  const emails = view.methods.some((method) => !isPhoneType(method.type) && method.health !== 'invalid');
  const offered = (choice: ConversationChannel | null) =>
    choice === channel || (choice === 'sms' ? texts : choice === 'email' ? emails : true);
  const languageError = view.fieldErrors.find((error) => error.field === 'language');
  const channelError = view.fieldErrors.find((error) => error.field === 'conversationChannel');
  const languages = settings.languages.some((l) => l.code === language) ? settings.languages : [{ code: language, name: language }, ...settings.languages];
  return html`
    <div class="settings">
      <div class="form-row">
        <label for="language">${msg('Preferred language')}</label>
        <select id="language" .value=${live(language)} ?disabled=${!view.editable} aria-invalid=${languageError ? 'true' : 'false'} aria-describedby=${languageError ? 'language-error' : nothing}
          @change=${(event: Event) => view.onLanguage((event.target as HTMLSelectElement).value)}>
          ${languages.map((l) => html`<option value=${l.code} lang=${l.code} ?selected=${l.code === language}>${l.name}</option>`)}
        </select>
        ${languageError ? html`<p id="language-error" class="field-error">${fieldErrorWords(languageError)}</p>` : nothing}
      </div>
      <div class="form-row">
        <label for="channel">${msg('Conversation notifications')}</label>
        <select id="channel" .value=${live(channel ?? '')} ?disabled=${!view.editable} aria-invalid=${channelError ? 'true' : 'false'}
          aria-describedby=${['channel-hint', channelError ? 'channel-error' : ''].join(' ').trim()}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            view.onChannel(value === '' ? null : (value as ConversationChannel));
          }}>
          ${[null, ...CONVERSATION_CHANNELS].map(
            (choice) => html`<option value=${choice ?? ''} ?selected=${choice === channel} ?disabled=${!offered(choice)}>
              ${channelChoiceWords(choice, settings.defaultConversationChannel)}
            </option>`,
          )}
        </select>
        <p id="channel-hint" class="hint">
          ${texts ? nothing : msg('Text messages need a cell phone that has opted in to texts.')}
          ${emails ? nothing : msg('Email needs an email address.')}
        </p>
        ${channelError ? html`<p id="channel-error" class="field-error">${fieldErrorWords(channelError)}</p>` : nothing}
      </div>
    </div>
  `;
}

function renderHouseholdNote({ base, draft, methods }: PanelsView): TemplateResult | typeof nothing {
  const householdIds = new Set(methods.filter((method) => method.type === 'householdPhone').map((method) => method.id));
  const touched = [...draft.switches.values()].some((cell) => householdIds.has(cell.methodId));
  const others = (base.household?.members ?? []).filter((member) => member.id !== base.personId);
  if (!touched || others.length === 0) return nothing;
  return html`<section class="notice household" aria-labelledby="household-title">
    ${infoIcon}
    <div>
      <h3 id="household-title">${msg('Household phone changes apply to the whole household')}</h3>
      <p>${msg('Saving also changes the household phone settings of:')}</p>
      <ul>${others.map((member) => html`<li>${member.displayName}</li>`)}</ul>
    </div>
  </section>`;
}

function summaryLines({ base, draft, methods, settings, unanswered }: PanelsView): string[] {
  const lines: string[] = [];
  const byId = new Map(methods.map((method) => [method.id, method]));
  for (const added of draft.added) {
    const method = methodInSentence(added);
    lines.push(msg(str`Add ${method}`));
  }
  for (const [id, edit] of draft.updated) {
    const saved = base.methods.find((method) => method.id === id);
    if (!saved) continue;
    // Set back to the saved value (a pin): the server may hold what the lost save sent instead.
    const undone = saved.type === edit.type && saved.value === edit.value;
    const sent = undone ? unanswered.findLast((lost) => lost.updated.has(id))?.updated.get(id) : undefined;
    const before = methodInSentence(sent ?? saved);
    const after = methodInSentence(edit);
    lines.push(msg(str`Change ${before} to ${after}`));
  }
  for (const id of draft.removed) {
    const saved = base.methods.find((method) => method.id === id);
    if (!saved) continue;
    const method = methodInSentence(saved);
    lines.push(msg(str`Remove ${method}`));
  }
  for (const withdrawn of draft.withdrawn) {
    const method = methodInSentence(withdrawn);
    lines.push(msg(str`Remove ${method}`));
  }
  for (const cell of draft.switches.values()) {
    const method = byId.get(cell.methodId);
    if (method) lines.push(switchWords(cell.reason, method, cell.channel, cell.enabled));
  }
  if (draft.language !== undefined) {
    const name = languageName(draft.language, settings.languages);
    lines.push(msg(str`Language: ${name}`));
  }
  if (draft.conversationChannel !== undefined) {
    const choice = channelChoiceWords(draft.conversationChannel, settings.defaultConversationChannel);
    lines.push(msg(str`Conversation notifications: ${choice}`));
  }
  return lines;
}

function renderConflict(view: PanelsView, conflict: ConflictState): TemplateResult {
  return html`<section class="notice conflict" part="conflict" role="alert" aria-labelledby="conflict-title">
    ${errorIcon}
    <div>
      <h3 id="conflict-title">${msg('Someone else changed these preferences while you were editing')}</h3>
      ${conflict.differences.length > 0
        ? html`<p>${msg('What they changed:')}</p>
            <ul class="differences">
              ${conflict.differences.map((d) => html`<li>${differenceWords(d, view.settings.languages, view.settings.defaultConversationChannel)}</li>`)}
            </ul>`
        : nothing}
      <p>${msg('Your changes are kept. Re-apply them to the latest version, check them, then save.')}</p>
      <div class="form-actions">
        <button type="button" class="button primary" id="reapply" @click=${view.onReapply}>${msg('Re-apply my changes')}</button>
        <button type="button" class="button" @click=${view.onDiscard}>${msg('Discard my changes')}</button>
      </div>
    </div>
  </section>`;
}

function renderSaveError(view: PanelsView): TemplateResult | typeof nothing {
  if (!view.saveError) return nothing;
  if (view.fieldErrors.length === 0) return renderError(view.saveError, { onRetry: view.onSave });
  const { title, detail } = describeError(view.saveError);
  // Errors about methods show in their rows, language and channel under their fields.
  const general = view.fieldErrors.filter((error) => !/^(methods\.|language$|conversationChannel$)/.test(error.field));
  return html`<div class="state state-error" part="state error" role="alert">
    ${errorIcon}
    <div class="state-body">
      <p class="state-title">${title}</p>
      <p class="state-text">${detail}</p>
      ${general.length ? html`<ul>${general.map((error) => html`<li>${fieldErrorWords(error)}</li>`)}</ul>` : nothing}
    </div>
  </div>`;
}
