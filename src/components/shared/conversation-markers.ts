import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { archivedIcon, mutedIcon, stoppedIcon } from './conversation-icons.js';

/** What a conversation's markers say about it (a summary in the list, the whole one in the thread). */
export interface MarkedConversation {
  stopped: boolean;
  muted: boolean;
  archived?: boolean;
}

/**
 * A conversation's markers, alike in the conversation list and the thread's header (styles:
 * ./marker.styles.js): words with an icon, each a `marker` part with its own name beside it.
 */
export function renderMarkers(conversation: MarkedConversation): unknown {
  const { stopped, muted, archived } = conversation;
  if (!stopped && !muted && !archived) return nothing;
  return html`<span class="markers">
    ${stopped
      ? html`<span class="marker marker-stopped" part="marker stopped-marker">${stoppedIcon}<span>${msg('Stopped', { desc: 'Marker of a conversation nobody can reply to any more.' })}</span></span>`
      : nothing}
    ${muted
      ? html`<span class="marker marker-muted" part="marker muted-marker">${mutedIcon}<span>${msg('Muted', { desc: 'Marker of a conversation the reader muted.' })}</span></span>`
      : nothing}
    ${archived
      ? html`<span class="marker marker-archived" part="marker archived-marker">${archivedIcon}<span>${msg('Archived', { id: 'marker-archived', desc: 'Marker of a conversation that is archived.' })}</span></span>`
      : nothing}
  </span>`;
}
