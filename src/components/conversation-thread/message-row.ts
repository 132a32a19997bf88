import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { safeLinkUrl, type TimelineRow } from '../../domain/conversation-timeline.js';
import type { Attachment, Message, Participant, PersonSummary } from '../../domain/types.js';
import { describeError } from '../shared/error-messages.js';
import { errorIcon } from '../shared/icons.js';
import type { OutboxEntry } from './drafts.js';
import { checkIcon, clockIcon, paperclipIcon } from './thread-icons.js';
import { deliveryWords, fallbackWords, fileSize, languageName, nameList, roleName, viaWords } from './thread-words.js';

/** A message in the timeline: one the backend has, or one of the viewer's still being sent. */
export interface ThreadItem {
  key: string;
  authorId: string;
  sentAt: string;
  message?: Message;
  outbox?: OutboxEntry;
}

/** What a row needs from the thread around it. */
export interface RowContext {
  viewer: PersonSummary;
  participants: readonly Participant[];
  locale: string;
  /** Keys of messages shown in their original language. */
  showingOriginal: ReadonlySet<string>;
  /** Why the last attempt of an outbox entry failed. */
  sendErrors: ReadonlyMap<string, unknown>;
  toggleOriginal(key: string): void;
  retry(entry: OutboxEntry): void;
  formatTime(iso: string): string;
  formatDay(iso: string): string;
}

export function renderRow(row: TimelineRow<ThreadItem>, ctx: RowContext): TemplateResult {
  switch (row.kind) {
    case 'day':
      return html`<div class="row separator day" role="separator" aria-label=${ctx.formatDay(row.at)}>
        <span aria-hidden="true">${ctx.formatDay(row.at)}</span>
      </div>`;
    case 'unread':
      return html`<div class="row separator unread" part="unread-separator" role="separator" aria-label=${unreadWords(row.count)}>
        <span aria-hidden="true">${unreadWords(row.count)}</span>
      </div>`;
    case 'message':
      return renderMessage(row.message, row.startsGroup, ctx);
  }
}

function unreadWords(count: number): string {
  return count === 1 ? msg('1 unread message') : msg(str`${count} unread messages`);
}

function renderMessage(item: ThreadItem, startsGroup: boolean, ctx: RowContext): TemplateResult {
  const own = item.authorId === ctx.viewer.id;
  const author = item.message?.author ?? ctx.viewer;
  const message = item.message;
  const body = item.outbox?.body ?? message?.body ?? '';
  const translation = message?.translation ?? null;
  const original = ctx.showingOriginal.has(item.key);
  const shown = translation && !original ? translation.body : body;
  const via = message ? viaWords(message.via) : undefined;
  const attachments = item.outbox?.attachments ?? message?.attachments ?? [];
  return html`
    <article class="row message ${own ? 'own' : 'other'} ${startsGroup ? 'group-start' : ''}" data-key=${item.key}
      aria-label=${msg(str`${author.displayName}, ${ctx.formatTime(item.sentAt)}`)}>
      ${startsGroup
        ? html`<p class="author" part="message-author"><span class="name">${author.displayName}</span>
            <span class="role">${roleName(author.role)}</span></p>`
        : nothing}
      <div class="bubble" part="message ${own ? 'own-message' : ''}">
        ${shown ? html`<p class="body" lang=${translation && !original ? translation.language : (message?.language ?? nothing)}>${shown}</p>` : nothing}
        ${translation
          ? html`<p class="translation-note">
              <span>${msg(str`Translated from ${languageName(message!.language, ctx.locale)}`)}</span>
              <button type="button" class="link-button" aria-pressed=${original ? 'true' : 'false'} @click=${() => ctx.toggleOriginal(item.key)}>
                ${msg('Show original')}
              </button>
            </p>`
          : nothing}
        ${attachments.length ? renderAttachments(attachments, ctx.locale) : nothing}
      </div>
      <p class="meta dotted">
        <time datetime=${item.sentAt}>${ctx.formatTime(item.sentAt)}</time>
        ${via ? html`<span class="via">${via}</span>` : nothing}
        ${own ? renderOwnState(item, ctx) : nothing}
      </p>
      ${message ? renderSeenBy(message, own, ctx) : nothing}
    </article>
  `;
}

function renderAttachments(attachments: readonly Attachment[], locale: string): TemplateResult {
  return html`<ul class="attachments" aria-label=${msg('Attachments')}>
    ${attachments.map((a) => {
      const url = safeLinkUrl(a.url);
      const details = html`<span>${fileSize(a.size, locale)}</span><span>${a.contentType}</span>`;
      return html`<li class="attachment" part="attachment">
        ${paperclipIcon}
        <span class="attachment-text">
          ${url
            ? html`<a class="attachment-name" href=${url} target="_blank" rel="noopener noreferrer" download=${a.name}>${a.name}</a>`
            : html`<span class="attachment-name">${a.name}</span>`}
          <span class="attachment-details dotted">${details}</span>
        </span>
      </li>`;
    })}
  </ul>`;
}

function renderOwnState(item: ThreadItem, ctx: RowContext): TemplateResult {
  const entry = item.outbox;
  if (!entry) return html`<span class="send-state sent">${checkIcon}<span>${msg('Sent')}</span></span>`;
  if (entry.state === 'sending') {
    return html`<span class="send-state sending">${clockIcon}<span>${msg('Sending…')}</span></span>`;
  }
  const error = ctx.sendErrors.get(entry.localId);
  return html`<span class="send-state failed" role="group" aria-label=${msg('Not sent')}>
    ${errorIcon}<span>${msg('Not sent.')} ${error === undefined ? msg('It was interrupted before the server confirmed it.') : describeError(error).title}</span>
    <button type="button" class="button small" @click=${() => ctx.retry(entry)}>${msg('Retry')}</button>
  </span>`;
}

function renderSeenBy(message: Message, own: boolean, ctx: RowContext): TemplateResult | typeof nothing {
  const others = ctx.participants.filter((p) => p.id !== message.author.id);
  if (others.length === 0) return nothing;
  const seenIds = new Set(message.seenBy.map((s) => s.person.id));
  const notYet = others.filter((p) => !seenIds.has(p.id));
  const summary =
    notYet.length === 0
      ? msg('Seen by everyone')
      : message.seenBy.length === 0
        ? msg('Not seen yet')
        : msg(str`Seen by ${message.seenBy.length} of ${others.length}`);
  const nameOf = (id: string) => ctx.participants.find((p) => p.id === id)?.displayName ?? id;
  return html`<details class="seen-by" part="seen-by">
    <summary>${summary}</summary>
    ${message.seenBy.length
      ? html`<ul class="seen-list">
          ${message.seenBy.map((s) => html`<li class="dotted"><span>${s.person.displayName}</span><time datetime=${s.at}>${ctx.formatTime(s.at)}</time></li>`)}
        </ul>`
      : nothing}
    ${notYet.length ? html`<p class="not-yet">${msg(str`Not yet: ${nameList(notYet.map((p) => p.displayName), ctx.locale)}`)}</p>` : nothing}
    ${own && message.deliveries.length
      ? html`<ul class="deliveries" aria-label=${msg('How it reached each person')}>
          ${message.deliveries.map(
            (d) => html`<li class="dotted"><span>${msg(str`${nameOf(d.personId)}: ${deliveryWords(d.state, d.channel)}`)}</span>${d.fallbackFrom
                ? html`<span>${fallbackWords(d.fallbackFrom)}</span>`
                : nothing}</li>`,
          )}
        </ul>`
      : nothing}
  </details>`;
}
