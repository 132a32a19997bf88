import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';

// The same handlers that serve Node tests, here behind the service worker.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 3, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;
const auth = (personId: string) => ({ Authorization: `Bearer ${mockToken(personId)}` });

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

describe('mock backend in the browser', () => {
  it('answers the contract through the service worker', async () => {
    const viewer = await fetch('/api/viewer', { headers: auth(f.admin) });
    expect(viewer.status).to.equal(200);
    expect((await viewer.json()).role).to.equal('admin');
    const anonymous = await fetch('/api/viewer');
    expect(anonymous.status).to.equal(401);
    expect(anonymous.headers.get('Content-Type')).to.equal('application/problem+json');
  });

  it('long-polls a conversation until a simulated reply arrives', async () => {
    const id = f.conversations.unread;
    const conversation = await (await fetch(`/api/conversations/${id}`, { headers: auth(f.teacher) })).json();
    const poll = fetch(`/api/conversations/${id}/events?after=${conversation.eventCursor}&waitSeconds=5`, { headers: auth(f.teacher) });
    setTimeout(() => backend.simulate.reply(id, { authorId: f.guardian, body: 'On our way!' }), 30);
    const batch = await (await poll).json();
    expect(batch.events.some((e: { type: string; message?: { body: string } }) => e.type === 'messageCreated' && e.message?.body === 'On our way!')).to.equal(true);
  });

  it('goes offline and times out on request', async () => {
    backend.controls.failNext({ path: '/viewer', status: 'offline' });
    let failed = false;
    try {
      await fetch('/api/viewer', { headers: auth(f.admin) });
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
    backend.controls.failNext({ path: '/viewer', status: 'timeout' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    let aborted = false;
    try {
      await fetch('/api/viewer', { headers: auth(f.admin), signal: controller.signal });
    } catch (error) {
      aborted = (error as Error).name === 'AbortError';
    }
    expect(aborted).to.equal(true);
  });

  it('loses the answer of a handled send; the retry with the same key returns the same message', async () => {
    const id = f.conversations.unread;
    const send = () => fetch(`/api/conversations/${id}/messages`, {
      method: 'POST',
      headers: { ...auth(f.teacher), 'Content-Type': 'application/json', 'Idempotency-Key': 'fault-key-000001' },
      body: JSON.stringify({ body: 'Sent once, whatever happens' }),
    });
    backend.controls.failNext({ operationId: 'sendMessage', status: 'answerLost' });
    let lost = false;
    try {
      await send();
    } catch {
      lost = true;
    }
    expect(lost).to.equal(true);
    const retried = await send();
    expect(retried.status).to.be.oneOf([200, 201]);
    const page = await (await fetch(`/api/conversations/${id}/messages?limit=200`, { headers: auth(f.teacher) })).json();
    const copies = page.items.filter((m: { body: string }) => m.body === 'Sent once, whatever happens');
    expect(copies.length).to.equal(1);
    expect((await retried.json()).id).to.equal(copies[0].id);
  });
});
