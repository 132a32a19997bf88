import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createMockDistrictBackend } from '../../src/mocks/index.js';
import { contractClient } from './support/client.js';

const { backend, handlers, district } = createMockDistrictBackend({ seed: 21, size: 'small' });
const f = district.fixtures;
const server = setupServer(...handlers);
const { call } = contractClient();

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

describe('mock backend: conversation rules through HTTP', () => {
  it('delivers by each participant’s channel and falls back to SMS for a bouncing email', async () => {
    const created = await call('createConversation', {
      as: f.teacher,
      body: { participantIds: [f.bouncingEmailGuardian.personId, f.vietnameseGuardian], firstMessage: { body: 'Hello families' } },
    });
    const [message] = (await call('listMessages', { as: f.teacher, params: { conversationId: created.body.id } })).body.items;
    const byPerson = Object.fromEntries(message.deliveries.map((d: { personId: string }) => [d.personId, d]));
    assert.deepEqual([byPerson[f.bouncingEmailGuardian.personId].channel, byPerson[f.bouncingEmailGuardian.personId].fallbackFrom], ['sms', 'email']);
    assert.deepEqual([byPerson[f.vietnameseGuardian].channel, byPerson[f.vietnameseGuardian].fallbackFrom], ['sms', null]);
    backend.simulate.emailRecovered(f.bouncingEmailGuardian.email);
    const next = await call('sendMessage', { as: f.teacher, params: { conversationId: created.body.id }, body: { body: 'Second note' } });
    const recovered = next.body.deliveries.find((d: { personId: string }) => d.personId === f.bouncingEmailGuardian.personId);
    assert.deepEqual([recovered.channel, recovered.fallbackFrom], ['email', null]);
  });

  it('shows each reader the reply in their language with the original kept', async () => {
    const conversationId = f.conversations.translated;
    const forTeacher = (await call('listMessages', { as: f.teacher, params: { conversationId } })).body.items;
    const spanish = forTeacher.find((m: { language: string }) => m.language === 'es');
    assert.equal(spanish.translation.language, 'en');
    assert.notEqual(spanish.translation.body, spanish.body);
    const forJose = (await call('listMessages', { as: f.spanishGuardian, params: { conversationId } })).body.items;
    assert.equal(forJose.find((m: { id: string }) => m.id === spanish.id).translation, null);
    const english = forJose.find((m: { language: string }) => m.language === 'en');
    assert.equal(english.translation.language, 'es');
  });

  it('keeps unread counts, mute and archive per viewer', async () => {
    const conversationId = f.conversations.unread;
    assert.equal((await call('getConversation', { as: f.teacher, params: { conversationId } })).body.unreadCount, 3);
    assert.equal((await call('getConversation', { as: f.guardian, params: { conversationId } })).body.unreadCount, 0);
    await call('updateConversation', { as: f.guardian, params: { conversationId }, body: { archived: true } });
    const teacherInbox = (await call('listConversations', { as: f.teacher, query: { limit: 200 } })).body.items.map((c: { id: string }) => c.id);
    assert.ok(teacherInbox.includes(conversationId));
    const guardianArchive = (await call('listConversations', { as: f.guardian, query: { archived: true } })).body.items.map((c: { id: string }) => c.id);
    assert.ok(guardianArchive.includes(conversationId));
    const newest = (await call('listMessages', { as: f.teacher, params: { conversationId }, query: { limit: 1 } })).body.items[0];
    await call('markSeen', { as: f.teacher, params: { conversationId }, body: { upToMessageId: newest.id } });
    assert.equal((await call('getUnreadSummary', { as: f.teacher })).body.messages, 0);
  });

  it('lets a student join only where allowed, and never a 16th person', async () => {
    const ok = await call('createConversation', { as: f.teacher, body: { participantIds: [f.studentMayJoin], firstMessage: { body: 'Hi Liam' } } });
    assert.equal(ok.status, 201);
    const refused = await call('createConversation', { as: f.teacher, body: { participantIds: [f.studentMayNotJoin], firstMessage: { body: 'Hi Zoe' } } });
    assert.equal(refused.body.fields[0].code, 'studentNotAllowed');
    backend.district.settings.studentsInConversations = false;
    const districtOff = await call('createConversation', { as: f.teacher, body: { participantIds: [f.studentMayJoin], firstMessage: { body: 'Hi' } } });
    assert.equal(districtOff.status, 422);
    const directory = await call('searchDirectory', { as: f.teacher, query: { q: 'Liam' } });
    assert.ok(directory.body.items.every((e: { role: string }) => e.role !== 'student'));
  });

  it('refuses replies to a stopped conversation, from the app and in the simulation', async () => {
    const conversationId = f.conversations.stopped;
    const reply = await call('sendMessage', { as: f.household.partnerId, params: { conversationId }, body: { body: 'Wait!' } });
    assert.deepEqual([reply.status, reply.body.code], [403, 'conversationStopped']);
    assert.throws(() => backend.simulate.reply(conversationId, { authorId: f.guardian, body: 'Late' }));
    const history = await call('listMessages', { as: f.household.partnerId, params: { conversationId } });
    assert.ok(history.body.items.length >= 4, 'history stays readable');
  });

  it('sends a retried message once: the same key answers 200 with the first message', async () => {
    const conversationId = f.conversations.unread;
    const first = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: 'Once' }, idempotencyKey: 'retry-once-001' });
    const second = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: 'Once' }, idempotencyKey: 'retry-once-001' });
    assert.deepEqual([first.status, second.status], [201, 200]);
    assert.equal(second.body.id, first.body.id);
    const messages = (await call('listMessages', { as: f.teacher, params: { conversationId }, query: { limit: 200 } })).body.items;
    assert.equal(messages.filter((m: { body: string }) => m.body === 'Once').length, 1);
  });

  it('reports seen receipts and deliveries live to the author', async () => {
    const conversationId = f.conversations.unread;
    const sent = await call('sendMessage', { as: f.teacher, params: { conversationId }, body: { body: 'Did you get this?' } });
    const { eventCursor } = (await call('getConversation', { as: f.teacher, params: { conversationId } })).body;
    backend.simulate.deliverQueued(conversationId);
    backend.simulate.seen(conversationId, f.guardian);
    const batch = await call('pollConversationEvents', { as: f.teacher, params: { conversationId }, query: { after: eventCursor, waitSeconds: 1 } });
    const updated = batch.body.events.find((e: { type: string; message?: { id: string } }) => e.type === 'messageUpdated' && e.message?.id === sent.body.id);
    assert.equal(updated.message.deliveries[0].state, 'delivered');
    assert.equal(updated.message.seenBy[0].person.id, f.guardian);
  });

  it('pages the directory and the inbox with every item exactly once', async () => {
    for (const [operationId, query] of [['searchDirectory', { q: 'a' }], ['listConversations', {}]] as const) {
      const ids: string[] = [];
      let cursor: string | undefined;
      let total = 0;
      do {
        const page = await call(operationId, { as: f.teacher, query: { ...query, limit: 7, cursor } });
        ids.push(...page.body.items.map((x: { id: string }) => x.id));
        total = page.body.total;
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      assert.equal(new Set(ids).size, ids.length, `${operationId}: no duplicates`);
      assert.equal(ids.length, total, `${operationId}: nothing missed`);
    }
  });
});

describe('mock backend: controls', () => {
  it('fails the next matching request, then answers normally', async () => {
    backend.controls.failNext({ method: 'GET', path: '/conversations/unread', status: 503, times: 2 });
    assert.equal((await call('getUnreadSummary', { as: f.teacher })).status, 503);
    assert.equal((await call('getUnreadSummary', { as: f.teacher })).status, 503);
    assert.equal((await call('getUnreadSummary', { as: f.teacher })).status, 200);
  });

  it('goes offline (a network error) and times out (no answer until aborted)', async () => {
    backend.controls.failNext({ operationId: 'getViewer', status: 'offline' });
    await assert.rejects(call('getViewer', { as: f.teacher }), TypeError);
    backend.controls.failNext({ operationId: 'getViewer', status: 'timeout' });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 80);
    await assert.rejects(call('getViewer', { as: f.teacher, signal: controller.signal }), { name: 'AbortError' });
    assert.ok(Date.now() - started >= 70);
  });

  it('adds latency and slow answers', async () => {
    backend.controls.setLatency(40).slowNext({ operationId: 'getViewer', ms: 60 });
    let started = Date.now();
    await call('getViewer', { as: f.teacher });
    assert.ok(Date.now() - started >= 95);
    // The slow answer was used up: the next request gets the latency alone.
    assert.equal(backend.controls.take({ method: 'GET', path: '/viewer', template: '/viewer', operationId: 'getViewer' }).delayMs, 40);
  });

  it('fails a seeded share of requests with the same pattern for the same seed', async () => {
    const run = async () => {
      backend.controls.setFailureRate({ rate: 0.5, seed: 9 });
      const outcomes: string[] = [];
      for (let i = 0; i < 60; i++) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30);
        try {
          outcomes.push(String((await call('getViewer', { as: f.teacher, signal: controller.signal })).status));
        } catch (error) {
          outcomes.push((error as Error).name);
        } finally {
          clearTimeout(timer);
        }
      }
      return outcomes;
    };
    const first = await run();
    const second = await run();
    assert.deepEqual(first, second);
    assert.ok(first.includes('200') && first.includes('500') && first.includes('TypeError') && first.includes('AbortError'), first.join());
  });

  it('forgets edits on reset', async () => {
    await call('stopConversation', { as: f.teacher, params: { conversationId: f.conversations.unread } });
    backend.reset();
    assert.equal((await call('getConversation', { as: f.teacher, params: { conversationId: f.conversations.unread } })).body.stopped, false);
  });
});
