import { msg } from '@lit/localize';
import type { CommsAdapter } from '../../api/adapter.js';
import { ValidationError } from '../../api/errors.js';
import type { Conversation, ConversationChange } from '../../domain/types.js';
import { fireEvent } from '../shared/events.js';
import type { ConversationThread } from './conversation-thread.js';
import type { DialogHandlers } from './thread-dialogs.js';
import { transcriptFileName, transcriptText } from './transcript.js';

/**
 * What the thread's menu and dialogs do: mute, rename, archive, stop and download the
 * transcript, each through the adapter, with the error shown beside what was being done.
 */
export class ThreadActions {
  adapter?: Partial<CommsAdapter>;

  constructor(private readonly host: ConversationThread) {}

  readonly menu = {
    mute: () => void this.#change({ muted: !this.#conversation?.muted }),
    archive: () => void this.#archive(),
    rename: () => this.host.setUi({ dialog: { kind: 'rename', title: this.#conversation?.title ?? '' }, actionError: undefined }),
    stop: () => this.host.setUi({ dialog: { kind: 'stop' }, actionError: undefined }),
    transcript: () => void this.#transcript(),
  };

  readonly dialogs: DialogHandlers = {
    confirmStop: () => void this.#stop(),
    rename: (title) => void this.#rename(title),
    close: () => this.host.setUi({ dialog: null, busy: false }),
  };

  get #conversation(): Conversation | undefined {
    return this.host.shownConversation;
  }

  /** Fetch the conversation again, e.g. after the backend said it was stopped. */
  async refreshConversation(): Promise<void> {
    const c = this.#conversation;
    if (!c || !this.adapter?.getConversation) return;
    try {
      this.host.shownConversation = await this.adapter.getConversation(c.id);
    } catch {
      // The thread keeps what it shows; the next live update or reload corrects it.
    }
  }

  async #change(change: ConversationChange, version?: string): Promise<Conversation | undefined> {
    const c = this.#conversation;
    if (!c || !this.adapter?.updateConversation) return undefined;
    this.host.setUi({ actionError: undefined });
    try {
      const updated = await this.adapter.updateConversation(c.id, change, version ? { version } : {});
      this.host.shownConversation = updated;
      return updated;
    } catch (error) {
      this.host.setUi({ actionError: error });
      return undefined;
    }
  }

  async #archive(): Promise<void> {
    const archived = !this.#conversation?.archived;
    const updated = await this.#change({ archived });
    if (updated) fireEvent(this.host, 'conversation-archive', { conversationId: updated.id, archived: updated.archived });
  }

  async #rename(title: string): Promise<void> {
    const c = this.#conversation;
    if (!c || !this.adapter?.updateConversation) return;
    if (title.trim() === '') {
      this.host.setUi({ dialog: { kind: 'rename', title, error: new ValidationError([{ field: 'title', code: 'required' }]) } });
      return;
    }
    this.host.setUi({ busy: true });
    try {
      this.host.shownConversation = await this.adapter.updateConversation(c.id, { title: title.trim() }, { version: c.version });
      this.dialogs.close();
    } catch (error) {
      // The dialog stays open with what was typed, and says why.
      this.host.setUi({ busy: false, dialog: { kind: 'rename', title, error } });
    }
  }

  async #stop(): Promise<void> {
    const c = this.#conversation;
    if (!c || !this.adapter?.stopConversation) return;
    this.host.setUi({ busy: true });
    try {
      const stopped = await this.adapter.stopConversation(c.id);
      this.host.shownConversation = stopped;
      this.dialogs.close();
      fireEvent(this.host, 'conversation-stop', { conversationId: stopped.id, conversation: stopped });
    } catch (error) {
      this.host.setUi({ busy: false, dialog: { kind: 'stop', error } });
    }
  }

  async #transcript(): Promise<void> {
    const c = this.#conversation;
    if (!c) return;
    this.host.setUi({ actionError: undefined });
    try {
      const messages = await this.host.allMessages();
      const text = transcriptText(c, messages, this.host.shownLocale);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = transcriptFileName(c);
      link.textContent = msg('Download transcript');
      link.hidden = true;
      this.host.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.host.setUi({ actionError: error });
    }
  }
}
