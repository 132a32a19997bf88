import type { ConversationRecord } from '../district/index.js';
import { requirePermission, type ViewerContext } from './auth.js';
import { BodyChecker } from './body-checker.js';
import { postMessage, sharedChange } from './conversation-actions.js';
import { conversationVersion, lastActivityAt, mayUseConversations, renderConversation, renderSummary, unreadCount, visibleConversation } from './conversation-view.js';
import { checkNewMessage } from './messages.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { conflict, field, forbidden, invalid, ProblemError } from './problems.js';
import { fold, readBoolean } from './text.js';
import { readIfMatch } from './versions.js';

function viewerConversations(backend: MockBackend, viewer: ViewerContext): ConversationRecord[] {
  // A student the district keeps out of conversations has an empty inbox.
  if (!mayUseConversations(backend.state, viewer)) return [];
  const out: ConversationRecord[] = [];
  for (const c of backend.state.conversations.values()) if (c.members[viewer.person.id]) out.push(c);
  return out;
}

function byActivity(a: ConversationRecord, b: ConversationRecord): number {
  const x = lastActivityAt(a);
  const y = lastActivityAt(b);
  return x < y ? 1 : x > y ? -1 : a.id < b.id ? 1 : -1;
}

/** Counts for the new-message bubble: muted and archived conversations do not ring it. */
export function unreadSummary(backend: MockBackend, viewer: ViewerContext): { conversations: number; messages: number } {
  const viewerId = viewer.person.id;
  let conversations = 0;
  let messages = 0;
  for (const c of viewerConversations(backend, viewer)) {
    const member = c.members[viewerId]!;
    if (member.muted || member.archived) continue;
    const n = unreadCount(c, viewerId);
    if (n > 0) {
      conversations += 1;
      messages += n;
    }
  }
  return { conversations, messages };
}

export const listConversations = signedIn({
  operationId: 'listConversations',
  method: 'GET',
  path: '/conversations',
  run(backend, { viewer, query }: SignedInRequest) {
    const archived = readBoolean(query.get('archived'));
    if (archived === 'invalid') throw invalid([field('archived', 'invalidType')]);
    const q = query.get('q') ?? '';
    if (q.length > 200) throw invalid([field('q', 'tooLong')]);
    const folded = fold(q.trim());
    const state = backend.state;
    const items = viewerConversations(backend, viewer)
      .filter((c) => c.members[viewer.person.id]!.archived === (archived ?? false))
      .filter(
        (c) =>
          !folded ||
          fold(c.title).includes(folded) ||
          c.participantIds.some((id) => fold(state.person(id)?.person.displayName ?? '').includes(folded)),
      )
      .sort(byActivity);
    const scope = `conversations|${viewer.person.id}|${archived ?? false}|${folded}`;
    const page = pageOf(items, query, scope);
    return json({ ...page, items: page.items.map((c) => renderSummary(state, c, viewer)) });
  },
});

export const getUnreadSummary = signedIn({
  operationId: 'getUnreadSummary',
  method: 'GET',
  path: '/conversations/unread',
  run(backend, { viewer }: SignedInRequest) {
    return json(unreadSummary(backend, viewer));
  },
});

export const getConversation = signedIn({
  operationId: 'getConversation',
  method: 'GET',
  path: '/conversations/{conversationId}',
  run(backend, { viewer, params }: SignedInRequest) {
    const c = visibleConversation(backend.state, params.conversationId!, viewer);
    return json(renderConversation(backend.state, c, viewer), 200, { ETag: conversationVersion(c) });
  },
});

export const createConversation = signedIn({
  operationId: 'createConversation',
  method: 'POST',
  path: '/conversations',
  idempotent: true,
  run(backend, { viewer, body }: SignedInRequest) {
    requirePermission(viewer, 'conversations.start');
    const state = backend.state;
    const settings = state.district.settings;
    const check = new BodyChecker(body);
    const ids = check.array('participantIds', { required: true, min: 1 }, check.stringItem) ?? [];
    const title = check.string('title', { nullable: true, max: 200 });
    const first = check.object('firstMessage', true, (nested) => checkNewMessage(backend, nested, viewer.person.id));
    check.done();
    const others: string[] = [];
    ids.forEach((id, i) => {
      const record = state.person(id);
      const path = `participantIds.${i}`;
      if (!record || !record.person.active) return check.fail(path, 'notFound', 'No such active person.');
      if (record.person.role === 'student' && !(settings.studentsInConversations && record.person.mayJoinConversations)) {
        return check.fail(path, 'studentNotAllowed', 'This student may not join conversations.');
      }
      if (id !== viewer.person.id && !others.includes(id)) others.push(id);
    });
    check.done();
    if (others.length + 1 > settings.participantLimit) {
      throw invalid(
        [field('participantIds', 'participantLimit', `At most ${settings.participantLimit} people, you included.`)],
        'participantLimit',
      );
    }
    const now = state.clock.now();
    const participantIds = [viewer.person.id, ...others];
    const conversation: ConversationRecord = {
      id: state.nextId('conv'),
      title: title?.trim() || participantIds.slice(1).map((id) => state.person(id)!.person.displayName).join(', ').slice(0, 200),
      participantIds,
      createdAt: now,
      createdBy: viewer.person.id,
      stoppedAt: null,
      stoppedBy: null,
      version: 1,
      messages: [],
      members: Object.fromEntries(participantIds.map((id) => [id, { muted: false, archived: false, lastSeenMessageId: null }])),
    };
    state.conversations.set(conversation.id, conversation);
    state.district.conversations.push(conversation);
    postMessage(state, conversation, { authorId: viewer.person.id, body: first!.body, attachments: first!.attachments });
    return json(renderConversation(state, conversation, viewer), 201);
  },
});

export const updateConversation = signedIn({
  operationId: 'updateConversation',
  method: 'PATCH',
  path: '/conversations/{conversationId}',
  run(backend, { viewer, params, body, headers }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    const check = new BodyChecker(body);
    const title = check.string('title', { min: 1, max: 200 });
    const muted = check.boolean('muted');
    const archived = check.boolean('archived');
    if (title === undefined && muted === undefined && archived === undefined && !check.errors.length) {
      check.fail('body', 'required', 'Give a title, muted or archived.');
    }
    check.done();
    if (title !== undefined && title !== null) {
      const version = readIfMatch(headers, { required: true });
      if (!viewer.permissions.has('conversations.start')) throw forbidden('forbidden', 'Only staff rename conversations.');
      if (c.stoppedAt) throw forbidden('conversationStopped', 'A stopped conversation cannot be renamed.');
      if (version !== conversationVersion(c)) throw conflict(renderConversation(state, c, viewer));
      if (title.trim() === '') throw invalid([field('title', 'required')]);
      c.title = title.trim();
      sharedChange(state, c);
    }
    const member = c.members[viewer.person.id]!;
    if (muted !== undefined || archived !== undefined) {
      if (muted !== undefined) member.muted = muted;
      if (archived !== undefined) member.archived = archived;
      state.events.append({ conversationId: c.id, kind: 'conversationUpdated', onlyFor: viewer.person.id });
    }
    return json(renderConversation(state, c, viewer), 200, { ETag: conversationVersion(c) });
  },
});

export const stopConversation = signedIn({
  operationId: 'stopConversation',
  method: 'POST',
  path: '/conversations/{conversationId}/stop',
  run(backend, { viewer, params }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    if (!viewer.permissions.has('conversations.stop')) throw new ProblemError(403, 'forbidden', { detail: 'Only staff stop conversations.' });
    if (!c.stoppedAt) {
      c.stoppedAt = state.clock.now();
      c.stoppedBy = viewer.person.id;
      sharedChange(state, c);
    }
    return json(renderConversation(state, c, viewer));
  },
});
