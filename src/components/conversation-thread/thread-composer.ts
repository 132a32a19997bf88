import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { CommsAdapter } from '../../api/adapter.js';
import { isCommsError } from '../../api/errors.js';
import { checkAttachment } from '../../domain/conversation-timeline.js';
import type { Attachment, DistrictSettings, Message, Viewer } from '../../domain/types.js';
import type { SendKey } from './composer.js';
import { DraftStore, emptyDraft, newIdempotencyKey, type Draft, type OutboxEntry } from './drafts.js';
import { attachmentProblemWords, fileSize } from './thread-words.js';

/** What the composer needs from the thread it sits in. */
export interface ComposerHost extends ReactiveControllerHost {
  readonly conversationId?: string;
  readonly isConnected: boolean;
  readonly sendKey: SendKey;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly composerContext: {
    adapter?: Partial<CommsAdapter>;
    viewer?: Viewer;
    settings?: DistrictSettings;
    locale: string;
  };
  /** The backend took a message: show it in the list and tell the page. */
  messageSent(conversationId: string, message: Message): void;
  /** Whether the list already holds the viewer's message sent with this key (the live feed brought it). */
  holdsOwnMessage(idempotencyKey: string): boolean;
  /** Scroll to the newest row, where a message just sent appears. */
  jumpToLatest(): void;
  /** The outbox changed shape (a Retry button appeared): keep the end in view if it was. */
  outboxChanged(): void;
  /** The backend refused a send because the conversation was stopped meanwhile. */
  conversationStopped(): void;
  /** A message was not sent: say so, since the writer's eyes may be on the composer. */
  sendFailed(error: unknown): void;
}

/**
 * The writing side of a thread: the viewer's draft (kept per viewer and conversation across
 * reloads and failures), files being uploaded, and the outbox of messages on their way. A
 * message keeps one idempotency key however often it is retried, so it is never sent twice.
 */
export class ThreadComposer {
  draft: Draft = emptyDraft();
  /** What is wrong with the draft or its files, in the viewer's language. */
  errors: string[] = [];
  /** Names of the files being uploaded. */
  uploading: string[] = [];
  /** Why each failed message (by local id) was not sent. */
  sendErrors = new Map<string, unknown>();

  readonly #store = new DraftStore();

  constructor(private readonly host: ComposerHost) {}

  /** Opens the draft kept for the viewer in the conversation, with no errors showing. */
  open(viewerId: string, conversationId: string): void {
    this.draft = this.#store.load(viewerId, conversationId);
    this.sendErrors = new Map();
    this.errors = [];
    this.host.requestUpdate();
  }

  /** Messages the backend already has (their answer was lost, or the page closed) leave the outbox. */
  settle(deliveredKeys: ReadonlySet<string | null | undefined>): void {
    if (this.draft.outbox.some((e) => deliveredKeys.has(e.idempotencyKey))) {
      this.#updateDraft({ outbox: this.draft.outbox.filter((e) => !deliveredKeys.has(e.idempotencyKey)) });
    }
  }

  /**
   * Sends what is written. Refuses an empty message; the text leaves the composer at once and
   * shows as "Sending…", and stays (with Retry) if the backend does not take it.
   */
  async send(): Promise<void> {
    const body = this.draft.body;
    if (this.uploading.length) {
      this.#setErrors([msg('Wait until the files have finished uploading.')]);
      return;
    }
    if (body.trim() === '' && this.draft.attachments.length === 0) {
      this.#setErrors([msg('Write a message or attach a file first.')]);
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('#composer-input')?.focus();
      return;
    }
    const entry: OutboxEntry = {
      localId: `local-${newIdempotencyKey()}`,
      idempotencyKey: newIdempotencyKey(),
      body: body.trim() === '' ? '' : body,
      attachments: this.draft.attachments,
      createdAt: new Date().toISOString(),
      state: 'sending',
    };
    this.errors = [];
    this.#updateDraft({ body: '', attachments: [], outbox: [...this.draft.outbox, entry] });
    this.host.jumpToLatest();
    await this.#deliver(entry);
  }

  /** Sends a failed message again, with the key it was first sent with. */
  retry = (entry: OutboxEntry): void => {
    void this.#deliver(entry);
  };

  async #deliver(entry: OutboxEntry): Promise<void> {
    const host = this.host;
    const id = host.conversationId!;
    const adapter = host.composerContext.adapter!;
    this.#setOutbox(entry.localId, 'sending');
    try {
      const message = await adapter.sendMessage!(
        id,
        { body: entry.body, attachmentIds: entry.attachments.map((a) => a.id) },
        { idempotencyKey: entry.idempotencyKey },
      );
      if (id !== host.conversationId || !host.isConnected) {
        // The viewer moved to another conversation or page meanwhile: settle the one it was sent in.
        const viewerId = host.composerContext.viewer?.id;
        if (viewerId) this.#store.forgetSent(viewerId, id, entry.localId);
        return;
      }
      this.#updateDraft({ outbox: this.draft.outbox.filter((e) => e.localId !== entry.localId) });
      host.messageSent(id, message);
    } catch (error) {
      // Kept as stored, so it shows as failed wherever the conversation opens next.
      if (id !== host.conversationId || !host.isConnected) return;
      // The answer was lost but the live feed already brought the message: it was sent.
      if (host.holdsOwnMessage(entry.idempotencyKey)) {
        this.#updateDraft({ outbox: this.draft.outbox.filter((e) => e.localId !== entry.localId) });
        return;
      }
      this.sendErrors = new Map(this.sendErrors).set(entry.localId, error);
      this.#setOutbox(entry.localId, 'failed');
      host.sendFailed(error);
      if (isCommsError(error) && error.code === 'conversationStopped') host.conversationStopped();
    }
  }

  #setOutbox(localId: string, next: OutboxEntry['state']): void {
    this.#updateDraft({ outbox: this.draft.outbox.map((e) => (e.localId === localId ? { ...e, state: next } : e)) });
    this.host.outboxChanged();
  }

  #updateDraft(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.host.requestUpdate();
    const viewer = this.host.composerContext.viewer;
    const conversationId = this.host.conversationId;
    if (viewer && conversationId) this.#store.save(viewer.id, conversationId, this.draft);
  }

  #setErrors(errors: string[]): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  onInput = (event: InputEvent): void => {
    const value = (event.target as HTMLTextAreaElement).value;
    if (this.errors.length && value.trim() !== '') this.errors = [];
    this.#updateDraft({ body: value });
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const mod = event.ctrlKey || event.metaKey;
    const sends = this.host.sendKey === 'enter' ? !event.shiftKey && !mod : mod;
    if (!sends) return;
    event.preventDefault();
    void this.send();
  };

  onPickFiles = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    await this.attachFiles(files);
  };

  removeAttachment = (attachment: Attachment): void => {
    this.#updateDraft({ attachments: this.draft.attachments.filter((a) => a.id !== attachment.id) });
  };

  /** Checks files against the district's limits and uploads the acceptable ones to the draft. */
  async attachFiles(files: readonly File[]): Promise<void> {
    const { adapter, settings, locale } = this.host.composerContext;
    const limits = settings!.attachments;
    const errors: string[] = [];
    const uploads = files.filter((file) => {
      const problem = checkAttachment(file, limits);
      if (problem) errors.push(attachmentProblemWords(problem, file.name, fileSize(limits.maxBytes, locale)));
      return problem === null;
    });
    this.#setErrors(errors);
    if (!uploads.length || !adapter?.uploadAttachment) return;
    const upload = adapter.uploadAttachment.bind(adapter);
    this.uploading = [...this.uploading, ...uploads.map((f) => f.name)];
    this.host.requestUpdate();
    const results = await Promise.allSettled(uploads.map((file) => upload(file, { idempotencyKey: newIdempotencyKey() })));
    this.uploading = this.uploading.filter((name) => !uploads.some((f) => f.name === name));
    const added: Attachment[] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') added.push(result.value);
      else errors.push(this.#uploadFailure(uploads[i]!.name, result.reason));
    });
    this.#setErrors(errors);
    if (added.length) this.#updateDraft({ attachments: [...this.draft.attachments, ...added] });
  }

  #uploadFailure(name: string, error: unknown): string {
    const code = isCommsError(error) ? error.code : '';
    const { settings, locale } = this.host.composerContext;
    const limit = fileSize(settings!.attachments.maxBytes, locale);
    if (code === 'tooLarge' || code === 'typeNotAllowed') return attachmentProblemWords(code, name, limit);
    return attachmentProblemWords('uploadFailed', name, limit);
  }
}
