import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PhoneType } from '../../domain/types.js';
import { errorIcon } from '../shared/icons.js';
import { PHONE_TYPES, phoneTypeLabel } from './phone-words.js';

export interface PhoneFieldsOptions {
  phoneText: string;
  type: PhoneType;
  /** The problem to show under the number, if any. */
  phoneError: string | null;
  required: boolean;
  disabled: boolean;
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onBlur: () => void;
  onTypeChange: (event: Event) => void;
}

/** The phone number (with its hint and error) and the number type, side by side when there is room. */
export function renderPhoneFields(options: PhoneFieldsOptions): TemplateResult {
  const { phoneText, type, phoneError, required, disabled } = options;
  return html`<div class="fields">
    <div class="field">
      <label for="phone">${msg('Phone number')}</label>
      <input
        id="phone"
        part="phone-input"
        type="tel"
        inputmode="tel"
        autocomplete="tel-national"
        .value=${phoneText}
        ?disabled=${disabled}
        ?required=${required}
        aria-invalid=${phoneError ? 'true' : 'false'}
        aria-describedby=${phoneError ? 'phone-hint phone-error' : 'phone-hint'}
        @input=${options.onInput}
        @keydown=${options.onKeydown}
        @blur=${options.onBlur}
      />
      <p class="hint" id="phone-hint">${msg('A US number, for example (201) 555-0123.')}</p>
      ${phoneError ? html`<p class="field-error" id="phone-error">${errorIcon}<span>${phoneError}</span></p>` : nothing}
    </div>
    <div class="field type">
      <label for="type">${msg('Number type')}</label>
      <select id="type" part="type-select" ?disabled=${disabled} @change=${options.onTypeChange}>
        ${PHONE_TYPES.map((option) => html`<option value=${option} ?selected=${option === type}>${phoneTypeLabel(option)}</option>`)}
      </select>
    </div>
  </div>`;
}
