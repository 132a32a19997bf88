import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isCommsError, type ValidationError } from '../../api/errors.js';
import type { DirectoryEntry } from '../../domain/types.js';
import { describeError } from '../shared/error-messages.js';
import { closeIcon } from '../shared/conversation-icons.js';
import { errorIcon, warningIcon } from '../shared/icons.js';
import { roleLabel } from '../shared/vocabulary-labels.js';
import { isLimitError, optionId, type StartConversation, type StartField } from './start-conversation.js';

/** What the view needs from the element around it. */
export interface StartViewActions {
  close(): void;
  submit(): void;
}

/** Ids of the dialog's fields, for focus and labels. */
export const START_FIELD_IDS: Record<StartField, string> = { people: 'start-people', message: 'start-message' };

/** What tells two people of the same name apart: job title, their students, or their grade. */
function entryDetail(entry: DirectoryEntry): unknown {
  if (entry.role === 'staff') return entry.jobTitle ? html`<bdi>${entry.jobTitle}</bdi>` : nothing;
  const students = entry.students.map((student, i) => {
    const name = html`<bdi>${student.displayName}</bdi>`;
    const grade = student.grade;
    const label = grade ? msg(html`${name} (grade ${grade})`, { desc: 'A student and their grade.' }) : name;
    return i === 0 ? label : html`, ${label}`;
  });
  if (entry.role === 'student') {
    const grade = entry.students[0]?.grade;
    return grade ? msg(str`Grade ${grade}`) : nothing;
  }
  return students.length ? msg(html`Guardian of ${students}`, { desc: 'Who a guardian is a contact for.' }) : nothing;
}

/** The second line of a match: "Guardian of …" says the role by itself; others show role and detail. */
function optionDetail(entry: DirectoryEntry): unknown {
  if (entry.role === 'guardian' && entry.students.length) return entryDetail(entry);
  return html`<span class="option-role">${roleLabel(entry.role)}</span> ${entryDetail(entry)}`;
}

/** Indexes of chosen people the backend refused (e.g. a student who may not join). */
function refusedIndexes(error: unknown): Set<number> {
  const fields = isCommsError(error) && error.kind === 'validation' ? ((error as ValidationError).fields ?? []) : [];
  const out = new Set<number>();
  for (const field of fields) {
    const match = /^participantIds\.(\d+)$/.exec(field.field);
    if (match) out.add(Number(match[1]));
  }
  return out;
}

function saveErrorWords(state: StartConversation): { title: string; detail: string } {
  const error = state.saveError;
  if (isLimitError(error)) {
    return {
      title: msg('Too many people'),
      detail: msg('The conversation has more people than your district allows. Remove someone, then try again.'),
    };
  }
  if (refusedIndexes(error).size > 0) {
    return {
      title: msg("Some people can't be added"),
      detail: msg('Remove the people marked "Can\'t be added", then try again.'),
    };
  }
  if (isCommsError(error) && error.kind === 'forbidden') {
    return { title: msg("You can't start conversations"), detail: msg('Your account is not allowed to start conversations. Contact your school if it should be.') };
  }
  return describeError(error);
}

function renderChips(state: StartConversation): unknown {
  if (state.people.length === 0) return nothing;
  const refused = refusedIndexes(state.saveError);
  return html`<ul class="chips" aria-label=${msg('People added')}>
    ${state.people.map((person, index) => {
      const name = person.displayName;
      return html`<li class="chip ${refused.has(index) ? 'refused' : ''}" part="chip">
        ${refused.has(index) ? html`${errorIcon}` : nothing}
        <bdi class="chip-name clip" title=${name}>${name}</bdi>
        <span class="chip-role">${roleLabel(person.role)}</span>
        ${refused.has(index) ? html`<span class="chip-refused">${msg("Can't be added")}</span>` : nothing}
        <button type="button" class="chip-remove" part="chip-remove" aria-label=${msg(str`Remove ${name}`, { id: 'remove-person', desc: 'Button that takes a person off the list of participants.' })} @click=${(event: Event) => {
            state.remove(person);
            // The button goes away with the chip: keep focus in the dialog, on the search.
            ((event.currentTarget as Element).getRootNode() as ShadowRoot).getElementById('start-people')?.focus();
          }}>
          ${closeIcon}
        </button>
      </li>`;
    })}
  </ul>`;
}

function renderResults(state: StartConversation): unknown {
  const showList = state.expanded && state.results.length > 0;
  return html`
    <ul id="start-results" class="results" role="listbox" aria-label=${msg('Matching people')} ?hidden=${!showList}>
      ${state.results.map(
        (entry, index) => html`<li
          id=${optionId(index)}
          class="option"
          role="option"
          aria-selected=${index === state.active ? 'true' : 'false'}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => state.choose(entry)}
        >
          <bdi class="option-name">${entry.displayName}</bdi>
          <span class="option-detail">${optionDetail(entry)}</span>
        </li>`,
      )}
    </ul>
    ${state.expanded && state.searchState === 'searching'
      ? html`<p class="search-status">${msg('Searching…')}</p>`
      : state.expanded && state.searchState === 'ready' && state.results.length === 0
        ? html`<p class="search-status">${msg('No people match. Check the spelling, or try part of the name.')}</p>`
        : state.searchState === 'error'
          ? html`<p class="search-status search-error">
              ${errorIcon}<span>${msg("Couldn't search the directory.")}</span>
              <button type="button" class="button" @click=${() => void state.search()}>${msg('Try again', { desc: 'Button that repeats a request that failed.' })}</button>
            </p>`
          : nothing}
  `;
}

function renderLimit(state: StartConversation): TemplateResult {
  const total = state.people.length + 1;
  const limit = state.limit;
  if (state.atLimit) {
    return html`<p id="start-limit" class="limit reached ${state.limitRefused ? 'refused' : ''}" part="participant-limit">
      ${warningIcon}<span>${state.limitWords()}</span>
    </p>`;
  }
  return html`<p id="start-limit" class="limit" part="participant-limit">
    ${msg(str`${total} of ${limit} people, you included.`, { desc: 'How many people a new conversation has, and its limit.' })}
  </p>`;
}

function fieldError(id: string, text: string | undefined): unknown {
  return text ? html`<p id=${id} class="field-error">${errorIcon}<span>${text}</span></p>` : nothing;
}

/**
 * The "Start a conversation" dialog: a native modal `<dialog>` (it keeps focus inside and
 * makes the page behind inert) around a form with a WAI-ARIA combobox for the directory.
 */
export function renderStartDialog(state: StartConversation, actions: StartViewActions): TemplateResult {
  const { fieldErrors } = state;
  const activeId = state.expanded && state.active >= 0 ? optionId(state.active) : undefined;
  const peopleDescribedBy = ['start-people-hint', 'start-limit', fieldErrors.people ? 'start-people-error' : ''].filter(Boolean).join(' ');
  const saveWords = state.saveError === undefined ? undefined : saveErrorWords(state);
  return html`<dialog id="start-dialog" class="start-dialog" part="start-dialog" aria-labelledby="start-heading">
    <form class="start-form" novalidate @submit=${(event: Event) => {
      event.preventDefault();
      actions.submit();
    }}>
      <div class="dialog-head">
        <h2 id="start-heading" class="dialog-title">${msg('Start a conversation')}</h2>
        <button type="button" class="button icon-button" aria-label=${msg('Close')} @click=${actions.close}>${closeIcon}</button>
      </div>

      <div class="field">
        <label for="start-people" class="label">${msg('People')}</label>
        <p id="start-people-hint" class="hint">
          ${state.roles.includes('student')
            ? msg('Type a name to search staff, guardians and students.')
            : msg('Type a name to search staff and guardians.')}
        </p>
        ${renderChips(state)} ${renderLimit(state)}
        <div class="combobox">
          <input
            id="start-people"
            class="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="start-results"
            aria-expanded=${state.expanded && state.results.length > 0 ? 'true' : 'false'}
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby=${peopleDescribedBy}
            aria-invalid=${fieldErrors.people ? 'true' : nothing}
            .value=${state.query}
            @input=${(event: Event) => state.setQuery((event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => state.onComboboxKeydown(event)}
            @blur=${() => state.collapse()}
          />
          ${renderResults(state)}
        </div>
        ${fieldError('start-people-error', fieldErrors.people)}
      </div>

      <div class="field">
        <label for="start-title" class="label">${msg('Title (optional)')}</label>
        <input id="start-title" class="input" type="text" maxlength="200" .value=${state.title}
          @input=${(event: Event) => state.setTitle((event.target as HTMLInputElement).value)} />
      </div>

      <div class="field">
        <label for="start-message" class="label">${msg('First message')}</label>
        <textarea
          id="start-message"
          class="input"
          rows="4"
          aria-invalid=${fieldErrors.message ? 'true' : nothing}
          aria-describedby=${fieldErrors.message ? 'start-message-error' : nothing}
          .value=${state.message}
          @input=${(event: Event) => state.setMessage((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${fieldError('start-message-error', fieldErrors.message)}
      </div>

      ${saveWords
        ? html`<div class="save-error" part="save-error" role="alert">
            ${errorIcon}
            <div><p class="save-error-title">${saveWords.title}</p><p>${saveWords.detail}</p></div>
          </div>`
        : nothing}

      <div class="dialog-actions">
        <button type="button" class="button" @click=${actions.close}>${msg('Cancel')}</button>
        <button type="submit" class="button primary" part="create-button" aria-disabled=${state.saving ? 'true' : 'false'}>
          ${state.saving ? msg('Starting…', { desc: 'Button while a conversation is being created.' }) : msg('Start conversation')}
        </button>
      </div>
      <div class="visually-hidden" role="status">${state.announcement}</div>
    </form>
  </dialog>`;
}
