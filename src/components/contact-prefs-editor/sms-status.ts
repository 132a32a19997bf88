import { msg } from '@lit/localize';
import { css, html, svg, type TemplateResult } from 'lit';
import type { SmsConsentStatus, SmsConsentSummary } from '../../domain/types.js';

/*
 * The SMS consent status of a phone, shown as an icon shape plus words (never by color
 * alone). Every place in the editor that shows a number's texting status goes through
 * `renderSmsStatus`, so the whole editor can switch to `<optin-badge status=… compact>` by
 * changing this one module.
 */

const shape = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="sms-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${paths}</svg>`;

// Opted in: a check in a circle. Opted out: a barred circle. Not asked: a question mark.
const SHAPES: Record<SmsConsentStatus, ReturnType<typeof shape>> = {
  optedIn: shape(svg`<path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.2 4.2L7 9.4 4.8 7.2 3.7 8.3 7 11.6l5.3-5.3-1.1-1.1Z"/>`),
  optedOut: shape(svg`<path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-4.1 4A5.3 5.3 0 0 0 11 12.1L3.9 5ZM8 2.7c-1.1 0-2.2.4-3 1l7.3 7.3A5.3 5.3 0 0 0 8 2.7Z"/>`),
  notAsked: shape(svg`<path fill="currentColor" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6Zm-.8 7.9h1.6V12H7.2v-1.5ZM8 4a2.3 2.3 0 0 1 1 4.4c-.2.1-.2.2-.2.4v.6H7.2v-.6c0-.8.4-1.4 1.1-1.8a.8.8 0 1 0-1.1-.7H5.6A2.3 2.3 0 0 1 8 4Z"/>`),
};

/** The words for a consent status, as a badge says them. */
export function smsStatusWords(status: SmsConsentStatus): string {
  switch (status) {
    case 'optedIn':
      return msg('Texts: opted in');
    case 'optedOut':
      return msg('Texts: opted out');
    case 'notAsked':
      return msg('Texts: not asked');
  }
}

/** The status of a phone's consent; a phone without a consent record has not been asked. */
export function smsStatusOf(consent: Pick<SmsConsentSummary, 'status'> | null | undefined): SmsConsentStatus {
  return consent?.status ?? 'notAsked';
}

/** A compact badge: icon shape and words, its whole meaning in its text. */
export function renderSmsStatus(consent: Pick<SmsConsentSummary, 'status'> | null | undefined): TemplateResult {
  const status = smsStatusOf(consent);
  return html`<span class="sms-status" part="sms-status" data-status=${status}>${SHAPES[status]}<span>${smsStatusWords(status)}</span></span>`;
}

/** Styles of the badge; include them in the element's styles. */
export const smsStatusStyles = css`
  .sms-status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-inline: var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .sms-status[data-status='optedIn'] {
    color: var(--_success);
  }
  .sms-status[data-status='optedOut'] {
    color: var(--_danger);
  }
  .sms-status[data-status='notAsked'] {
    color: var(--_text-muted);
  }
  .sms-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
`;
