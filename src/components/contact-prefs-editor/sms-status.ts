import { html, nothing, type TemplateResult } from 'lit';
import type { SmsConsentStatus, SmsConsentSummary } from '../../domain/types.js';

/*
 * A phone's texting consent in the editor is the kit's <optin-badge>: icon shape and words
 * (never color alone), with when, how and by whom on focus. The editor's define module
 * registers the badge too.
 */

/** The status of a phone's consent; a phone without a consent record has not been asked. */
export function smsStatusOf(consent: Pick<SmsConsentSummary, 'status'> | null | undefined): SmsConsentStatus {
  return consent?.status ?? 'notAsked';
}

/** The badge of a saved phone: its consent record when there is one, else "not asked". */
export function renderSmsStatus(consent: SmsConsentSummary | null | undefined): TemplateResult {
  return html`<optin-badge part="sms-status" exportparts="badge: sms-status-badge" .consent=${consent ?? undefined} status=${consent ? nothing : 'notAsked'}></optin-badge>`;
}
