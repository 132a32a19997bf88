import { msg, str } from '@lit/localize';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Unsubscribe } from '../../api/adapter.js';
import { isAbortError } from '../../api/errors.js';
import { buildTimeline, extendTimeline, mergeMessages, type TimelineRow } from '../../domain/conversation-timeline.js';
import type { Conversation, ConversationEvent, Message } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { describeError } from '../shared/error-messages.js';
import { fireEvent } from '../shared/events.js';
import { renderEmpty, renderError, renderLoading } from '../shared/state-views.js';
import { ArrivalAnnouncer } from './arrival-announcer.js';
import { renderComposer, type SendKey } from './composer.js';
import { conversationThreadStyles } from './conversation-thread.styles.js';
import { renderRow, type RowContext, type ThreadItem } from './message-row.js';
import { renderThreadDialogs, type ThreadDialog } from './thread-dialogs.js';
import { menuActions, renderHeader } from './thread-header.js';
import { arrivalWords, threadDateFormats } from './thread-words.js';
import { ThreadActions } from './thread-actions.js';
import { arrowDownIcon } from './thread-icons.js';
import { onMenuKeydown, type MenuKeysTarget } from './thread-menu-keys.js';
import { ThreadComposer } from './thread-composer.js';

/** Detail of `message-send`. */
export interface MessageSendDetail {
  conversationId: string;
  /** The message as the backend stored it. */
  message: Message;
}

/** Detail of `conversation-stop`. */
export interface ConversationStopDetail {
  conversationId: string;
  /** The conversation, now stopped. */
  conversation: Conversation;
}

/** Detail of `conversation-archive`. */
export interface ConversationArchiveDetail {
  conversationId: string;
  /** True when it was archived, false when it was brought back to the inbox. */
  archived: boolean;
}

const PAGE_SIZE = 50;
const NEAR_BOTTOM_PX = 48;

type LoadState = 'idle' | 'loading' | 'error' | 'ready';

/**
 * One reply-all conversation: its messages (translated into the viewer's language, with the
 * original a click away), attachments, who has seen each message, and a composer. Messages
 * arrive live through the adapter's subscription and are announced politely; history loads
 * by cursor as the viewer scrolls up, and the list is virtualized, so long threads stay fast.
 * Drafts and unsent messages are kept per viewer and conversation across reloads and failures.
 *
 * @tagname conversation-thread
 *
 * @fires message-send - `CustomEvent<MessageSendDetail>`: the backend accepted a message the viewer sent.
 * @fires conversation-stop - `CustomEvent<ConversationStopDetail>`: the viewer stopped the conversation.
 * @fires conversation-archive - `CustomEvent<ConversationArchiveDetail>`: the viewer archived or unarchived it.
 *
 * @slot empty-action - Shown under "No conversation selected" when no `conversation-id` is set.
 *
 * @csspart header - The title, markers, participants button and menu.
 * @csspart title - The conversation's title.
 * @csspart marker - The Stopped, Muted and Archived markers (also `stopped-marker`, `muted-marker`, `archived-marker`).
 * @csspart participants-button - The button that shows the participants.
 * @csspart participants - The participants panel.
 * @csspart menu-button - The button that opens the conversation's menu.
 * @csspart menu - The conversation's menu.
 * @csspart stopped-banner - The banner of a stopped conversation.
 * @csspart timeline - The scrolling list of messages.
 * @csspart message - Each message bubble (`own-message` too for the viewer's own).
 * @csspart own-message - The viewer's own message bubbles.
 * @csspart message-author - The author line above a run of messages.
 * @csspart attachment - Each attachment of a message.
 * @csspart seen-by - The "Seen by" disclosure of a message.
 * @csspart unread-separator - The line above the first unread message.
 * @csspart jump-button - "Jump to latest", shown when scrolled up.
 * @csspart composer - The form to write a message.
 * @csspart composer-input - The message text area.
 * @csspart composer-attachment - A file attached to the draft.
 * @csspart attach-button - "Attach a file".
 * @csspart send-button - "Send".
 * @csspart unsent-draft - What the viewer had written when the conversation was stopped.
 *
 * @cssprop [--conversation-thread-block-size=min(40rem, 90vh)] - Height of the element.
 */
export class ConversationThread extends CommsElement<
  'getConversation' | 'listMessages' | 'sendMessage' | 'subscribeToConversation'
> {
  static override styles = [...CommsElement.styles, ...conversationThreadStyles];
  static override adapterMethods = ['getConversation', 'listMessages', 'sendMessage', 'subscribeToConversation'] as const;
  static override requires = ['viewer', 'settings'] as const;

  /** The conversation to show. Without it the element says none is selected. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;

  /** Which key sends: `enter` (Shift+Enter adds a line; the default) or `mod-enter` (Ctrl/⌘+Enter sends, Enter adds a line). */
  @property({ attribute: 'send-key' }) sendKey: SendKey = 'enter';

  @state() private loadState: LoadState = 'idle';
  @state() private loadError: unknown;
  @state() private conversation?: Conversation;
  @state() private messages: KeyedMessage[] = [];
  @state() private olderCursor: string | null = null;
  @state() private loadingOlder = false;
  @state() private showingOriginal = new Set<string>();
  @state() private announcement = '';
  @state() private awayCount = 0;
  @state() private atBottom = true;
  @state() private participantsOpen = false;
  @state() private menuOpen = false;
  @state() private dialog: ThreadDialog | null = null;
  @state() private actionError: unknown;
  @state() private busy = false;

  @query('.timeline') private timeline?: HTMLElement & VirtualizerHostElement;

  readonly #composer = new ThreadComposer(this);
  readonly #actions = new ThreadActions(this);
  readonly #announcer = new ArrivalAnnouncer((count, authors) => {
    this.announcement = arrivalWords(count, authors, this.activeLocale);
  });
  #loadKey = '';
  #abort?: AbortController;
  #unsubscribe?: Unsubscribe;
  #lastSeenKey: string | null | undefined;
  #pin: { index: number; block: ScrollLogicalPosition } | undefined;
  #seenSent?: string;
  #firstVisible = 0;
  #lastVisible = -1;
  #rows: TimelineRow<ThreadItem>[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back into a page after a removal: load and subscribe again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
    this.#loadKey = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const adapter = this.activeAdapter;
    const viewer = this.activeViewer;
    // Lit still updates a removed element (#stop itself changes state): without the isConnected
    // check it would load again, subscribe, and write its stale draft over the one a newer
    // element for the same conversation keeps.
    const key = this.isConnected && adapter && viewer && this.conversationId ? `${viewer.id}\u0000${this.conversationId}` : '';
    if (key !== this.#loadKey || (adapter !== this.#actions.adapter && key !== '')) {
      this.#loadKey = key;
      this.#actions.adapter = adapter;
      if (key) void this.#load();
      else this.#stop();
    }
    if (this.conversation && this.activeViewer) this.#refreshRows();
  }

  #rowsBuiltFrom: unknown[] = [];

  /** Rebuild the rows only when what they are made of changed, so typing never re-lays the list. */
  #refreshRows(): void {
    const inputs = [this.messages, this.#composer.draft.outbox, this.#lastSeenKey, this.activeViewer?.id];
    const before = this.#rowsBuiltFrom;
    if (inputs.every((value, i) => value === before[i])) return;
    this.#rowsBuiltFrom = inputs;
    // Live arrivals only append: extend the rows instead of rebuilding thousands of them.
    const previous = before[0] as KeyedMessage[] | undefined;
    const appendedOnly =
      previous !== undefined &&
      inputs.slice(1).every((value, i) => value === before[i + 1]) &&
      this.#composer.draft.outbox.length === 0 &&
      previous.length > 0 &&
      this.messages.length > previous.length &&
      previous.every((message, i) => this.messages[i] === message);
    const extended = appendedOnly
      ? extendTimeline(this.#rows, this.messages.slice(previous.length).map(toItem), this.#timelineOptions())
      : undefined;
    this.#rows = extended ?? this.#buildRows();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('dialog') && this.dialog) this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
    // The dialog that had focus has just left the page, which leaves focus on the body.
    else if (changed.get('dialog')) this.#returnFocus();
  }

  /** Fetch the conversation and its newest messages again (what "Try again" does). */
  reload = (): Promise<void> => this.#load();

  protected renderContent(): unknown {
    if (!this.conversationId) {
      return renderEmpty({ message: msg('No conversation selected. Choose one to read it here.') });
    }
    if (this.loadState === 'error') return renderError(this.loadError, { onRetry: this.reload });
    if (this.loadState !== 'ready' || !this.conversation) return renderLoading(msg('Loading the conversation…'));
    const c = this.conversation;
    const viewer = this.activeViewer!;
    const settings = this.activeSettings!;
    const pin = this.#pin;
    this.#pin = undefined;
    const composer = this.#composer;
    return html`
      <section class="thread" aria-labelledby="thread-title">
        ${renderHeader({
          conversation: c,
          viewer,
          locale: this.activeLocale,
          participantsOpen: this.participantsOpen,
          menuOpen: this.menuOpen,
          actions: menuActions(c, viewer.permissions.includes('conversations.start'), this.#actions.menu),
          toggleParticipants: () => (this.participantsOpen = !this.participantsOpen),
          toggleMenu: (open) => this.#toggleMenu(open),
          onMenuKeydown: (event) => onMenuKeydown(event, this.#menuKeys),
          formatDate: (iso) => threadDateFormats(this.activeLocale).date.format(new Date(iso)),
        })}
        ${this.actionError ? renderError(this.actionError) : nothing}
        <div class="timeline-wrap">
          ${this.loadingOlder ? html`<p class="older-loading">${msg('Loading earlier messages…')}</p>` : nothing}
          <div class="timeline" part="timeline" tabindex="0" role="region" aria-label=${msg('Messages')}
            @scroll=${this.#onScroll} @visibilityChanged=${this.#onVisibility} @wheel=${this.#userInput}
            @touchmove=${this.#userInput} @keydown=${this.#userInput} @pointerdown=${this.#userInput}>
            ${virtualize({
              items: this.#rows,
              keyFunction: (row: TimelineRow<ThreadItem>) => row.key,
              renderItem: (row: TimelineRow<ThreadItem>) => renderRow(row, this.#rowContext()),
              scroller: true,
              // Handed its layout, the virtualizer lays rows out in the task the data arrives in
              // (left without, it first imports a default layout and paints a frame late).
              layout: flow(pin ? { pin } : {}),
            })}
          </div>
          ${!this.atBottom
            ? html`<button type="button" class="button jump" part="jump-button" @click=${this.jumpToLatest}>
                ${arrowDownIcon}${this.awayCount > 0 ? msg(str`${this.awayCount} new · Jump to latest`) : msg('Jump to latest')}
              </button>`
            : nothing}
        </div>
        ${c.stopped
          ? composer.draft.body.trim()
            ? html`<div class="unsent-draft" part="unsent-draft" role="region" tabindex="0" aria-labelledby="unsent-label">
                <span id="unsent-label" class="unsent-label">${msg('Your draft was not sent:')}</span>
                <span class="unsent-text">${composer.draft.body}</span>
              </div>`
            : nothing
          : renderComposer({
              body: composer.draft.body,
              attachments: composer.draft.attachments,
              uploading: composer.uploading,
              errors: composer.errors,
              sendKey: this.sendKey,
              locale: this.activeLocale,
              allowedTypes: settings.attachments.allowedTypes,
              maxBytes: settings.attachments.maxBytes,
              onInput: composer.onInput,
              onKeydown: composer.onKeydown,
              onSubmit: (event) => {
                event.preventDefault();
                void this.send();
              },
              onPickFiles: (event) => void composer.onPickFiles(event),
              onAttach: () => this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.click(),
              onRemove: (attachment) => this.#keepFocusIn('.composer .chip-remove', () => composer.removeAttachment(attachment)),
            })}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${renderThreadDialogs(this.dialog, this.#actions.dialogs, this.busy)}
      </section>
    `;
  }

  /**
   * Runs `change`, which removes the focused control (one of `selector`, such as a file's Remove):
   * focus moves to the one now at its place, or the one before, or the message box, rather than
   * to the page.
   */
  #keepFocusIn(selector: string, change: () => void): void {
    const root = this.renderRoot as ShadowRoot;
    const at = [...root.querySelectorAll(selector)].findIndex((control) => control === root.activeElement);
    change();
    if (at < 0) return;
    void this.updateComplete.then(() => {
      const left = [...root.querySelectorAll<HTMLElement>(selector)];
      (left[Math.min(at, left.length - 1)] ?? root.querySelector<HTMLElement>('#composer-input'))?.focus();
    });
  }

  /** Scroll to the newest message. */
  jumpToLatest = (): void => {
    this.#refreshRows();
    const last = this.#rows.length - 1;
    if (last < 0) return;
    this.#pin = { index: last, block: 'end' };
    this.awayCount = 0;
    this.atBottom = true;
    this.#pinnedToEnd = true;
    this.requestUpdate();
  };

  /**
   * Whether the list stays at its newest row: set by "jump to latest" (and kept by arrivals
   * while at the end), released only when the viewer scrolls away. While it holds, the element
   * counts as being at the end even when estimated row heights briefly say otherwise.
   */
  #pinnedToEnd = false;

  /**
   * Send what is in the composer. Refuses an empty message; the text leaves the composer at
   * once and shows as "Sending…", and stays (with Retry) if the backend does not take it.
   */
  send(): Promise<void> {
    return this.#composer.send();
  }

  /** Check files against the district's limits and upload the acceptable ones to the draft. */
  attachFiles(files: readonly File[]): Promise<void> {
    return this.#composer.attachFiles(files);
  }

  /** @internal For the composer. */
  get composerContext() {
    return { adapter: this.activeAdapter, viewer: this.activeViewer, settings: this.activeSettings, locale: this.activeLocale };
  }

  /** @internal For the composer: the backend took a message. */
  messageSent(conversationId: string, message: Message): void {
    this.messages = mergeMessages(this.messages, [keyed(message)]);
    fireEvent(this, 'message-send', { conversationId, message });
  }

  /** @internal For the composer. */
  holdsOwnMessage(idempotencyKey: string): boolean {
    return this.messages.some((m) => m.idempotencyKey === idempotencyKey && m.author.id === this.activeViewer?.id);
  }

  /** @internal For the composer: a failed message grows a Retry button; keep it in view at the end. */
  outboxChanged(): void {
    if (this.#pinnedToEnd) this.jumpToLatest();
  }

  /** @internal For the composer: the failed message shows up in the timeline; this says it aloud. */
  sendFailed(error: unknown): void {
    this.announcement = `${msg('Not sent.')} ${describeError(error).title}`;
  }

  /** @internal For the composer: show the conversation as stopped (the message stays, unsent). */
  conversationStopped(): void {
    void this.#actions.refreshConversation();
  }

  // ---------- loading and live updates ----------

  async #load(): Promise<void> {
    this.#stop();
    const adapter = this.activeAdapter;
    const viewer = this.activeViewer;
    const id = this.conversationId;
    if (!adapter || !viewer || !id) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.loadState = 'loading';
    this.#composer.open(viewer.id, id);
    this.showingOriginal = new Set();
    this.actionError = undefined;
    try {
      const [conversation, page] = await Promise.all([
        adapter.getConversation(id, { signal: abort.signal }),
        adapter.listMessages(id, { limit: PAGE_SIZE, signal: abort.signal }),
      ]);
      if (abort.signal.aborted) return;
      this.conversation = conversation;
      this.messages = page.items.map(keyed).reverse();
      // Sends the backend already has (the answer was lost, or the page closed) leave the outbox.
      this.#composer.settle(new Set(page.items.filter((m) => m.author.id === viewer.id).map((m) => m.idempotencyKey)));
      this.olderCursor = page.nextCursor;
      this.#lastSeenKey = conversation.unreadCount > 0 ? (conversation.lastSeenMessageId ?? null) : undefined;
      this.loadState = 'ready';
      this.atBottom = true;
      this.awayCount = 0;
      this.#refreshRows();
      const unread = this.#rows.findIndex((r) => r.kind === 'unread');
      if (unread >= 0) this.#pin = { index: unread, block: 'start' };
      else this.jumpToLatest();
      this.#unsubscribe = adapter.subscribeToConversation(id, conversation.eventCursor, {
        next: (events) => this.#apply(events),
      });
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.loadError = error;
      this.loadState = 'error';
    }
  }

  #stop(): void {
    this.#abort?.abort(new DOMException('No longer needed.', 'AbortError'));
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#announcer.clear();
    this.#seenSent = undefined;
    this.conversation = undefined;
    this.messages = [];
    this.loadState = 'idle';
  }

  #apply(events: ConversationEvent[]): void {
    const viewerId = this.activeViewer?.id;
    const incoming: Message[] = [];
    for (const event of events) {
      if (event.type === 'conversationUpdated') this.conversation = event.conversation;
      else if (event.message.conversationId === this.conversationId) incoming.push(event.message);
    }
    if (!incoming.length) return;
    const lastAt = this.messages[this.messages.length - 1]?.sentAt ?? '';
    let known: Set<string> | undefined;
    // Newer than everything held means new; only older ones need looking up.
    const isNew = (m: Message) => m.sentAt > lastAt || !(known ??= new Set(this.messages.map((x) => x.id))).has(m.id);
    const arrived = incoming.filter((m) => isNew(m) && m.author.id !== viewerId);
    // The viewer's own message may come back through the feed before `sendMessage` resolves.
    this.#composer.settle(new Set(incoming.map((m) => m.idempotencyKey).filter(Boolean)));
    this.messages = mergeMessages(this.messages, incoming.map(keyed));
    for (const m of arrived) this.#announcer.add(m.author.displayName);
    if (arrived.length === 0) return;
    this.#refreshRows();
    if (this.atBottom) this.jumpToLatest();
    else this.awayCount += arrived.length;
  }

  async #loadOlder(): Promise<void> {
    const adapter = this.activeAdapter;
    const id = this.conversationId;
    if (!adapter || !id || this.loadingOlder || !this.olderCursor) return;
    this.loadingOlder = true;
    const anchorKey = this.#rows[this.#firstVisible]?.key;
    const anchorOffset = this.#offsetOf(anchorKey);
    try {
      const page = await adapter.listMessages(id, { cursor: this.olderCursor, limit: PAGE_SIZE, signal: this.#abort?.signal });
      if (id !== this.conversationId) return;
      this.olderCursor = page.nextCursor;
      this.messages = mergeMessages(page.items.map(keyed).reverse(), this.messages);
      this.#refreshRows();
      const index = this.#rows.findIndex((r) => r.key === anchorKey);
      if (index >= 0) this.#pin = { index, block: 'start' };
      await this.updateComplete;
      await this.timeline?.[virtualizerRef]?.layoutComplete.catch(() => undefined);
      // Keep the message the viewer was reading where it was on screen.
      if (this.timeline && anchorOffset !== undefined) this.timeline.scrollTop -= anchorOffset - (this.#offsetOf(anchorKey) ?? anchorOffset);
    } catch (error) {
      if (!isAbortError(error)) this.actionError = error;
    } finally {
      this.loadingOlder = false;
    }
  }

  #offsetOf(key: string | undefined): number | undefined {
    if (!key || !this.timeline) return undefined;
    const row = [...this.timeline.children].find((el) => (el as HTMLElement).dataset?.key === key);
    return row ? row.getBoundingClientRect().top - this.timeline.getBoundingClientRect().top : undefined;
  }

  #onScroll = (): void => {
    const t = this.timeline;
    if (!t) return;
    this.#updateAtBottom();
  };

  /** At the end when the newest row is on screen, or the scroll position is close to the end. */
  #updateAtBottom(): void {
    const t = this.timeline;
    if (!t) return;
    const byViewer = performance.now() - this.#userScrollAt < 1000;
    const atBottom =
      (this.#pinnedToEnd && !byViewer) ||
      this.#lastVisible >= this.#rows.length - 1 ||
      t.scrollHeight - t.scrollTop - t.clientHeight < NEAR_BOTTOM_PX;
    this.#pinnedToEnd = atBottom;
    if (atBottom !== this.atBottom) this.atBottom = atBottom;
    if (atBottom) this.awayCount = 0;
  };

  // Only the viewer can take the list away from its end; the virtualizer's own corrections cannot.
  #userInput = { handleEvent: () => (this.#userScrollAt = performance.now()), passive: true };
  #userScrollAt = -Infinity;

  #onVisibility = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.#firstVisible = first;
    this.#lastVisible = last;
    this.#updateAtBottom();
    if (first <= 2 && this.olderCursor) void this.#loadOlder();
    this.#markSeen();
  };

  /** Tell the backend the viewer has seen the newest message, once it is on screen. */
  #markSeen(): void {
    if (this.#lastVisible < this.#rows.length - 1 || document.visibilityState === 'hidden') return;
    const newest = this.messages[this.messages.length - 1];
    const adapter = this.activeAdapter;
    if (!newest || !adapter?.markSeen || this.#seenSent === newest.id || newest.author.id === this.activeViewer?.id) return;
    this.#seenSent = newest.id;
    adapter.markSeen(newest.conversationId, newest.id).catch(() => {
      this.#seenSent = undefined;
    });
  }

  // ---------- rows ----------

  #buildRows(): TimelineRow<ThreadItem>[] {
    const items: ThreadItem[] = this.messages.map(toItem);
    const latest = this.messages[this.messages.length - 1]?.sentAt;
    for (const entry of this.#composer.draft.outbox) {
      // Unconfirmed messages stay last, on the day of the conversation's latest activity.
      const sentAt = latest && latest > entry.createdAt ? latest : entry.createdAt;
      items.push({ key: entry.localId, authorId: this.activeViewer!.id, sentAt, outbox: entry });
    }
    return buildTimeline(items, this.#timelineOptions());
  }

  #timelineOptions() {
    return { viewerId: this.activeViewer!.id, lastSeenKey: this.#lastSeenKey, dayOf: (iso: string) => this.#dayOf(iso) };
  }

  #dayOf(iso: string): string {
    const d = new Date(iso);
    return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  }

  #rowContext(): RowContext {
    const f = threadDateFormats(this.activeLocale);
    return {
      viewer: { id: this.activeViewer!.id, displayName: this.activeViewer!.displayName, role: roleOfViewer(this.activeViewer!.role) },
      participants: this.conversation?.participants ?? [],
      locale: this.activeLocale,
      showingOriginal: this.showingOriginal,
      sendErrors: this.#composer.sendErrors,
      toggleOriginal: (key) => {
        const next = new Set(this.showingOriginal);
        if (!next.delete(key)) next.add(key);
        this.showingOriginal = next;
      },
      retry: (entry) => {
        // Retry turns into "Sending…": focus goes to the message box rather than to the page.
        const pressed = (this.renderRoot as ShadowRoot).activeElement?.closest('.send-state');
        this.#composer.retry(entry);
        if (pressed) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#composer-input')?.focus());
      },
      formatTime: (iso) => f.time.format(new Date(iso)),
      formatDay: (iso) => f.day.format(new Date(iso)),
    };
  }

  // ---------- menu ----------

  readonly #menuKeys: MenuKeysTarget = ((thread: ConversationThread) => ({
    get renderRoot() {
      return thread.renderRoot;
    },
    get menuOpen() {
      return thread.menuOpen;
    },
    toggleMenu: (open: boolean) => thread.#toggleMenu(open),
    closeMenu: () => (thread.menuOpen = false),
  }))(this);

  #toggleMenu(open = !this.menuOpen): void {
    this.menuOpen = open;
    // An entry chosen is about to be hidden with the menu, and focus with it: hand it back first.
    if (!open) this.#returnFocus();
    void this.updateComplete.then(() => {
      if (open) this.renderRoot.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    });
  }

  /**
   * Focus back on Options, where the menu's entries and dialogs were reached from; on the title
   * when Options cannot take it (a page may hide it), so focus stays in the conversation.
   */
  #returnFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const button = root.querySelector<HTMLElement>('.menu-button');
    button?.focus();
    if (!button || root.activeElement !== button) root.querySelector<HTMLElement>('#thread-title')?.focus();
  }

  /** @internal For the actions module: the conversation as shown and a way to replace it. */
  get shownConversation(): Conversation | undefined {
    return this.conversation;
  }

  /** @internal */
  set shownConversation(value: Conversation | undefined) {
    this.conversation = value;
  }

  /** @internal For the actions module: the language the thread is shown in. */
  get shownLocale(): string {
    return this.activeLocale;
  }

  /** @internal For the actions module. */
  setUi(change: { dialog?: ThreadDialog | null; actionError?: unknown; busy?: boolean }): void {
    if ('dialog' in change) this.dialog = change.dialog ?? null;
    if ('actionError' in change) this.actionError = change.actionError;
    if ('busy' in change) this.busy = change.busy ?? false;
  }

  /** @internal For the actions module: every message, loading older pages first. */
  async allMessages(): Promise<Message[]> {
    const adapter = this.activeAdapter!;
    let cursor = this.olderCursor;
    let older: Message[] = [];
    while (cursor) {
      const page = await adapter.listMessages(this.conversationId!, { cursor, limit: 200 });
      older = page.items.slice().reverse().concat(older);
      cursor = page.nextCursor;
    }
    return older.concat(this.messages);
  }
}

type KeyedMessage = Message & { key: string; authorId: string };

function toItem(m: KeyedMessage): ThreadItem {
  return { key: m.id, authorId: m.author.id, sentAt: m.sentAt, message: m };
}

function keyed(message: Message): KeyedMessage {
  return 'key' in message ? (message as KeyedMessage) : { ...message, key: message.id, authorId: message.author.id };
}

function roleOfViewer(role: 'guardian' | 'staff' | 'student' | 'admin'): 'guardian' | 'staff' | 'student' {
  return role === 'admin' ? 'staff' : role;
}

declare global {
  interface HTMLElementTagNameMap {
    'conversation-thread': ConversationThread;
  }
  interface HTMLElementEventMap {
    'message-send': CustomEvent<MessageSendDetail>;
    'conversation-stop': CustomEvent<ConversationStopDetail>;
    'conversation-archive': CustomEvent<ConversationArchiveDetail>;
  }
}
