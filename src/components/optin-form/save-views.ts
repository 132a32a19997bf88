import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { isCommsError, ValidationError } from '../../api/errors.js';
import { formatPhone } from '../../domain/contact-values.js';
import type { SmsConsent } from '../../domain/types.js';
import { errorIcon } from '../shared/icons.js';
import { renderError } from '../shared/state-views.js';
import { successIcon } from './consent-question.js';

/** What was saved, in words: whether the number will get texts, and from whom. */
export function renderSaveResult(saved: SmsConsent, sender: string): TemplateResult {
  const number = formatPhone(saved.phone);
  const words =
    saved.status === 'optedIn'
      ? msg(str`Saved. ${number} will get text messages from ${sender}.`)
      : saved.status === 'optedOut'
        ? msg(str`Saved. ${number} will not get text messages from ${sender}.`)
        : msg(str`Saved. ${number} is on file.`);
  return html`<p class="result" part="result">${successIcon}<span>${words}</span></p>`;
}

function errorBox(title: string, detail?: string): TemplateResult {
  return html`<div class="state state-error" part="state error" role="alert">
    ${errorIcon}
    <div class="state-body">
      <p class="state-title">${title}</p>
      ${detail ? html`<p class="state-text">${detail}</p>` : ''}
    </div>
  </div>`;
}

/**
 * Why a save failed, shown beside the form (which keeps every value). Staff refused an
 * opt-out and a number the backend refused get their own words; anything else the shared
 * error view, whose "Try again" sends the same values again.
 */
export function renderSaveError(error: unknown, onRetry: () => void): TemplateResult {
  if (isCommsError(error) && error.code === 'staffCannotOptOut') {
    return errorBox(
      msg("Staff can't opt a number out"),
      msg("Only the number's holder can opt out of texts, by replying STOP or through the school's form."),
    );
  }
  if (error instanceof ValidationError && error.forField('phone').length > 0) {
    return errorBox(msg('The school could not accept this number. Check it, then save again.'));
  }
  return renderError(error, { onRetry });
}
