import type { DistrictRecords } from '../../domain/records.js';
import type { Attachment, MessageDelivery, Timestamp } from '../../domain/types.js';
import { minutesBefore } from './builder.js';
import type { ConversationRecord, MessageRecord } from './model.js';
import type { Phrase } from './phrasebook.js';

/** How a new message reaches one participant (see `notificationRoute`). */
export type DeliveryRule = (records: DistrictRecords, recipientId: string) => Omit<MessageDelivery, 'personId' | 'state'>;

export interface SayOptions {
  minutesAgo: number;
  via?: MessageRecord['via'];
  attachments?: Attachment[];
}

/** Writes conversations and their messages with ids in a fixed order. */
export class ConversationWriter {
  readonly conversations: ConversationRecord[] = [];
  private conversationCount = 0;
  private messageCount = 0;
  private attachmentCount = 0;

  constructor(
    private readonly records: DistrictRecords,
    private readonly referenceDate: Timestamp,
    private readonly deliver: DeliveryRule,
  ) {}

  at(minutesAgo: number): Timestamp {
    return minutesBefore(this.referenceDate, minutesAgo);
  }

  create(input: { title: string; createdBy: string; others: string[]; minutesAgo: number }): ConversationRecord {
    const participantIds = [input.createdBy, ...input.others.filter((id) => id !== input.createdBy)];
    const conversation: ConversationRecord = {
      id: `conv-${String(++this.conversationCount).padStart(5, '0')}`,
      title: input.title,
      participantIds,
      createdAt: this.at(input.minutesAgo),
      createdBy: input.createdBy,
      stoppedAt: null,
      stoppedBy: null,
      version: 1,
      messages: [],
      members: Object.fromEntries(
        participantIds.map((id) => [id, { muted: false, archived: false, lastSeenMessageId: null }]),
      ),
    };
    this.conversations.push(conversation);
    return conversation;
  }

  attachment(name: string, contentType: string, size: number): Attachment {
    const id = `att-${String(++this.attachmentCount).padStart(5, '0')}`;
    return { id, name, size, contentType, url: `https://files.example.org/${id}/${encodeURIComponent(name)}` };
  }

  /** Adds a message in the author's language; the author has seen everything up to it. */
  say(conversation: ConversationRecord, authorId: string, text: Phrase | string, options: SayOptions): MessageRecord {
    const language = this.records.people.get(authorId)!.person.language;
    const phrase = typeof text === 'string' ? null : text;
    const lang = (language === 'es' || language === 'vi' ? language : 'en') as keyof Phrase;
    const body = phrase ? phrase[lang] : (text as string);
    const translations = phrase
      ? (['en', 'es', 'vi'] as const).filter((l) => l !== lang).map((l) => ({ language: l, body: phrase[l] }))
      : [];
    const message: MessageRecord = {
      id: `msg-${String(++this.messageCount).padStart(7, '0')}`,
      authorId,
      sentAt: this.at(options.minutesAgo),
      body,
      language: phrase ? lang : language,
      translations,
      via: options.via ?? 'app',
      attachments: options.attachments ?? [],
      seenBy: [],
      deliveries: conversation.participantIds
        .filter((id) => id !== authorId)
        .map((personId) => ({ personId, state: 'delivered' as const, ...this.deliver(this.records, personId) })),
      idempotencyKey: null,
    };
    conversation.messages.push(message);
    // Replying means having read everything before.
    this.seeUpTo(conversation, authorId);
    return message;
  }

  /** Marks everything up to the message at `index` (default: the last) as seen by `personId`. */
  seeUpTo(conversation: ConversationRecord, personId: string, index = conversation.messages.length - 1): void {
    if (index < 0) return;
    const upTo = conversation.messages[index]!;
    conversation.members[personId]!.lastSeenMessageId = upTo.id;
    for (const message of conversation.messages.slice(0, index + 1)) {
      if (message.authorId === personId || message.seenBy.some((s) => s.personId === personId)) continue;
      const seenAt = new Date(Date.parse(message.sentAt) + 7 * 60_000).toISOString();
      message.seenBy.push({ personId, at: seenAt < this.referenceDate ? seenAt : this.referenceDate });
    }
  }

  stop(conversation: ConversationRecord, byId: string, minutesAgo: number): void {
    conversation.stoppedAt = this.at(minutesAgo);
    conversation.stoppedBy = byId;
    conversation.version += 1;
  }
}
