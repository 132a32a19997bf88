import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConversationSummary, PersonSummary } from '../../domain/types.js';
import { renderMarkers } from '../shared/conversation-markers.js';
import { formatFullTime, formatShortTime } from './time.js';

/** How many participants a row names before it says "and N more". */
const NAMED_PARTICIPANTS = 3;

export interface RowContext {
  readerId: string;
  locale: string;
  selected: boolean;
  onSelect: (conversation: ConversationSummary) => void;
}

/**
 * The other participants, as a short line: "Ana Moore, Dennis Moore, Grace Kim and 4 more".
 * Each name is its own `<bdi>`, so one name's direction marks cannot reorder the others.
 */
export function participantsLine(participants: readonly PersonSummary[], readerId: string, locale: string): unknown {
  const others = participants.filter((person) => person.id !== readerId).map((person) => person.displayName);
  if (others.length === 0) return msg('Only you', { desc: 'Participants of a conversation nobody else is in.' });
  const parts = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).formatToParts(others.slice(0, NAMED_PARTICIPANTS));
  const shown = parts.map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value));
  const more = others.length - NAMED_PARTICIPANTS;
  return more > 0 ? msg(html`${shown} and ${more} more`, { desc: 'Participants line: the first names, then how many others.' }) : shown;
}

function preview(conversation: ConversationSummary, readerId: string): unknown {
  const last = conversation.lastMessage;
  if (!last) return msg('No messages yet');
  const body = html`<bdi>${last.body}</bdi>`;
  if (last.author.id === readerId) return msg(html`You: ${body}`, { desc: 'Preview of the last message, written by the reader.' });
  const name = html`<bdi>${last.author.displayName}</bdi>`;
  return msg(html`${name}: ${body}`, { desc: 'Preview of the last message: its author, then its start.' });
}

/** The count of unread messages: a number to see, words to hear. */
export function unreadBubble(count: number): unknown {
  if (count <= 0) return nothing;
  const shown = count > 99 ? '99+' : String(count);
  return html`<span class="bubble" part="unread-bubble">
    <span aria-hidden="true">${shown}</span>
    <span class="visually-hidden">${count === 1 ? msg('1 unread message') : msg(str`${count} unread messages`)}</span>
  </span>`;
}


/**
 * One conversation of the list: a button holding its title, participants, the start of the
 * last message, the time, unread count and muted / stopped markers. Every text from data sits
 * in its own `<bdi>`, so a name in another script or a stray direction mark cannot reorder the
 * words around it; long texts are clipped on screen but read in full by screen readers.
 */
export function renderConversationRow(conversation: ConversationSummary, context: RowContext): TemplateResult {
  const { readerId, locale, selected, onSelect } = context;
  const unread = conversation.unreadCount > 0;
  return html`<li class="row ${unread ? 'unread' : ''}" part="conversation${unread ? ' unread' : ''}${selected ? ' selected' : ''}">
    <button
      type="button"
      class="row-button"
      data-id=${conversation.id}
      aria-current=${selected ? 'true' : nothing}
      @click=${() => onSelect(conversation)}
    >
      <span class="row-line">
        <bdi class="row-title clip" part="conversation-title" title=${conversation.title}>${conversation.title}</bdi>
        <time class="row-time" datetime=${conversation.lastActivityAt} title=${formatFullTime(conversation.lastActivityAt, locale)}
          >${formatShortTime(conversation.lastActivityAt, locale)}</time
        >
      </span>
      <span class="row-people clip">${participantsLine(conversation.participants, readerId, locale)}</span>
      <span class="row-line">
        <span class="row-preview clip">${preview(conversation, readerId)}</span>
        ${unreadBubble(conversation.unreadCount)}
      </span>
      ${renderMarkers(conversation)}
    </button>
  </li>`;
}

/** The Inbox / Archived switch; the Inbox button carries the unread count. */
export function renderViewToggle(
  current: 'inbox' | 'archived',
  unread: number,
  onChange: (view: 'inbox' | 'archived') => void,
): TemplateResult {
  const option = (view: 'inbox' | 'archived', label: string, extra: unknown = nothing) =>
    html`<button type="button" class="toggle-option" aria-pressed=${current === view ? 'true' : 'false'} @click=${() => onChange(view)}>
      <span>${label}</span>${extra}
    </button>`;
  return html`<div class="toggle" role="group" aria-label=${msg('Which conversations')} part="view-toggle">
    ${option('inbox', msg('Inbox', { desc: 'The list of conversations that are not archived.' }), unreadBubble(unread))}
    ${option('archived', msg('Archived', { desc: 'The list of archived conversations.' }))}
  </div>`;
}
