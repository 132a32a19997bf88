import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatPhone } from '../../domain/contact-values.js';
import type { SmsConsentDecision } from '../../domain/types.js';
import { infoIcon } from '../shared/icons.js';

/** What the consent question names: who texts, from which number, how often, privacy. */
export interface TextingDisclosure {
  /** The school or district name texts come from. */
  sender: string;
  /** The texting number, E.164. */
  number: string;
  /** The message-frequency disclosure, e.g. "Message frequency varies." Empty: a default sentence. */
  frequency: string;
  /** The privacy policy; shown as a link only when it is http(s). */
  privacyUrl: string;
}

export type ConsentAnswer = SmsConsentDecision['consent'];

export const successIcon = svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" fill-rule="evenodd" d="M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18Zm3.7 5.3-4.6 4.9-2.3-2.3-1.5 1.5 3.9 3.8 6-6.4Z"/></svg>`;

function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface ConsentQuestionOptions {
  disclosure: TextingDisclosure;
  answer: ConsentAnswer;
  disabled: boolean;
  /** The error to show under the choices, if any (the answer is missing). */
  error: string | null;
  onAnswer: (answer: 'optIn' | 'optOut') => void;
}

/**
 * The consent question for a cell number, with what carriers require it to say: who texts and
 * from which number, how often, that rates may apply, how to stop (STOP) and get help (HELP).
 * Neither answer is preselected.
 */
export function renderConsentQuestion({ disclosure, answer, disabled, error, onAnswer }: ConsentQuestionOptions): TemplateResult {
  const number = formatPhone(disclosure.number);
  const { sender, frequency, privacyUrl } = disclosure;
  return html`
    <fieldset
      part="consent"
      aria-describedby="disclosures ${error ? 'consent-error' : ''}"
      aria-invalid=${error ? 'true' : 'false'}
    >
      <legend>${msg(str`May ${sender} send text messages to this cell phone?`)}</legend>
      <ul class="disclosures" id="disclosures" part="disclosures">
        <li>${number ? msg(str`Texts come from ${sender} at ${number}.`) : msg(str`Texts come from ${sender}.`)}</li>
        <li>${frequency || msg('Message frequency varies.')}</li>
        <li>${msg('Message and data rates may apply.')}</li>
        <li>${msg('Reply STOP at any time to stop receiving texts, or HELP for help.')}</li>
        ${privacyUrl
          ? html`<li>
              ${isWebUrl(privacyUrl)
                ? html`<a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${msg('Privacy policy')}</a>`
                : msg(str`Privacy policy: ${privacyUrl}`)}
            </li>`
          : nothing}
      </ul>
      <div class="choices">
        <label class="choice">
          <input
            type="radio"
            name="consent"
            value="optIn"
            required
            .checked=${answer === 'optIn'}
            ?disabled=${disabled}
            @change=${() => onAnswer('optIn')}
          />
          ${msg('Yes, send me text messages')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="consent"
            value="optOut"
            required
            .checked=${answer === 'optOut'}
            ?disabled=${disabled}
            @change=${() => onAnswer('optOut')}
          />
          ${msg('No, do not send me text messages')}
        </label>
      </div>
      ${error ? html`<p class="field-error" id="consent-error">${error}</p>` : nothing}
    </fieldset>
  `;
}

/** For staff typing a guardian's cell number: it counts as opted in, and they cannot opt it out. */
export function renderStaffEntryNote(): TemplateResult {
  return html`<p class="note" part="staff-note">
    ${infoIcon}
    <span>${msg(
      "A cell number you enter on a record counts as opted in to texts. Only the number's holder can opt out, by replying STOP or through the school's form.",
    )}</span>
  </p>`;
}
