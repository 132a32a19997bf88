import type { Attachment, InboundSmsResult, LanguageTag, Translation } from '../../domain/types.js';
import type { MessageRecord } from '../district/index.js';
import { markSeenUpTo, postMessage } from './conversation-actions.js';
import type { MockBackend } from './mock-backend.js';
import { receiveText } from './sms-gateway.js';

export interface SimulatedReply {
  authorId: string;
  body: string;
  /** The language it is written in; default the author's. */
  language?: LanguageTag;
  via?: MessageRecord['via'];
  /** Translations to show readers of other languages; known phrases get theirs by themselves. */
  translations?: Translation[];
  attachments?: Attachment[];
}

/**
 * Makes the district come alive for tests and the demo. Every change is explicit and
 * deterministic; nothing happens by the clock or by chance.
 */
export class Simulation {
  constructor(private readonly backend: MockBackend) {}

  private conversation(id: string) {
    const conversation = this.backend.state.conversations.get(id);
    if (!conversation) throw new Error(`No conversation ${id}`);
    return conversation;
  }

  /** A participant replies (by app, or by answering a text or an email). Long polls wake up. */
  reply(conversationId: string, reply: SimulatedReply): MessageRecord {
    const conversation = this.conversation(conversationId);
    if (!conversation.members[reply.authorId]) throw new Error(`${reply.authorId} is not in ${conversationId}`);
    if (conversation.stoppedAt) throw new Error(`${conversationId} is stopped; nobody can reply`);
    const input = {
      authorId: reply.authorId,
      body: reply.body,
      via: reply.via ?? 'app',
      ...(reply.language ? { language: reply.language } : {}),
      ...(reply.translations ? { translations: reply.translations } : {}),
      ...(reply.attachments ? { attachments: reply.attachments } : {}),
    };
    return postMessage(this.backend.state, conversation, input);
  }

  /** A participant reads the conversation up to a message (default: the newest). */
  seen(conversationId: string, personId: string, upToMessageId?: string): void {
    const conversation = this.conversation(conversationId);
    if (!conversation.members[personId]) throw new Error(`${personId} is not in ${conversationId}`);
    const index = upToMessageId ? conversation.messages.findIndex((m) => m.id === upToMessageId) : conversation.messages.length - 1;
    if (index < 0) throw new Error(`No message ${upToMessageId ?? ''} in ${conversationId}`);
    markSeenUpTo(this.backend.state, conversation, personId, index);
  }

  /** A text arrives on the district's number from `from` (STOP, START, HELP, free text). */
  inboundSms(from: string, body: string): InboundSmsResult {
    return receiveText(this.backend, from, body);
  }

  /** Every queued delivery of a conversation reaches its participant. */
  deliverQueued(conversationId: string): number {
    const state = this.backend.state;
    const conversation = this.conversation(conversationId);
    let count = 0;
    for (const message of conversation.messages) {
      const queued = message.deliveries.filter((d) => d.state === 'queued' || d.state === 'sent');
      if (!queued.length) continue;
      for (const delivery of queued) delivery.state = 'delivered';
      count += queued.length;
      state.events.append({ conversationId, kind: 'messageUpdated', messageId: message.id });
    }
    return count;
  }

  /**
   * An email address starts bouncing on every account that holds it. Conversation notifications
   * fall back to SMS until `emailRecovered`.
   */
  emailBounce(email: string): void {
    this.setEmailHealth(email, 'bouncing');
  }

  /** The address works again (reset by the person or by support). */
  emailRecovered(email: string): void {
    this.setEmailHealth(email, 'ok');
  }

  private setEmailHealth(email: string, health: 'ok' | 'bouncing'): void {
    const state = this.backend.state;
    const value = email.trim().toLowerCase();
    const holders = state.valueIndex.get(value);
    if (!holders?.size) throw new Error(`No account holds ${value}`);
    const since = health === 'ok' ? null : state.clock.now();
    for (const personId of [...holders]) {
      state.editPerson(personId, (draft) => {
        for (const method of draft.methods) {
          if (method.value !== value) continue;
          method.health = health;
          method.healthSince = since;
        }
      });
    }
  }
}
