import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function conversationConformance(ctx: ConformanceContext): void {
  describe('conversations', () => {
    it('listConversations: pages of the inbox and of the archive; 401; 422 for a foreign cursor', async () => {
      const { call, f } = ctx;
      const first = await call('listConversations', { as: f.teacher, query: { limit: 2 } });
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, 2);
      assert.ok(first.body.nextCursor);
      const archived = await call('listConversations', { as: f.teacher, query: { archived: true } });
      assert.ok(archived.body.items.some((c: { id: string }) => c.id === f.conversations.archived));
      const search = await call('listConversations', { as: f.teacher, query: { q: 'nunez' } });
      assert.ok(search.body.items.some((c: { id: string }) => c.id === f.conversations.translated));
      assert.equal((await call('listConversations')).status, 401);
      const foreign = await call('listConversations', { as: f.teacher, query: { archived: true, cursor: first.body.nextCursor } });
      assert.equal(foreign.status, 422);
      assert.equal(foreign.body.fields[0].field, 'cursor');
    });

    it('getUnreadSummary: counts unread messages of unmuted conversations; 401', async () => {
      const { call, f } = ctx;
      const unread = await call('getUnreadSummary', { as: f.teacher });
      assert.equal(unread.status, 200);
      assert.ok(unread.body.messages >= 3);
      assert.equal((await call('getUnreadSummary')).status, 401);
    });

    it('getConversation: 200 with ETag equal to version; 404 for a non-participant; 401', async () => {
      const { call, f } = ctx;
      const got = await call('getConversation', { as: f.teacher, params: { conversationId: f.conversations.unread } });
      assert.equal(got.status, 200);
      assert.equal(got.headers.get('ETag'), got.body.version);
      assert.equal(got.body.unreadCount, 3);
      assert.equal((await call('getConversation', { as: f.optedOutGuardian.personId, params: { conversationId: f.conversations.unread } })).status, 404);
      assert.equal((await call('getConversation', { as: f.teacher, params: { conversationId: 'conv-none' } })).status, 404);
      assert.equal((await call('getConversation', { params: { conversationId: f.conversations.unread } })).status, 401);
    });

    it('createConversation: 201; a repeated key returns the same conversation; 403 for guardians; 401', async () => {
      const { call, f } = ctx;
      const body = { participantIds: [f.spanishGuardian, f.studentMayJoin], title: 'Robotics club', firstMessage: { body: 'Welcome to the robotics club!' } };
      const created = await call('createConversation', { as: f.teacher, body, idempotencyKey: 'create-robotics-1' });
      assert.equal(created.status, 201);
      assert.equal(created.body.participants.length, 3);
      const again = await call('createConversation', { as: f.teacher, body, idempotencyKey: 'create-robotics-1' });
      assert.equal(again.body.id, created.body.id);
      assert.equal((await call('createConversation', { as: f.guardian, body })).status, 403);
      assert.equal((await call('createConversation', { body })).status, 401);
    });

    it('createConversation: 422 participantLimit for a 16th participant, studentNotAllowed, blank message, missing key', async () => {
      const { call, f, backend } = ctx;
      const fifteen = [...backend.district.people.values()].filter((r) => r.person.role === 'guardian' && r.person.active).slice(0, 15).map((r) => r.person.id);
      const tooMany = await call('createConversation', { as: f.teacher, body: { participantIds: fifteen, firstMessage: { body: 'Hi' } } });
      assert.equal(tooMany.status, 422);
      assert.equal(tooMany.body.code, 'participantLimit');
      assert.equal(tooMany.body.fields[0].code, 'participantLimit');
      const fourteen = await call('createConversation', { as: f.teacher, body: { participantIds: fifteen.slice(0, 14), firstMessage: { body: 'Hi' } } });
      assert.equal(fourteen.status, 201);
      const student = await call('createConversation', { as: f.teacher, body: { participantIds: [f.studentMayNotJoin], firstMessage: { body: 'Hi' } } });
      assert.equal(student.status, 422);
      assert.deepEqual(student.body.fields, [{ field: 'participantIds.0', code: 'studentNotAllowed', message: 'This student may not join conversations.' }]);
      const blank = await call('createConversation', { as: f.teacher, body: { participantIds: [f.guardian], firstMessage: { body: '   ' } } });
      assert.equal(blank.body.fields[0].field, 'firstMessage.body');
      const noKey = await call('createConversation', { as: f.teacher, idempotencyKey: null, body: { participantIds: [f.guardian], firstMessage: { body: 'Hi' } } });
      assert.equal(noKey.status, 422);
      assert.equal(noKey.body.fields[0].field, 'Idempotency-Key');
    });

    it('updateConversation: rename with If-Match, 409 with current on a stale version, mute and archive for the viewer only', async () => {
      const { call, f } = ctx;
      const conversationId = f.conversations.withAttachments;
      const before = await call('getConversation', { as: f.teacher, params: { conversationId } });
      const renamed = await call('updateConversation', { as: f.teacher, params: { conversationId }, headers: { 'If-Match': before.body.version }, body: { title: 'Picture day' } });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.body.title, 'Picture day');
      const stale = await call('updateConversation', { as: f.teacher, params: { conversationId }, headers: { 'If-Match': before.body.version }, body: { title: 'Other' } });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.current.title, 'Picture day');
      const muted = await call('updateConversation', { as: f.teacher, params: { conversationId }, body: { muted: true } });
      assert.equal(muted.body.muted, true);
      const forAna = await call('getConversation', { as: f.household.partnerId, params: { conversationId } });
      assert.equal(forAna.body.muted, false);
      assert.equal((await call('updateConversation', { as: f.household.partnerId, params: { conversationId }, headers: { 'If-Match': renamed.body.version }, body: { title: 'Mine' } })).status, 403);
      assert.equal((await call('updateConversation', { as: f.teacher, params: { conversationId }, body: {} })).status, 422);
      assert.equal((await call('updateConversation', { as: f.teacher, params: { conversationId }, body: { title: 'No version' } })).status, 422);
      assert.equal((await call('updateConversation', { as: f.optedOutGuardian.personId, params: { conversationId }, body: { muted: true } })).status, 404);
      assert.equal((await call('updateConversation', { params: { conversationId }, body: { muted: true } })).status, 401);
    });

    it('stopConversation: staff stop, twice is harmless; guardians 403; 404; 401', async () => {
      const { call, f } = ctx;
      const conversationId = f.conversations.translated;
      const first = await call('stopConversation', { as: f.teacher, params: { conversationId } });
      assert.equal(first.status, 200);
      assert.equal(first.body.stopped, true);
      assert.equal((await call('stopConversation', { as: f.teacher, params: { conversationId } })).body.stoppedAt, first.body.stoppedAt);
      assert.equal((await call('stopConversation', { as: f.spanishGuardian, params: { conversationId } })).status, 403);
      assert.equal((await call('stopConversation', { as: f.teacher, params: { conversationId: 'conv-none' } })).status, 404);
      assert.equal((await call('stopConversation', { params: { conversationId } })).status, 401);
    });

    it('listMessages: newest first, every message exactly once across pages; 403-free 404; 401; 422', async () => {
      const { call, f, backend } = ctx;
      const conversationId = f.conversations.long;
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call('listMessages', { as: f.teacher, params: { conversationId }, query: { limit: 40, cursor } });
        assert.equal(page.status, 200);
        seen.push(...page.body.items.map((m: { id: string }) => m.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      const stored = backend.state.conversations.get(conversationId)!.messages.map((m) => m.id).reverse();
      assert.deepEqual(seen, stored);
      assert.equal((await call('listMessages', { as: f.optedOutGuardian.personId, params: { conversationId } })).status, 404);
      assert.equal((await call('listMessages', { params: { conversationId } })).status, 401);
      assert.equal((await call('listMessages', { as: f.teacher, params: { conversationId }, query: { limit: 500 } })).status, 422);
    });

    it('sendMessage: 201, 200 for a repeated key, 403 conversationStopped, 422 blank, 404, 401', async () => {
      const { call, f } = ctx;
      const conversationId = f.conversations.unread;
      const sent = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: 'See you Tuesday.' }, idempotencyKey: 'send-tuesday-1' });
      assert.equal(sent.status, 201);
      assert.equal(sent.body.idempotencyKey, 'send-tuesday-1');
      assert.equal(sent.body.deliveries.length, 1);
      const repeat = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: 'See you Tuesday.' }, idempotencyKey: 'send-tuesday-1' });
      assert.equal(repeat.status, 200);
      assert.equal(repeat.body.id, sent.body.id);
      const stopped = await call('sendMessage', { as: f.guardian, params: { conversationId: f.conversations.stopped }, body: { body: 'One more thing' } });
      assert.equal(stopped.status, 403);
      assert.equal(stopped.body.code, 'conversationStopped');
      const blank = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: '' } });
      assert.equal(blank.status, 422);
      assert.deepEqual(blank.body.fields.map((x: { field: string }) => x.field), ['body']);
      assert.equal((await call('sendMessage', { as: f.teacher, params: { conversationId: 'conv-none' }, body: { body: 'x' } })).status, 404);
      assert.equal((await call('sendMessage', { params: { conversationId }, body: { body: 'x' } })).status, 401);
    });

    it('markSeen: 204, seen receipts appear for the author; 404 unknown message; 422; 401', async () => {
      const { call, f } = ctx;
      const conversationId = f.conversations.unread;
      const newest = await call('listMessages', { as: f.guardian, params: { conversationId }, query: { limit: 1 } });
      const upToMessageId = newest.body.items[0].id;
      assert.equal((await call('markSeen', { as: f.guardian, params: { conversationId }, body: { upToMessageId } })).status, 204);
      const after = await call('listMessages', { as: f.teacher, params: { conversationId }, query: { limit: 1 } });
      assert.ok(after.body.items[0].seenBy.some((s: { person: { id: string } }) => s.person.id === f.guardian));
      assert.equal((await call('markSeen', { as: f.guardian, params: { conversationId }, body: { upToMessageId: 'msg-none' } })).status, 404);
      assert.equal((await call('markSeen', { as: f.guardian, params: { conversationId }, body: {} })).status, 422);
      assert.equal((await call('markSeen', { params: { conversationId }, body: { upToMessageId } })).status, 401);
    });

    it('pollConversationEvents: answers with a simulated reply as it arrives; empty batch when the wait runs out', async () => {
      const { call, f, backend } = ctx;
      const conversationId = f.conversations.muted;
      const conversation = await call('getConversation', { as: f.teacher, params: { conversationId } });
      const empty = await call('pollConversationEvents', { as: f.teacher, params: { conversationId }, query: { after: conversation.body.eventCursor, waitSeconds: 0 } });
      assert.deepEqual(empty.body.events, []);
      const pending = call('pollConversationEvents', { as: f.teacher, params: { conversationId }, query: { after: conversation.body.eventCursor, waitSeconds: 5 } });
      setTimeout(() => backend.simulate.reply(conversationId, { authorId: f.guardian, body: 'Is practice still on?', via: 'sms' }), 20);
      const started = Date.now();
      const polled = await pending;
      assert.ok(Date.now() - started < 2000, 'answered as soon as the reply came');
      const created = polled.body.events.filter((e: { type: string }) => e.type === 'messageCreated');
      assert.equal(created.length, 1);
      assert.equal(created[0].message.body, 'Is practice still on?');
      assert.equal((await call('pollConversationEvents', { as: f.optedOutGuardian.personId, params: { conversationId }, query: { waitSeconds: 0 } })).status, 404);
      assert.equal((await call('pollConversationEvents', { as: f.teacher, params: { conversationId }, query: { after: 'garbage' } })).status, 422);
      assert.equal((await call('pollConversationEvents', { params: { conversationId } })).status, 401);
    });

    it('pollInboxEvents: reports changed conversations with unread counts; stops waiting when aborted', async () => {
      const { call, f, backend } = ctx;
      const start = await call('pollInboxEvents', { as: f.teacher, query: { waitSeconds: 0 } });
      const pending = call('pollInboxEvents', { as: f.teacher, query: { after: start.body.cursor, waitSeconds: 5 } });
      setTimeout(() => backend.simulate.reply(f.conversations.unread, { authorId: f.guardian, body: 'Thanks!' }), 20);
      const polled = await pending;
      assert.deepEqual(polled.body.conversations.map((c: { id: string }) => c.id), [f.conversations.unread]);
      assert.ok(polled.body.unread.messages >= 1);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      await assert.rejects(call('pollInboxEvents', { as: f.teacher, query: { after: polled.body.cursor, waitSeconds: 30 }, signal: controller.signal }));
      assert.equal((await call('pollInboxEvents', { as: f.teacher, query: { waitSeconds: 99 } })).status, 422);
      assert.equal((await call('pollInboxEvents')).status, 401);
    });

    it('uploadAttachment: 201 within the limits; 422 tooLarge and typeNotAllowed; 401', async () => {
      const { call, f, backend } = ctx;
      const form = (name: string, type: string, size: number) => {
        const data = new FormData();
        data.set('file', new File([new Uint8Array(size)], name, { type }));
        return data;
      };
      const ok = await call('uploadAttachment', { as: f.teacher, form: form('notes.pdf', 'application/pdf', 2048) });
      assert.equal(ok.status, 201);
      assert.equal(ok.body.size, 2048);
      const max = backend.district.settings.attachments.maxBytes;
      const big = await call('uploadAttachment', { as: f.teacher, form: form('video.png', 'image/png', max + 1) });
      assert.equal(big.status, 422);
      assert.equal(big.body.fields[0].code, 'tooLarge');
      const exe = await call('uploadAttachment', { as: f.teacher, form: form('setup.exe', 'application/x-msdownload', 10) });
      assert.equal(exe.body.fields[0].code, 'typeNotAllowed');
      assert.equal((await call('uploadAttachment', { form: form('a.txt', 'text/plain', 1) })).status, 401);
      const withFile = await call('sendMessage', { as: f.teacher, params: { conversationId: f.conversations.unread }, body: { body: '', attachmentIds: [ok.body.id] } });
      assert.equal(withFile.body.attachments[0].id, ok.body.id);
    });

    it('a student participant the district keeps out of conversations: 403, and an empty inbox', async () => {
      const { call, f, backend } = ctx;
      const conversationId = f.conversations.muted;
      const as = f.studentMayJoin;
      const [newest] = (await call('listMessages', { as, params: { conversationId }, query: { limit: 1 } })).body.items;
      backend.district.settings.studentsInConversations = false;
      try {
        const refused = await call('getConversation', { as, params: { conversationId } });
        assert.deepEqual([refused.status, refused.body.code], [403, 'studentNotAllowed']);
        assert.equal((await call('listMessages', { as, params: { conversationId } })).status, 403);
        assert.equal((await call('sendMessage', { as, params: { conversationId }, body: { body: 'Hi' } })).status, 403);
        assert.equal((await call('markSeen', { as, params: { conversationId }, body: { upToMessageId: newest.id } })).status, 403);
        assert.equal((await call('pollConversationEvents', { as, params: { conversationId }, query: { waitSeconds: 0 } })).status, 403);
        const file = new FormData();
        file.set('file', new File(['x'], 'a.txt', { type: 'text/plain' }));
        assert.equal((await call('uploadAttachment', { as, form: file })).status, 403);
        assert.deepEqual((await call('listConversations', { as })).body.items, []);
        assert.deepEqual((await call('getUnreadSummary', { as })).body, { conversations: 0, messages: 0 });
      } finally {
        backend.district.settings.studentsInConversations = true;
      }
    });

    it('rate limits creates, sends and uploads with 429 and Retry-After', async () => {
      const { call, f, backend } = ctx;
      for (const operationId of ['createConversation', 'sendMessage', 'uploadAttachment']) {
        backend.controls.failNext({ operationId, status: 429 });
      }
      const created = await call('createConversation', { as: f.teacher, body: { participantIds: [f.guardian], firstMessage: { body: 'Hi' } } });
      assert.deepEqual([created.status, created.headers.get('Retry-After')], [429, '1']);
      assert.equal((await call('sendMessage', { as: f.teacher, params: { conversationId: f.conversations.unread }, body: { body: 'Hi' } })).status, 429);
      const file = new FormData();
      file.set('file', new File(['x'], 'a.txt', { type: 'text/plain' }));
      assert.equal((await call('uploadAttachment', { as: f.teacher, form: file })).status, 429);
    });

    it('searchDirectory: matches names without accents, honours roles, hides students who may not join; 422; 401', async () => {
      const { call, f } = ctx;
      const jose = await call('searchDirectory', { as: f.teacher, query: { q: 'jose nun' } });
      assert.equal(jose.status, 200);
      assert.ok(jose.body.items.some((e: { id: string }) => e.id === f.spanishGuardian));
      const andersons = await call('searchDirectory', { as: f.teacher, query: { q: 'anderson', role: 'student' } });
      const ids = andersons.body.items.map((e: { id: string }) => e.id);
      assert.ok(ids.includes(f.studentMayJoin) && !ids.includes(f.studentMayNotJoin));
      assert.equal((await call('searchDirectory', { as: f.teacher, query: { q: '' } })).status, 422);
      assert.equal((await call('searchDirectory', { query: { q: 'a' } })).status, 401);
    });
  });
}
