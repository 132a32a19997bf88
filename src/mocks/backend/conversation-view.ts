import type {
  Conversation,
  ConversationSummary,
  Message,
  Participant,
  PersonSummary,
  Translation,
} from '../../domain/types.js';
import type { ConversationRecord, MessageRecord } from '../district/index.js';
import { summaryOf } from '../district/builder.js';
import { isStaffLike, type ViewerContext } from './auth.js';
import { eventCursor } from './events.js';
import type { BackendState } from './state.js';
import { forbidden, notFound } from './problems.js';
import { notificationRoute } from '../district/notification-route.js';

const PREVIEW_LENGTH = 140;

export function personSummary(state: BackendState, id: string): PersonSummary {
  const record = state.person(id);
  return record ? summaryOf(record.person) : { id, role: 'guardian', displayName: 'Former member' };
}

/** Students take part in conversations only where the district lets them (and lets them in particular). */
export function mayUseConversations(state: BackendState, viewer: ViewerContext): boolean {
  if (viewer.person.role !== 'student') return true;
  return state.district.settings.studentsInConversations && viewer.person.mayJoinConversations === true;
}

/**
 * The conversation, if the viewer takes part in it; others get 404 (not visible). A student
 * participant whom the district no longer lets into conversations gets 403.
 */
export function visibleConversation(state: BackendState, id: string, viewer: ViewerContext): ConversationRecord {
  const conversation = state.conversations.get(id);
  if (!conversation || !conversation.members[viewer.person.id]) throw notFound('conversation');
  if (!mayUseConversations(state, viewer)) throw forbidden('studentNotAllowed', 'Students may not use conversations here.');
  return conversation;
}

export function conversationVersion(conversation: ConversationRecord): string {
  return `v${conversation.version}`;
}

/** The text in the viewer's language, when it was written in another. */
export function translationFor(message: MessageRecord, language: string): Translation | null {
  const base = language.split('-')[0]!.toLowerCase();
  if (message.language.split('-')[0]!.toLowerCase() === base) return null;
  return message.translations.find((t) => t.language.split('-')[0]!.toLowerCase() === base) ?? null;
}

export function unreadCount(conversation: ConversationRecord, viewerId: string): number {
  const lastSeen = conversation.members[viewerId]?.lastSeenMessageId ?? null;
  let count = 0;
  for (let i = conversation.messages.length - 1; i >= 0; i--) {
    const message = conversation.messages[i]!;
    if (message.id === lastSeen) break;
    if (message.authorId !== viewerId) count++;
  }
  return count;
}

export function lastActivityAt(conversation: ConversationRecord): string {
  const last = conversation.messages[conversation.messages.length - 1]?.sentAt ?? conversation.createdAt;
  return conversation.stoppedAt && conversation.stoppedAt > last ? conversation.stoppedAt : last;
}

export function renderMessage(state: BackendState, conversation: ConversationRecord, message: MessageRecord, viewer: ViewerContext): Message {
  const isAuthor = message.authorId === viewer.person.id;
  return {
    id: message.id,
    conversationId: conversation.id,
    author: personSummary(state, message.authorId),
    sentAt: message.sentAt,
    body: message.body,
    language: message.language,
    translation: translationFor(message, viewer.person.language),
    via: message.via,
    attachments: message.attachments.map((a) => ({ ...a })),
    seenBy: message.seenBy.map((s) => ({ person: personSummary(state, s.personId), at: s.at })),
    deliveries: isAuthor ? message.deliveries.map((d) => ({ ...d })) : [],
    idempotencyKey: isAuthor ? message.idempotencyKey : null,
  };
}

export function renderSummary(state: BackendState, conversation: ConversationRecord, viewer: ViewerContext): ConversationSummary {
  const member = conversation.members[viewer.person.id]!;
  const last = conversation.messages[conversation.messages.length - 1];
  let lastMessage: ConversationSummary['lastMessage'] = null;
  if (last) {
    const text = translationFor(last, viewer.person.language)?.body ?? last.body;
    lastMessage = {
      author: personSummary(state, last.authorId),
      body: text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text,
      sentAt: last.sentAt,
    };
  }
  return {
    id: conversation.id,
    title: conversation.title,
    participants: conversation.participantIds.map((id) => personSummary(state, id)),
    lastMessage,
    lastActivityAt: lastActivityAt(conversation),
    unreadCount: unreadCount(conversation, viewer.person.id),
    muted: member.muted,
    archived: member.archived,
    stopped: conversation.stoppedAt !== null,
    version: conversationVersion(conversation),
  };
}

export function renderConversation(state: BackendState, conversation: ConversationRecord, viewer: ViewerContext): Conversation {
  const member = conversation.members[viewer.person.id]!;
  const staffViewer = isStaffLike(viewer);
  const participants: Participant[] = conversation.participantIds.map((id) => {
    const record = state.person(id);
    const participant: Participant = personSummary(state, id);
    if (staffViewer && record) {
      participant.language = record.person.language;
      participant.channel = notificationRoute(state.district, id).channel;
    }
    return participant;
  });
  const stopped = conversation.stoppedAt !== null;
  return {
    id: conversation.id,
    title: conversation.title,
    participants,
    createdAt: conversation.createdAt,
    createdBy: personSummary(state, conversation.createdBy),
    lastActivityAt: lastActivityAt(conversation),
    unreadCount: unreadCount(conversation, viewer.person.id),
    lastSeenMessageId: member.lastSeenMessageId,
    muted: member.muted,
    archived: member.archived,
    stopped,
    stoppedAt: conversation.stoppedAt,
    stoppedBy: conversation.stoppedBy ? personSummary(state, conversation.stoppedBy) : null,
    canStop: !stopped && viewer.permissions.has('conversations.stop'),
    version: conversationVersion(conversation),
    eventCursor: eventCursor(state.events.latest),
  };
}
