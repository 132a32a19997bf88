import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createMockDistrictBackend } from '../../src/mocks/index.js';
import { contractClient } from './support/client.js';

// The inbound-SMS endpoint of the mock applying the keyword rules, seen through HTTP.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 41, size: 'small' });
const f = district.fixtures;
const server = setupServer(...handlers);
const { call } = contractClient();

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

const to = () => backend.district.settings.texting.number;
const text = (from: string, body: string) => call('receiveInboundSms', { as: f.admin, body: { from, to: to(), body } });
const statusOf = async (phone: string) => (await call('getSmsConsent', { as: f.admin, params: { phone } })).body.status;

describe('mock backend: texts received on the district number', () => {
  it("opting out one of a person's numbers leaves the others alone", async () => {
    const record = [...backend.district.people.values()].find(
      (r) => r.person.role === 'guardian' && r.methods.filter((m) => m.type !== 'email' && m.type !== 'secondaryEmail').length >= 2,
    )!;
    const [first, ...others] = record.methods.filter((m) => m.type !== 'email' && m.type !== 'secondaryEmail').map((m) => m.value);
    const before = await Promise.all(others.map(statusOf));
    const stop = await text(first!, 'STOP');
    assert.equal(stop.body.consent.status, 'optedOut');
    assert.deepEqual(await Promise.all(others.map(statusOf)), before);
  });

  it('answers ALTO in Spanish and COMENZAR opts back in, each with an audit entry holding the text', async () => {
    const phone = f.staffAlsoGuardian.phone;
    const alto = await text(phone, '¡Alto!');
    assert.equal(alto.body.classification, 'optOut');
    assert.match(alto.body.reply, /COMENZAR/);
    const again = await text(phone, 'Comenzar');
    assert.equal(again.body.consent.status, 'optedIn');
    const history = (await call('getSmsConsent', { as: f.admin, params: { phone } })).body.history;
    assert.deepEqual(history.slice(-2).map((e: { source: string; keyword: string }) => [e.source, e.keyword]), [
      ['keywordStop', '¡Alto!'],
      ['keywordStart', 'Comenzar'],
    ]);
  });

  it('refuses to text a number that opted out, with a clear error, and texts it again after START', async () => {
    const phone = f.staffAlsoGuardian.phone;
    await text(phone, 'stop');
    const refused = await call('sendSms', { as: f.teacher, body: { to: phone, body: 'Picture day tomorrow' } });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'recipientOptedOut');
    assert.equal(refused.body.fields[0].field, 'to');
    await text(phone, 'START');
    const sent = await call('sendSms', { as: f.teacher, body: { to: phone, body: 'Picture day tomorrow' } });
    assert.equal(sent.status, 201);
  });

  it('queues free text that reads as a revocation for review, changing nothing', async () => {
    const phone = f.staffAlsoGuardian.phone;
    const before = await statusOf(phone);
    const review = await text(phone, 'Por favor ya no me manden mensajes');
    assert.deepEqual([review.body.classification, review.body.reply], ['review', null]);
    assert.equal(await statusOf(phone), before);
    assert.equal(backend.state.reviewQueue.at(-1)?.body, 'Por favor ya no me manden mensajes');
  });
});
