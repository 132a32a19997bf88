import type { ConversationEvent, ConversationSummary } from '../../domain/types.js';
import type { ViewerContext } from './auth.js';
import { mayUseConversations, renderConversation, renderMessage, renderSummary, visibleConversation } from './conversation-view.js';
import { unreadSummary } from './conversations.js';
import { eventCursor, readEventCursor, type LoggedEvent } from './events.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { field, invalid } from './problems.js';

const DEFAULT_WAIT_SECONDS = 25;

function readWait(query: URLSearchParams): number {
  const raw = query.get('waitSeconds');
  if (raw === null) return DEFAULT_WAIT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 30) throw invalid([field('waitSeconds', 'outOfRange')]);
  return seconds;
}

function readAfter(query: URLSearchParams): number {
  const after = readEventCursor(query.get('after'));
  if (after === null) throw invalid([field('after', 'invalidCursor')]);
  return after;
}

function concerns(event: LoggedEvent, viewer: ViewerContext): boolean {
  return event.onlyFor === undefined || event.onlyFor === viewer.person.id;
}

/**
 * Answers as soon as `collect` finds something after the cursor, or when the wait runs out,
 * or when the client aborts.
 */
async function longPoll<T>(backend: MockBackend, after: number, waitSeconds: number, signal: AbortSignal, collect: (events: LoggedEvent[]) => T[]): Promise<{ items: T[]; cursor: string }> {
  const state = backend.state;
  const deadline = Date.now() + waitSeconds * 1000;
  // A cursor from before a reset may be ahead of the log; start from the log's end then.
  const from = Math.min(after, state.events.latest);
  for (;;) {
    const latest = state.events.latest;
    const items = collect(state.events.after(from));
    const remaining = deadline - Date.now();
    if (items.length || remaining <= 0 || signal.aborted || backend.state !== state) {
      return { items, cursor: eventCursor(latest) };
    }
    await state.events.wait(remaining, signal);
  }
}

export const pollConversationEvents = signedIn({
  operationId: 'pollConversationEvents',
  method: 'GET',
  path: '/conversations/{conversationId}/events',
  async run(backend, { viewer, params, query, signal }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    const after = readAfter(query);
    const wait = readWait(query);
    const { items, cursor } = await longPoll(backend, after, wait, signal, (events) => {
      // One event per message or conversation, in the order of its latest change.
      const latestByKey = new Map<string, LoggedEvent>();
      for (const e of events) {
        if (e.conversationId !== c.id || !concerns(e, viewer)) continue;
        const key = e.messageId ? `m:${e.messageId}` : 'c';
        const earlier = latestByKey.get(key);
        latestByKey.delete(key);
        latestByKey.set(key, earlier?.kind === 'messageCreated' ? { ...e, kind: 'messageCreated' } : e);
      }
      const out: ConversationEvent[] = [];
      for (const e of latestByKey.values()) {
        if (e.kind === 'conversationUpdated') {
          out.push({ type: 'conversationUpdated', conversation: renderConversation(state, c, viewer) });
        } else {
          const message = c.messages.find((m) => m.id === e.messageId);
          if (message) out.push({ type: e.kind, message: renderMessage(state, c, message, viewer) });
        }
      }
      return out;
    });
    return json({ events: items, cursor });
  },
});

export const pollInboxEvents = signedIn({
  operationId: 'pollInboxEvents',
  method: 'GET',
  path: '/conversations/events',
  async run(backend, { viewer, query, signal }: SignedInRequest) {
    const state = backend.state;
    const after = readAfter(query);
    const wait = readWait(query);
    const { items, cursor } = await longPoll(backend, after, wait, signal, (events) => {
      const changed = new Set<string>();
      if (!mayUseConversations(state, viewer)) return [];
      for (const e of events) {
        const c = state.conversations.get(e.conversationId);
        if (c?.members[viewer.person.id] && concerns(e, viewer)) changed.add(c.id);
      }
      const out: ConversationSummary[] = [];
      for (const id of changed) out.push(renderSummary(state, state.conversations.get(id)!, viewer));
      return out;
    });
    return json({ conversations: items, unread: unreadSummary(backend, viewer), cursor });
  },
});
