import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation, Viewer } from '../../domain/types.js';
import { stoppedIcon } from '../shared/conversation-icons.js';
import { renderMarkers } from '../shared/conversation-markers.js';
import { channelName, languageName, roleName } from './thread-words.js';

/** One entry of the conversation's menu. */
export interface MenuAction {
  id: 'mute' | 'rename' | 'archive' | 'transcript' | 'stop';
  label: string;
  run(): void;
}

export interface HeaderContext {
  conversation: Conversation;
  viewer: Viewer;
  locale: string;
  participantsOpen: boolean;
  menuOpen: boolean;
  actions: readonly MenuAction[];
  toggleParticipants(): void;
  toggleMenu(open?: boolean): void;
  onMenuKeydown(event: KeyboardEvent): void;
  formatDate(iso: string): string;
}

const isStaffViewer = (viewer: Viewer) => viewer.role === 'staff' || viewer.role === 'admin';

/** Title, markers, the participants disclosure and the conversation's menu. */
export function renderHeader(ctx: HeaderContext): TemplateResult {
  const c = ctx.conversation;
  return html`
    <header class="header" part="header">
      <div class="title-line">
        <h2 id="thread-title" class="title" part="title" title=${c.title} tabindex="-1">${c.title}</h2>
        ${renderMarkers(c)}
      </div>
      <div class="header-actions">
        <button type="button" class="button" part="participants-button" aria-expanded=${ctx.participantsOpen ? 'true' : 'false'}
          aria-controls="participants" @click=${ctx.toggleParticipants}>
          ${msg(str`Participants (${c.participants.length})`)}
        </button>
        <div class="menu-wrap" @keydown=${ctx.onMenuKeydown}>
          <button type="button" class="button menu-button" part="menu-button" aria-haspopup="menu" aria-expanded=${ctx.menuOpen ? 'true' : 'false'}
            aria-controls="conversation-menu" @click=${() => ctx.toggleMenu()}>
            ${msg('Options')}
          </button>
          <div id="conversation-menu" class="menu" part="menu" role="menu" aria-label=${msg('Conversation options')} ?hidden=${!ctx.menuOpen}>
            ${ctx.actions.map(
              (action) => html`<button type="button" role="menuitem" tabindex="-1" class="menu-item ${action.id === 'stop' ? 'danger' : ''}"
                data-action=${action.id} @click=${() => {
                  ctx.toggleMenu(false);
                  action.run();
                }}>${action.label}</button>`,
            )}
          </div>
        </div>
      </div>
      <div id="participants" class="participants" part="participants" role="region" tabindex="0"
        aria-label=${msg('Participants')} ?hidden=${!ctx.participantsOpen}>
        <ul>
          ${c.participants.map(
            (p) => html`<li class="participant">
              <span class="participant-name">${p.displayName}${p.id === ctx.viewer.id ? html` <span class="you">${msg('(you)')}</span>` : nothing}</span>
              <span class="participant-details dotted">
                <span>${roleName(p.role)}</span>
                ${isStaffViewer(ctx.viewer) && p.channel ? html`<span>${msg(str`Notified by: ${channelName(p.channel)}`)}</span>` : nothing}
                ${isStaffViewer(ctx.viewer) && p.language ? html`<span>${msg(str`Language: ${languageName(p.language, ctx.locale)}`)}</span>` : nothing}
              </span>
            </li>`,
          )}
        </ul>
      </div>
    </header>
    ${c.stopped
      ? html`<p class="banner stopped" part="stopped-banner" role="note">
          ${stoppedIcon}
          <span>${c.stoppedBy && c.stoppedAt
            ? msg(str`${c.stoppedBy.displayName} stopped this conversation on ${ctx.formatDate(c.stoppedAt)}. You can still read it, but nobody can reply.`)
            : msg('This conversation was stopped. You can still read it, but nobody can reply.')}</span>
        </p>`
      : nothing}
  `;
}

/** The entries of the menu for the conversation as it is now. */
export function menuActions(
  c: Conversation,
  canRename: boolean,
  run: { mute(): void; rename(): void; archive(): void; transcript(): void; stop(): void },
): MenuAction[] {
  const actions: MenuAction[] = [
    { id: 'mute', label: c.muted ? msg('Unmute') : msg('Mute'), run: run.mute },
  ];
  if (canRename && !c.stopped) actions.push({ id: 'rename', label: msg('Rename…'), run: run.rename });
  actions.push(
    { id: 'archive', label: c.archived ? msg('Unarchive') : msg('Archive'), run: run.archive },
    { id: 'transcript', label: msg('Download transcript'), run: run.transcript },
  );
  if (c.canStop && !c.stopped) actions.push({ id: 'stop', label: msg('Stop conversation…'), run: run.stop });
  return actions;
}
