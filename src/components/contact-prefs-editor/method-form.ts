import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { normalizeContactValue } from '../../domain/contact-values.js';
import type { ContactMethodType, ContactPreferences, FieldError } from '../../domain/types.js';
import { CONTACT_METHOD_TYPES, isPhoneType } from '../../domain/vocabulary.js';
import { methodsAfter, type PrefsDraft } from './prefs-draft.js';
import { methodTypeLabel } from './prefs-labels.js';
import { alreadyHeldWords, displayValue, emailProblemWords, fieldErrorWords, phoneProblemWords } from './prefs-words.js';

/** The add/edit form's state: what the person has typed, kept until they apply or cancel. */
export interface MethodFormState {
  /** `add`, or the id (or clientId) of the method being edited. */
  target: 'add' | { id: string };
  type: ContactMethodType;
  value: string;
  /** The problem with the value, once the person tried to apply it. */
  error?: string | undefined;
}

/**
 * Checks what the form holds: the normalized value, or the words of the problem. A value the
 * person already has on another method is refused here, as the server would refuse it on
 * save (compared normalized, so another format or other capitals are the same value).
 */
export function checkMethodForm(base: ContactPreferences, draft: PrefsDraft, form: MethodFormState): { ok: true; value: string } | { ok: false; error: string } {
  const result = normalizeContactValue(form.type, form.value);
  if (!result.ok) return { ok: false, error: result.kind === 'phone' ? phoneProblemWords(result.reason) : emailProblemWords(result.reason) };
  const editing = form.target === 'add' ? undefined : form.target.id;
  const holder = methodsAfter(base, draft).find((method) => method.id !== editing && method.value === result.value);
  return holder ? { ok: false, error: alreadyHeldWords(holder.type) } : { ok: true, value: result.value };
}

/** Types the person may choose: one method per type, household phones only in a household. */
export function typeChoices(base: ContactPreferences, draft: PrefsDraft, editing: string | undefined): ContactMethodType[] {
  const taken = new Set(methodsAfter(base, draft).filter((m) => m.id !== editing).map((m) => m.type));
  return CONTACT_METHOD_TYPES.filter((type) => !taken.has(type) && (type !== 'householdPhone' || !!base.person.householdId));
}

/** The form to add a method (of the first type still free) or to change the method `target`. */
export function formFor(target: 'add' | string, base: ContactPreferences, draft: PrefsDraft): MethodFormState | undefined {
  if (target === 'add') {
    const type = typeChoices(base, draft, undefined)[0];
    return type && { target: 'add', type, value: '' };
  }
  const method = methodsAfter(base, draft).find((m) => m.id === target);
  return method && { target: { id: method.id }, type: method.type, value: displayValue(method) };
}

/**
 * A refused save's errors about methods, by the id (or clientId) of the method they name: the
 * server names them by their place in the request, which `changeOf` builds in the draft's order.
 */
export function methodErrorWords(draft: PrefsDraft, errors: readonly FieldError[]): Map<string, string[]> {
  const byMethod = new Map<string, string[]>();
  const updatedIds = [...draft.updated.keys()];
  const removedIds = [...draft.removed];
  for (const error of errors) {
    const [, list, index] = /^methods\.(added|updated|removed)\.(\d+)/.exec(error.field) ?? [];
    if (list === undefined) continue;
    const i = Number(index);
    const id = list === 'added' ? draft.added[i]?.clientId : list === 'updated' ? updatedIds[i] : removedIds[i];
    if (id) byMethod.set(id, [...(byMethod.get(id) ?? []), fieldErrorWords(error)]);
  }
  return byMethod;
}

export interface MethodFormView {
  form: MethodFormState;
  /** The types the person may choose (one method per type). */
  types: readonly ContactMethodType[];
  onInput(form: MethodFormState): void;
  onApply(): void;
  onCancel(): void;
}

/** The form that adds a method or changes one's type and value. */
export function renderMethodForm({ form, types, onInput, onApply, onCancel }: MethodFormView): TemplateResult {
  const adding = form.target === 'add';
  const phone = isPhoneType(form.type);
  return html`
    <form
      class="method-form"
      part="method-form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        onApply();
      }}
      @keydown=${(event: KeyboardEvent) => {
        // Escape leaves the form as its Cancel does (a select's open list takes its own Escape).
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onCancel();
      }}
    >
      <fieldset>
        <legend>${adding ? msg('Add a contact method') : msg('Change a contact method')}</legend>
        <div class="form-row">
          <label for="method-type">${msg('Type')}</label>
          <select
            id="method-type"
            .value=${live(form.type)}
            @change=${(event: Event) => onInput({ ...form, type: (event.target as HTMLSelectElement).value as ContactMethodType, error: undefined })}
          >
            ${types.map((type) => html`<option value=${type} ?selected=${type === form.type}>${methodTypeLabel(type)}</option>`)}
          </select>
        </div>
        <div class="form-row">
          <label for="method-value">${phone ? msg('Phone number') : msg('Email address')}</label>
          <input
            id="method-value"
            type=${phone ? 'tel' : 'email'}
            autocomplete=${phone ? 'tel' : 'email'}
            .value=${live(form.value)}
            aria-invalid=${form.error ? 'true' : 'false'}
            aria-describedby=${form.error ? 'method-value-error' : nothing}
            @input=${(event: Event) => onInput({ ...form, value: (event.target as HTMLInputElement).value, error: undefined })}
          />
          ${form.error ? html`<p id="method-value-error" class="field-error">${form.error}</p>` : nothing}
        </div>
        <div class="form-actions">
          <button type="submit" class="button primary">${adding ? msg('Add') : msg('Apply')}</button>
          <button type="button" class="button" @click=${onCancel}>${msg('Cancel')}</button>
        </div>
      </fieldset>
    </form>
  `;
}
