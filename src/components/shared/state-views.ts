import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError, isRefusal } from './error-messages.js';
import { errorIcon, infoIcon, lockIcon } from './icons.js';

/*
 * The views every element shows while it has no content of its own to show: loading, empty,
 * error, not configured, and the read-only notice. Each is a template function; an element's
 * styles must include `stateViewStyles` (CommsElement's do).
 *
 * Every view carries `part="state <name>"` so a page can restyle them all (`::part(state)`) or
 * one (`::part(error)`). None of them removes or resets anything around it: an element that
 * shows an error next to a form keeps the form and what the person typed.
 */

/**
 * Loading. A polite live region, so screen readers hear it without losing their place; the
 * spinner stops moving when the person prefers reduced motion, and the words say it anyway.
 */
export function renderLoading(label: string = msg('Loading…', { desc: 'Shown while data is on its way.' })): TemplateResult {
  return html`
    <div class="state state-loading" part="state loading" role="status">
      <span class="spinner" aria-hidden="true"></span>
      <span class="state-text">${label}</span>
    </div>
  `;
}

export interface EmptyViewOptions {
  /** What is empty, in the element's words. Default: "Nothing to show yet." */
  message?: string;
  /** A next step, e.g. a "Start a conversation" button. A page may replace it through the `empty-action` slot. */
  action?: unknown;
}

/** Empty: nothing to show, with an optional next step. */
export function renderEmpty({ message, action }: EmptyViewOptions = {}): TemplateResult {
  return html`
    <div class="state state-empty" part="state empty">
      <p class="state-text">${message ?? msg('Nothing to show yet.')}</p>
      <div class="state-actions"><slot name="empty-action">${action ?? nothing}</slot></div>
    </div>
  `;
}

export interface ErrorViewOptions {
  /** Called by the "Try again" button; without it there is no button. */
  onRetry?: () => void;
}

/**
 * Error: plain words chosen by the error's kind (see `describeError`), announced as an alert,
 * and a "Try again" button, except after a refusal (403): asking again cannot change the
 * answer, and the words already say whom to ask.
 */
export function renderError(error: unknown, { onRetry: retry }: ErrorViewOptions = {}): TemplateResult {
  const { title, detail } = describeError(error);
  const onRetry = isRefusal(error) ? undefined : retry;
  return html`
    <div class="state state-error" part="state error" role="alert">
      ${errorIcon}
      <div class="state-body">
        <p class="state-title">${title}</p>
        <p class="state-text">${detail}</p>
        ${onRetry
          ? html`<div class="state-actions">
              <button type="button" class="button" part="retry-button" @click=${onRetry}>${msg('Try again', {
                  desc: 'Button that repeats a request that failed.',
                })}</button>
            </div>`
          : nothing}
      </div>
    </div>
  `;
}

/**
 * Not configured: the element has no data source. Shown instead of a blank box; the words are
 * for the person using the page, and the element warns the developer in the console.
 */
export function renderNotConfigured(): TemplateResult {
  return html`
    <div class="state state-not-configured" part="state not-configured">
      ${infoIcon}
      <div class="state-body">
        <p class="state-title">${msg("This section isn't set up yet", {
          desc: 'Title shown in place of a part of the page that has no connection to the school system.',
        })}</p>
        <p class="state-text">
          ${msg("It isn't connected to the school's system, so there is nothing to show. Please let the school know.")}
        </p>
      </div>
    </div>
  `;
}

/** Read-only: the person can look but not change. Shown above the content it is about. */
export function renderReadOnlyNotice(message: string = msg("You can view this, but you can't make changes.")): TemplateResult {
  return html`
    <p class="notice notice-read-only" part="read-only-notice">
      ${lockIcon}
      <span>${message}</span>
    </p>
  `;
}
