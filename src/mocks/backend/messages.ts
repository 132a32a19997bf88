import type { Attachment } from '../../domain/types.js';
import { BodyChecker } from './body-checker.js';
import { markSeenUpTo, postMessage } from './conversation-actions.js';
import { renderMessage, visibleConversation } from './conversation-view.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { makeCursor, readCursor, readLimit } from './paging.js';
import { forbidden, notFound } from './problems.js';

const MAX_BODY = 5000;

/** Checks a `NewMessage`: text or attachments, attachments the author uploaded. */
export function checkNewMessage(backend: MockBackend, check: BodyChecker, authorId: string): { body: string; attachments: Attachment[] } {
  const body = check.string('body', { required: true, max: MAX_BODY }) ?? '';
  const attachmentIds = check.array('attachmentIds', { max: 10 }, check.stringItem) ?? [];
  const attachments: Attachment[] = [];
  attachmentIds.forEach((id, i) => {
    const stored = backend.state.attachments.get(id);
    if (!stored || (stored.ownerId !== null && stored.ownerId !== authorId)) {
      check.fail(check.path(`attachmentIds.${i}`), 'notFound', 'Upload the file first.');
    } else attachments.push(stored.attachment);
  });
  if (typeof check.body.body === 'string' && body.trim() === '' && attachmentIds.length === 0) {
    check.fail(check.path('body'), 'required', 'Write something or attach a file.');
  }
  return { body, attachments };
}

export const listMessages = signedIn({
  operationId: 'listMessages',
  method: 'GET',
  path: '/conversations/{conversationId}/messages',
  run(backend, { viewer, params, query }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    const limit = readLimit(query);
    // Keyset paging backwards in time: the cursor holds the position of the oldest message
    // sent so far, and messages are only ever appended, so new ones never shift a page.
    const scope = `messages|${c.id}`;
    const end = query.get('cursor') ? readCursor(query, scope) : c.messages.length;
    const start = Math.max(0, end - limit);
    const items = c.messages.slice(start, end).reverse().map((m) => renderMessage(state, c, m, viewer));
    return json({ items, nextCursor: start > 0 ? makeCursor(scope, start) : null, total: c.messages.length });
  },
});

export const sendMessage = signedIn({
  operationId: 'sendMessage',
  method: 'POST',
  path: '/conversations/{conversationId}/messages',
  idempotent: true,
  replayStatus: 200,
  run(backend, { viewer, params, body, headers }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    if (c.stoppedAt) throw forbidden('conversationStopped', 'This conversation was stopped; no new replies.');
    const check = new BodyChecker(body);
    const input = checkNewMessage(backend, check, viewer.person.id);
    check.done();
    const message = postMessage(state, c, {
      authorId: viewer.person.id,
      body: input.body,
      attachments: input.attachments,
      idempotencyKey: headers.get('Idempotency-Key'),
    });
    return json(renderMessage(state, c, message, viewer), 201);
  },
});

export const markSeen = signedIn({
  operationId: 'markSeen',
  method: 'POST',
  path: '/conversations/{conversationId}/seen',
  run(backend, { viewer, params, body }: SignedInRequest) {
    const state = backend.state;
    const c = visibleConversation(state, params.conversationId!, viewer);
    const check = new BodyChecker(body);
    const upTo = check.string('upToMessageId', { required: true, min: 1 });
    check.done();
    const index = c.messages.findIndex((m) => m.id === upTo);
    if (index === -1) throw notFound('message');
    markSeenUpTo(state, c, viewer.person.id, index);
    return { status: 204 };
  },
});
