import type { Attachment, LanguageTag, Translation } from '../../domain/types.js';
import { ALL_PHRASES, type ConversationRecord, type MessageRecord, type Phrase } from '../district/index.js';
import { notificationRoute } from '../district/notification-route.js';
import type { BackendState } from './state.js';

const phraseByText = new Map<string, Phrase>();
for (const phrase of ALL_PHRASES) for (const text of Object.values(phrase)) phraseByText.set(text, phrase);

/** Translations of a known text; free text typed in a story or test comes without any. */
function knownTranslations(body: string, language: LanguageTag): Translation[] {
  const phrase = phraseByText.get(body.trim());
  if (!phrase) return [];
  return (Object.entries(phrase) as [LanguageTag, string][])
    .filter(([lang]) => lang !== language)
    .map(([lang, text]) => ({ language: lang, body: text }));
}

export interface NewMessageInput {
  authorId: string;
  body: string;
  language?: LanguageTag;
  via?: MessageRecord['via'];
  attachments?: Attachment[];
  translations?: Translation[];
  idempotencyKey?: string | null;
}

/**
 * Adds a message: delivered to each other participant by their channel (queued until the
 * simulation delivers it), seen by its author, logged for long polls.
 */
export function postMessage(state: BackendState, conversation: ConversationRecord, input: NewMessageInput): MessageRecord {
  const author = state.person(input.authorId)!;
  // Replying means having read what came before.
  if (conversation.messages.length) markSeenUpTo(state, conversation, input.authorId, conversation.messages.length - 1);
  const language = input.language ?? author.person.language;
  const message: MessageRecord = {
    id: state.nextId('msg', 7),
    authorId: input.authorId,
    sentAt: state.clock.now(),
    body: input.body,
    language,
    translations: input.translations ?? knownTranslations(input.body, language),
    via: input.via ?? 'app',
    attachments: input.attachments ?? [],
    seenBy: [],
    deliveries: conversation.participantIds
      .filter((id) => id !== input.authorId)
      .map((personId) => ({ personId, state: 'queued' as const, ...notificationRoute(state.district, personId) })),
    idempotencyKey: input.idempotencyKey ?? null,
  };
  conversation.messages.push(message);
  conversation.members[input.authorId]!.lastSeenMessageId = message.id;
  state.events.append({ conversationId: conversation.id, kind: 'messageCreated', messageId: message.id });
  return message;
}

/**
 * Records that a participant has seen every message up to one. Returns whether anything
 * changed; seen-by changes are logged so authors see them live.
 */
export function markSeenUpTo(state: BackendState, conversation: ConversationRecord, personId: string, upToIndex: number): boolean {
  const member = conversation.members[personId]!;
  const currentIndex = member.lastSeenMessageId ? conversation.messages.findIndex((m) => m.id === member.lastSeenMessageId) : -1;
  if (upToIndex <= currentIndex) return false;
  member.lastSeenMessageId = conversation.messages[upToIndex]!.id;
  const at = state.clock.now();
  for (const message of conversation.messages.slice(0, upToIndex + 1)) {
    if (message.authorId === personId || message.seenBy.some((s) => s.personId === personId)) continue;
    message.seenBy.push({ personId, at });
    state.events.append({ conversationId: conversation.id, kind: 'messageUpdated', messageId: message.id });
  }
  state.events.append({ conversationId: conversation.id, kind: 'conversationUpdated', onlyFor: personId });
  return true;
}

/** Logs a change everyone sees (title, stop, participants). */
export function sharedChange(state: BackendState, conversation: ConversationRecord): void {
  conversation.version += 1;
  state.events.append({ conversationId: conversation.id, kind: 'conversationUpdated' });
}
