import { msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import { formatPhone, parsePhone } from '../../domain/contact-values.js';
import { formatPhoneAsTyped } from '../../domain/phone-as-typed.js';
import type { PhoneType, SmsConsent, SmsConsentDecision } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { fireEvent } from '../shared/events.js';
import { renderReadOnlyNotice } from '../shared/state-views.js';
import { renderConsentQuestion, renderStaffEntryNote, type ConsentAnswer, type TextingDisclosure } from './consent-question.js';
import { optinFormStyles } from './optin-form.styles.js';
import { renderSaveError, renderSaveResult } from './save-views.js';
import { renderPhoneFields } from './phone-fields.js';
import { isPhoneType, phoneProblemMessage } from './phone-words.js';

/** Detail of `optin-form-save`. */
export interface OptinFormSaveDetail {
  /** What was sent. */
  decision: SmsConsentDecision;
  /** The number's consent as the backend recorded it. */
  consent: SmsConsent;
}

declare global {
  interface HTMLElementTagNameMap {
    'optin-form': OptinForm;
  }
  interface HTMLElementEventMap {
    'optin-form-save': CustomEvent<OptinFormSaveDetail>;
  }
}

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What `formStateRestoreCallback` gets back: what the person had typed and chosen. */
interface RestoredState {
  phone: string;
  type: PhoneType;
  answer: ConsentAnswer;
}

/**
 * A phone number with its type and, for a cell phone, the texting consent question, with the
 * disclosures carriers require (who texts and from which number, how often, that rates may
 * apply, STOP and HELP). Neither answer is preselected; one is required for a cell number.
 * The number is formatted as it is typed and checked as a US number (letters, too short, too
 * long and other countries' numbers are refused with words saying how to fix it).
 *
 * Two ways to use it:
 * - **Inside a page's own `<form>`** it is a form control, like `<input>`: it submits
 *   `<name>` (the number in E.164), `<name>-type` (`cell`, `home`, `work`, `other`) and, for a
 *   cell number, `<name>-consent` (`optIn` or `optOut`); it reports validity (the form will not
 *   submit while the number is invalid or the question unanswered), resets and is restored by
 *   the browser like a native control. It needs no adapter; the school's name and texting
 *   number come from attributes (or the provider's district settings).
 * - **On its own** it shows a Save button and records the decision through the adapter
 *   (`recordSmsConsent`), then says what was saved. A failed save keeps every value and shows
 *   the error beside the form.
 *
 * Staff entering a guardian's number (`person-id` of someone else, or `staff-entry`) are not
 * asked the question: a cell number staff enter counts as opted in, and staff can never opt a
 * number out on its holder's behalf.
 *
 * @tagname optin-form
 * @fires {CustomEvent<OptinFormSaveDetail>} optin-form-save - The decision was recorded through the adapter.
 * @fires {Event} change - The value the control submits changed (number, type or answer), as a native control fires it.
 *
 * @csspart phone-input - The phone number field.
 * @csspart type-select - The number type field.
 * @csspart consent - The consent question (a fieldset).
 * @csspart disclosures - The list of disclosures in the consent question.
 * @csspart staff-note - The note shown to staff instead of the question.
 * @csspart save-button - The Save button (only without a surrounding form).
 * @csspart result - The message saying what was saved.
 *
 * @cssprop [--comms-color-danger=light-dark(#b42318, #ff9b91)] - Field errors.
 * @cssprop [--comms-color-success=light-dark(#1a6333, #7fdc9d)] - The saved message.
 * @cssprop [--comms-color-info=light-dark(#0b4f8a, #8fc3ff)] - The staff note.
 */
export class OptinForm extends CommsElement<'recordSmsConsent'> {
  /** Makes the element a form control of the `<form>` around it. */
  static formAssociated = true;
  static override styles = [...CommsElement.styles, optinFormStyles];
  static override adapterMethods = ['recordSmsConsent'] as const;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The name the values are submitted under: `<name>`, `<name>-type`, `<name>-consent`. */
  @property({ reflect: true }) name = '';
  /** A number must be entered. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Not editable and not submitted, like a disabled native control. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Shown but not editable (still submitted); a notice says so. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The number type chosen first, and again after a reset: `cell` (default), `home`, `work`, `other`. */
  @property({ attribute: 'number-type' }) numberType: PhoneType = 'cell';
  /** The record the number belongs to. Staff viewing someone else's record enter numbers as staff. */
  @property({ attribute: 'person-id' }) personId = '';
  /** Treat the person filling the form as staff entering a guardian's number, whoever the viewer is. */
  @property({ type: Boolean, attribute: 'staff-entry' }) staffEntry = false;
  /** Who the texts come from, as the question names it. Default: the district settings' sender name. */
  @property({ attribute: 'school-name' }) schoolName = '';
  /** The texting number, in E.164. Default: the district settings' texting number. */
  @property({ attribute: 'texting-number' }) textingNumber = '';
  /** The message-frequency disclosure. Default: the district settings', else "Message frequency varies." */
  @property({ attribute: 'message-frequency' }) messageFrequency = '';
  /** A link to the texting privacy policy (http or https). Default: the district settings'. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private phoneText = '';
  @state() private type: PhoneType = 'cell';
  @state() private answer: ConsentAnswer = null;
  @state() private showErrors = false;
  @state() private saveState: SaveState = 'idle';
  @state() private saveError: unknown;
  @state() private saved?: SmsConsent;
  @state() private disabledByForm = false;

  @query('#phone') private phoneInput?: HTMLInputElement;

  readonly #internals = this.attachInternals();
  /**
   * The last decision sent without a known outcome (it failed, or its answer was lost) and its
   * key. The server may have recorded it, so the same decision sent again reuses the key, even
   * after the person retyped the number or clicked the other answer and back.
   */
  #unsettled?: { decision: string; key: string };
  #typeChosen = false;

  constructor() {
    super();
    // A submit attempt of the surrounding form on an invalid value: show why, next to the field.
    this.addEventListener('invalid', () => {
      this.showErrors = true;
    });
  }

  /** The number in E.164 when it is valid; otherwise what was typed, trimmed. */
  get value(): string {
    const parsed = parsePhone(this.phoneText);
    return parsed.ok ? parsed.e164 : this.phoneText.trim();
  }
  set value(text: string) {
    this.phoneText = text.startsWith('+') ? formatPhone(text) : formatPhoneAsTyped(text);
  }

  /** The consent answer: `optIn`, `optOut`, or null while unanswered (or not asked). */
  get consent(): ConsentAnswer {
    return this.#asksConsent ? this.answer : this.#isCellEnteredByStaff ? 'optIn' : null;
  }

  /** The form the element belongs to, like a native control's `form`. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  /** The element's validity, like a native control's. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  /** Why the value is invalid, in the kit's language; empty when valid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  /** Like a native control's `checkValidity()`. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  /** Like a native control's `reportValidity()`: also shows the errors beside the fields. */
  reportValidity(): boolean {
    this.showErrors = true;
    return this.#internals.reportValidity();
  }

  /** Called by the browser when the element joins or leaves a form: re-renders for the new mode. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  /** Called by the browser when a surrounding `<fieldset disabled>` or the form turns the control off or on. */
  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  /** Called by the browser when the form is reset: back to an empty number and no answer. */
  formResetCallback(): void {
    this.phoneText = '';
    this.type = this.#defaultType;
    this.#typeChosen = false;
    this.answer = null;
    this.showErrors = false;
    this.saveState = 'idle';
  }

  /** Called by the browser when it restores the form (back button, autofill): takes the saved values back. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as Partial<RestoredState>;
      this.phoneText = typeof restored.phone === 'string' ? restored.phone : '';
      if (isPhoneType(restored.type)) {
        this.type = restored.type;
        this.#typeChosen = true;
      }
      this.answer = restored.answer === 'optIn' || restored.answer === 'optOut' ? restored.answer : null;
    } catch {
      // A state this element did not write: keep the defaults.
    }
  }

  get #defaultType(): PhoneType {
    return isPhoneType(this.numberType) ? this.numberType : 'cell';
  }

  get #staff(): boolean {
    const viewer = this.activeViewer;
    const isStaff = viewer?.role === 'staff' || viewer?.role === 'admin';
    return this.staffEntry || (isStaff && this.personId !== '' && this.personId !== viewer?.id);
  }

  get #isCellEnteredByStaff(): boolean {
    return this.type === 'cell' && this.#staff;
  }

  get #asksConsent(): boolean {
    return this.type === 'cell' && !this.#staff;
  }

  get #fieldsDisabled(): boolean {
    return this.disabled || this.disabledByForm || this.readonly || this.saveState === 'saving';
  }

  get #disclosure(): TextingDisclosure {
    const texting = this.activeSettings?.texting;
    return {
      sender: this.schoolName || texting?.senderName || this.activeSettings?.name || msg('your school'),
      number: this.textingNumber || texting?.number || '',
      frequency: this.messageFrequency || texting?.messageFrequency || '',
      privacyUrl: this.privacyUrl || texting?.privacyUrl || '',
    };
  }

  #phoneProblem(): string | null {
    const text = this.phoneText.trim();
    if (text === '') return this.required ? phoneProblemMessage('empty') : null;
    const parsed = parsePhone(text);
    return parsed.ok ? null : phoneProblemMessage(parsed.reason);
  }

  #consentProblem(): string | null {
    return this.#asksConsent && this.phoneText.trim() !== '' && this.answer === null
      ? msg('Choose whether you agree to receive text messages.')
      : null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('numberType') && !this.#typeChosen) this.type = this.#defaultType;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncFormValue();
  }

  // Keeps what the surrounding form submits, restores and validates in step with the fields.
  #syncFormValue(): void {
    const text = this.phoneText.trim();
    const state: RestoredState = { phone: this.phoneText, type: this.type, answer: this.answer };
    let data: FormData | null = null;
    if (this.name) {
      data = new FormData();
      if (text) data.append(this.name, this.value);
      data.append(`${this.name}-type`, this.type);
      if (text && this.consent) data.append(`${this.name}-consent`, this.consent);
    }
    this.#internals.setFormValue(data, JSON.stringify(state));
    const phoneProblem = this.#phoneProblem();
    const consentProblem = this.#consentProblem();
    if (phoneProblem) {
      this.#internals.setValidity(text === '' ? { valueMissing: true } : { badInput: true }, phoneProblem, this.phoneInput);
    } else if (consentProblem) {
      const anchor = this.renderRoot.querySelector<HTMLInputElement>('input[name="consent"]') ?? undefined;
      this.#internals.setValidity({ valueMissing: true }, consentProblem, anchor);
    } else {
      this.#internals.setValidity({});
    }
  }

  #onPhoneInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    // Format only while typing at the end: reformatting a deletion or a mid-text edit would
    // put back what was just deleted, or throw the caret to the end.
    const atEnd = input.selectionStart === input.value.length;
    const formatted = event.inputType?.startsWith('insert') && atEnd ? formatPhoneAsTyped(input.value) : input.value;
    if (formatted !== input.value) input.value = formatted;
    this.phoneText = formatted;
    this.#changed();
  };

  #onPhoneKeydown = (event: KeyboardEvent): void => {
    // Enter submits the surrounding form, as it does in a native text field.
    if (event.key === 'Enter' && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  };

  #onTypeChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isPhoneType(value)) this.type = value;
    this.#typeChosen = true;
    this.#changed();
  };

  #onAnswer = (answer: 'optIn' | 'optOut'): void => {
    this.answer = answer;
    this.#changed();
  };

  #changed(): void {
    if (this.saveState === 'saved') this.saveState = 'idle';
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saveState === 'saving' || this.readonly) return;
    this.showErrors = true;
    await this.updateComplete;
    if (!this.#internals.checkValidity()) {
      (this.#phoneProblem() ? this.phoneInput : this.renderRoot.querySelector<HTMLElement>('input[name="consent"]'))?.focus();
      return;
    }
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const decision: SmsConsentDecision = {
      phone: this.value,
      numberType: this.type,
      consent: this.consent,
      ...(this.personId ? { personId: this.personId } : {}),
    };
    const sent = JSON.stringify(decision);
    const attempt = this.#unsettled?.decision === sent ? this.#unsettled : { decision: sent, key: crypto.randomUUID() };
    this.#unsettled = attempt;
    this.saveState = 'saving';
    try {
      const consent = await adapter.recordSmsConsent(decision, { idempotencyKey: attempt.key });
      this.saved = consent;
      this.saveState = 'saved';
      // Saving the same again later is a new answer, recorded as such.
      if (this.#unsettled === attempt) this.#unsettled = undefined;
      fireEvent(this, 'optin-form-save', { decision, consent });
    } catch (error) {
      if (isAbortError(error)) {
        this.saveState = 'idle';
        return;
      }
      this.saveError = error;
      this.saveState = 'error';
    }
  };

  // Inside a page's own <form> the element is a form control and needs no adapter, so it skips
  // the base class's "not set up" view and shows its fields at once.
  protected override render(): unknown {
    if (this.#internals.form) return html`<div class="root" lang=${this.activeLocale}>${this.renderContent()}</div>`;
    return super.render();
  }

  protected renderContent(): unknown {
    const inForm = this.form !== null;
    const phoneError = this.showErrors ? this.#phoneProblem() : null;
    const consentError = this.showErrors ? this.#consentProblem() : null;
    const disabled = this.#fieldsDisabled;
    const fields = html`
      ${this.readonly ? renderReadOnlyNotice() : nothing}
      ${renderPhoneFields({
        phoneText: this.phoneText,
        type: this.type,
        phoneError,
        required: this.required,
        disabled,
        onInput: this.#onPhoneInput,
        onKeydown: this.#onPhoneKeydown,
        onBlur: () => (this.showErrors ||= this.phoneText.trim() !== ''),
        onTypeChange: this.#onTypeChange,
      })}
      ${this.#asksConsent
        ? renderConsentQuestion({ disclosure: this.#disclosure, answer: this.answer, disabled, error: consentError, onAnswer: this.#onAnswer })
        : this.#isCellEnteredByStaff
          ? renderStaffEntryNote()
          : nothing}
    `;
    if (inForm) return fields;
    return html`
      <form novalidate @submit=${this.#onSubmit}>
        ${fields}
        ${this.saveState === 'error' ? this.#renderSaveError() : nothing}
        ${this.readonly
          ? nothing
          : html`<div class="actions">
              <button class="button primary" part="save-button" ?disabled=${this.disabled || this.disabledByForm} aria-disabled=${this.saveState === 'saving' ? 'true' : 'false'}>
                ${this.saveState === 'saving' ? msg('Saving…') : msg('Save')}
              </button>
            </div>`}
        <div class="status" role="status">${this.#renderSaveStatus()}</div>
      </form>
    `;
  }

  #renderSaveStatus(): unknown {
    if (this.saveState === 'saving') return msg('Saving your answer…');
    return this.saveState === 'saved' && this.saved ? renderSaveResult(this.saved, this.#disclosure.sender) : nothing;
  }

  #renderSaveError(): unknown {
    return renderSaveError(this.saveError, () => this.renderRoot.querySelector('form')?.requestSubmit());
  }
}
