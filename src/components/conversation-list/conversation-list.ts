import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InboxChanges } from '../../api/adapter.js';
import { isAbortError } from '../../api/errors.js';
import { appendPage, mergeInboxChanges, type InboxArrival } from '../../domain/inbox.js';
import type { Conversation, ConversationSummary, Page, UnreadSummary } from '../../domain/types.js';
import { CommsElement, type AdapterWith, type SessionPart } from '../shared/comms-element.js';
import { fireEvent } from '../shared/events.js';
import { renderEmpty, renderError, renderLoading } from '../shared/state-views.js';
import { DataTask } from '../shared/data-task.js';
import { ArrivalAnnouncer, describeArrivals, type AnnouncerTiming } from './arrival-announcer.js';
import { conversationListStyles } from './conversation-list.styles.js';
import { renderConversationRow, renderViewToggle } from './conversation-row.js';
import { plusIcon } from './icons.js';
import { InboxSubscription } from './inbox-subscription.js';
import { START_FIELD_IDS, renderStartDialog } from './start-conversation-view.js';
import { StartConversation } from './start-conversation.js';
import { startDialogStyles } from './start-dialog.styles.js';
import { chipStyles } from '../shared/chip.styles.js';
import { markerStyles } from '../shared/marker.styles.js';

/** Which list `<conversation-list>` shows. */
export type ConversationListView = 'inbox' | 'archived';

/** Detail of `conversation-select`. */
export interface ConversationSelectDetail {
  /** The chosen conversation. Open it with `<conversation-thread conversation-id=…>`. */
  conversationId: string;
}

/** Detail of `conversation-start`. */
export interface ConversationStartDetail {
  /** The conversation just created, its first message sent. */
  conversation: Conversation;
}

declare global {
  interface HTMLElementTagNameMap {
    'conversation-list': ConversationList;
  }
  interface HTMLElementEventMap {
    'conversation-select': CustomEvent<ConversationSelectDetail>;
    'conversation-start': CustomEvent<ConversationStartDetail>;
  }
}

type ListAdapter = AdapterWith<'listConversations' | 'searchDirectory' | 'createConversation'>;
type ListArgs = readonly [adapter: ListAdapter, view: ConversationListView, search: string, pageSize: number];
interface FirstPage {
  page: Page<ConversationSummary>;
  unread: UnreadSummary | undefined;
}

/** Pause after the last keystroke in the search before the list is fetched again. */
const SEARCH_DELAY_MS = 300;

/**
 * The viewer's conversations, newest activity first: title, participants, the start of the
 * last message, time, unread count, muted and stopped markers. Toggles to the archived list,
 * searches by title or participant, fetches further pages by cursor, and takes in live changes
 * (new messages move a conversation to the top) through the adapter's inbox subscription,
 * announcing them politely in batches. Staff start new conversations from it.
 *
 * @tagname conversation-list
 *
 * @fires {CustomEvent<ConversationSelectDetail>} conversation-select - A conversation was chosen.
 * @fires {CustomEvent<ConversationStartDetail>} conversation-start - The viewer started a
 * conversation (it is then also selected, firing `conversation-select`).
 *
 * @slot empty-action - Replaces the "Start a conversation" button of the empty inbox.
 *
 * @csspart header - The heading, the start button and the list controls.
 * @csspart start-button - The "Start a conversation" button.
 * @csspart view-toggle - The Inbox / Archived switch.
 * @csspart search - The search field.
 * @csspart list - The list of conversations.
 * @csspart conversation - One conversation (also `unread`, `selected` when so).
 * @csspart conversation-title - A conversation's title.
 * @csspart unread-bubble - The count of unread messages, on a conversation and on the Inbox switch.
 * @csspart marker - A muted or stopped marker (also `muted-marker`, `stopped-marker`).
 * @csspart more-button - "Show more conversations".
 * @csspart live-notice - Says live updates stopped, with a way to resume them.
 * @csspart start-dialog - The "Start a conversation" dialog.
 * @csspart chip - A person added to the new conversation.
 * @csspart chip-remove - The button removing a person from the new conversation.
 * @csspart participant-limit - How many people the new conversation has, and its limit.
 * @csspart save-error - Why the new conversation could not be created.
 * @csspart create-button - The dialog's "Start conversation" button.
 *
 * @cssprop [--comms-conversation-list-max-block-size=none] - Height past which the list scrolls.
 * @cssprop [--comms-color-unread=var(--comms-color-accent)] - Background of unread bubbles.
 */
export class ConversationList extends CommsElement<'listConversations' | 'searchDirectory' | 'createConversation'> {
  static override styles = [...CommsElement.styles, conversationListStyles, markerStyles, chipStyles, startDialogStyles];
  static override adapterMethods = ['listConversations', 'searchDirectory', 'createConversation'] as const;
  static override requires: readonly SessionPart[] = ['viewer', 'settings'];
  /** Pace of the announcements of new messages. Tests shorten it. */
  static announcerTiming: AnnouncerTiming | undefined;

  /** Which list to show: `inbox` or `archived`. Reflects the viewer's choice. */
  @property({ reflect: true }) view: ConversationListView = 'inbox';

  /** Id of the conversation shown as selected (`aria-current`). Set on `conversation-select`. */
  @property() selected?: string;

  /** How many conversations each page fetches (1–200; others are brought into that range). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;

  /** Only conversations whose title or a participant's name contains this. Follows the search field. */
  @property() search = '';

  @state() private announcement = '';

  #items: ConversationSummary[] = [];
  #cursor: string | null = null;
  #unread: UnreadSummary | undefined;
  #knownUnread = new Map<string, number>();
  #pageShown: FirstPage | undefined;
  #more: { state: 'idle' | 'loading' | 'error'; error?: unknown; abort?: AbortController } = { state: 'idle' };
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #searchText = '';
  #focusAfterLoad: string | undefined;
  readonly #announcer = new ArrivalAnnouncer((arrivals) => void this.#speak(arrivals), ConversationList.announcerTiming);

  readonly #list = new DataTask<ListArgs, FirstPage>(this, {
    args: () => {
      const adapter = this.activeAdapter;
      const limit = Math.min(200, Math.max(1, Math.trunc(this.pageSize) || 30));
      return adapter ? [adapter, this.view, this.search.trim(), limit] : undefined;
    },
    load: async ([adapter, view, search, limit], signal) => {
      const [page, unread] = await Promise.all([
        adapter.listConversations({ archived: view === 'archived', search: search || undefined, limit, signal }),
        adapter.getUnreadSummary?.({ signal }).catch(() => undefined),
      ]);
      return { page, unread };
    },
  });

  readonly #start = new StartConversation(this, {
    adapter: () => this.activeAdapter,
    settings: () => this.activeSettings,
    started: (conversation) => this.#started(conversation),
  });

  readonly #live = new InboxSubscription(this, {
    adapter: () => this.activeAdapter,
    changes: (changes) => this.#takeChanges(changes),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#announcer.clear();
    this.#more.abort?.abort(new DOMException('The element left the page.', 'AbortError'));
    clearTimeout(this.#searchTimer);
  }

  /** Open the "Start a conversation" dialog (when the viewer may start one). */
  startConversation(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#start-dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#start-people')?.focus();
  }

  /** Fetch the list again from its first page. */
  refresh(): Promise<void> {
    return this.#list.retry();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A search set from outside shows in the field; typing sets the same text, so nothing jumps.
    if (changed.has('search')) this.#searchText = this.search;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterLoad) {
      const row = this.renderRoot.querySelector<HTMLElement>(`.row-button[data-id="${CSS.escape(this.#focusAfterLoad)}"]`);
      if (row) {
        this.#focusAfterLoad = undefined;
        row.focus();
      }
    }
  }

  protected renderContent(): unknown {
    this.#takeFirstPage();
    const viewer = this.activeViewer!;
    const canStart = viewer.permissions.includes('conversations.start');
    return html`<section class="conversations" aria-labelledby="heading">
      <div class="header" part="header">
        <div class="title-row">
          <h2 id="heading" class="heading">${msg('Conversations')}</h2>
          ${canStart
            ? html`<button type="button" class="button primary" part="start-button" @click=${() => this.startConversation()}>
                ${plusIcon}<span>${msg('Start a conversation')}</span>
              </button>`
            : nothing}
        </div>
        <div class="controls">
          ${this.#renderToggle()}
          <div class="search" part="search">
            <label class="label" for="search">${msg('Search by title or person')}</label>
            <input id="search" class="input" type="search" autocomplete="off" .value=${this.#searchText} @input=${this.#onSearchInput} />
          </div>
        </div>
      </div>
      ${this.#live.stopped
        ? html`<p class="notice live-notice" part="live-notice">
            <span>${msg("New messages aren't showing up on their own right now.")}</span>
            <button type="button" class="button" @click=${this.#resumeLive}>${msg('Refresh')}</button>
          </p>`
        : nothing}
      ${this.#list.render({
        loading: () => renderLoading(msg('Loading conversations…')),
        ready: () => this.#renderList(),
        error: (error, retry) => renderError(error, { onRetry: retry }),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${canStart
        ? renderStartDialog(this.#start, {
            close: () => this.renderRoot.querySelector<HTMLDialogElement>('#start-dialog')?.close(),
            submit: () => void this.#submitStart(),
          })
        : nothing}
    </section>`;
  }

  #renderToggle(): unknown {
    return renderViewToggle(this.view, this.#unread?.messages ?? 0, (view) => this.#setView(view));
  }


  #renderList(): unknown {
    if (this.#items.length === 0) return this.#renderEmpty();
    const viewer = this.activeViewer!;
    const locale = this.activeLocale;
    return html`<ul class="list" part="list" aria-label=${this.view === 'archived' ? msg('Archived conversations') : msg('Inbox', { desc: 'The list of conversations that are not archived.' })}
        @keydown=${this.#onListKeydown}>
        ${this.#items.map((conversation) =>
          renderConversationRow(conversation, {
            readerId: viewer.id,
            locale,
            selected: conversation.id === this.selected,
            onSelect: (c) => this.#select(c.id),
          }),
        )}
      </ul>
      ${this.#cursor !== null
        ? html`<div class="more">
            ${this.#more.state === 'error' ? renderError(this.#more.error, { onRetry: () => void this.#loadMore() }) : nothing}
            <button type="button" class="button" part="more-button" aria-disabled=${this.#more.state === 'loading' ? 'true' : 'false'}
              @click=${() => void this.#loadMore()}>
              ${this.#more.state === 'loading' ? msg('Loading more…') : msg('Show more conversations')}
            </button>
          </div>`
        : nothing}`;
  }

  #renderEmpty(): unknown {
    if (this.search.trim()) {
      const search = this.search.trim();
      return renderEmpty({ message: msg(str`No conversations match "${search}".`) });
    }
    if (this.view === 'archived') return renderEmpty({ message: msg('No archived conversations.') });
    const viewer = this.activeViewer!;
    if (viewer.role === 'student' && !this.activeSettings?.studentsInConversations) {
      return renderEmpty({ message: msg("Conversations aren't turned on for students in your district.") });
    }
    const canStart = viewer.permissions.includes('conversations.start');
    return renderEmpty({
      message: msg('No conversations yet.'),
      action: canStart
        ? html`<button type="button" class="button" @click=${() => this.startConversation()}>${msg('Start a conversation')}</button>`
        : undefined,
    });
  }

  /** Takes a newly fetched first page as the list, once. */
  #takeFirstPage(): void {
    const value = this.#list.state === 'ready' || this.#list.state === 'empty' ? this.#list.value : undefined;
    if (!value || value === this.#pageShown) return;
    this.#pageShown = value;
    this.#items = [...value.page.items];
    this.#cursor = value.page.nextCursor;
    if (value.unread) this.#unread = value.unread;
    for (const item of value.page.items) this.#knownUnread.set(item.id, item.unreadCount);
    this.#more.abort?.abort(new DOMException('The list was fetched again.', 'AbortError'));
    this.#more = { state: 'idle' };
    if (this.search.trim()) {
      const count = value.page.total ?? value.page.items.length;
      this.announcement = count === 1 ? msg('1 conversation found.') : msg(str`${count} conversations found.`);
    }
  }

  async #loadMore(): Promise<void> {
    const adapter = this.activeAdapter;
    const cursor = this.#cursor;
    if (!adapter || cursor === null || this.#more.state === 'loading') return;
    const abort = new AbortController();
    this.#more = { state: 'loading', abort };
    this.requestUpdate();
    try {
      const page = await adapter.listConversations({
        archived: this.view === 'archived',
        search: this.search.trim() || undefined,
        cursor,
        limit: Math.min(200, Math.max(1, Math.trunc(this.pageSize) || 30)),
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.#items = appendPage(this.#items, page.items);
      for (const item of page.items) this.#knownUnread.set(item.id, item.unreadCount);
      this.#cursor = page.nextCursor;
      this.#more = { state: 'idle' };
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.#more = { state: 'error', error };
    }
    this.requestUpdate();
  }

  #onSearchInput = (event: Event): void => {
    this.#searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.search = this.#searchText;
    }, SEARCH_DELAY_MS);
  };

  #setView(view: ConversationListView): void {
    this.view = view;
  }

  #select(conversationId: string): void {
    this.selected = conversationId;
    fireEvent(this, 'conversation-select', { conversationId });
  }

  /** Arrow keys, Home and End move between conversations; Tab leaves the list. */
  #onListKeydown = (event: KeyboardEvent): void => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('.row-button')];
    const at = rows.indexOf(event.composedPath()[0] as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key]!;
    rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  };

  async #submitStart(): Promise<void> {
    const refused = await this.#start.submit();
    if (refused.length) this.renderRoot.querySelector<HTMLElement>(`#${START_FIELD_IDS[refused[0]!]}`)?.focus();
  }

  #started(conversation: Conversation): void {
    this.renderRoot.querySelector<HTMLDialogElement>('#start-dialog')?.close();
    this.view = 'inbox';
    this.search = '';
    this.#searchText = '';
    this.#focusAfterLoad = conversation.id;
    fireEvent(this, 'conversation-start', { conversation });
    this.#select(conversation.id);
    void this.#list.retry();
  }

  #resumeLive = (): void => {
    this.#live.resume();
    void this.#list.retry();
  };

  #takeChanges({ conversations, unread }: InboxChanges): void {
    const viewer = this.activeViewer;
    if (!viewer) return;
    this.#unread = unread;
    const { items, arrivals } = mergeInboxChanges(
      this.#items,
      conversations,
      { archived: this.view === 'archived', search: this.search },
      { readerId: viewer.id, complete: this.#cursor === null, previousUnread: this.#knownUnread },
    );
    this.#items = items;
    for (const item of conversations) this.#knownUnread.set(item.id, item.unreadCount);
    this.#announcer.add(arrivals);
    this.requestUpdate();
  }

  async #speak(arrivals: InboxArrival[]): Promise<void> {
    // Empty the region first, so the same words twice in a row are still spoken.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = describeArrivals(arrivals);
  }
}
