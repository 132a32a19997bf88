import { FAMILY_REPLIES, STAFF_FOLLOW_UPS } from '../district/phrasebook.js';
import { notificationRoute } from '../district/notification-route.js';
import type { MockBackend } from './mock-backend.js';

export interface ConversationLifeOptions {
  /** Who is watching: they never reply by themselves. */
  viewerId: string;
  /** Pause between two simulated events. Default 4000 ms. */
  everyMs?: number;
  /** Stop after this many replies. Default 6. */
  replies?: number;
}

/**
 * Makes one conversation alive for a story or the demo: in turn, each other participant reads
 * what came before (seen-by fills in) and replies in their own language, by the channel their
 * notifications reach them by (a guardian on SMS answers by text), so the reader sees it
 * translated. Deterministic order, driven by a timer; returns a function that stops it.
 */
export function keepConversationAlive(backend: MockBackend, conversationId: string, options: ConversationLifeOptions): () => void {
  const { viewerId, everyMs = 4000, replies = 6 } = options;
  let turn = 0;
  const timer = setInterval(() => {
    const conversation = backend.state.conversations.get(conversationId);
    if (!conversation || conversation.stoppedAt || turn >= replies) {
      clearInterval(timer);
      return;
    }
    const others = conversation.participantIds.filter((id) => id !== viewerId);
    if (!others.length) return;
    const authorId = others[turn % others.length]!;
    const record = backend.state.person(authorId)!;
    const staff = record.person.role === 'staff';
    const phrase = (staff ? STAFF_FOLLOW_UPS : FAMILY_REPLIES)[turn % (staff ? STAFF_FOLLOW_UPS : FAMILY_REPLIES).length]!;
    const language = (['en', 'es', 'vi'] as const).find((l) => record.person.language.startsWith(l)) ?? 'en';
    const route = notificationRoute(backend.state.district, authorId).channel;
    for (const id of others) if (id !== authorId) backend.simulate.seen(conversationId, id);
    backend.simulate.reply(conversationId, {
      authorId,
      body: phrase[language],
      language,
      via: staff || route === 'inApp' ? 'app' : route,
    });
    backend.simulate.deliverQueued(conversationId);
    turn += 1;
  }, everyMs);
  return () => clearInterval(timer);
}
