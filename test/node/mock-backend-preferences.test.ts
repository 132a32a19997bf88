import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createMockDistrictBackend } from '../../src/mocks/index.js';
import { contractClient } from './support/client.js';

const { backend, handlers, district } = createMockDistrictBackend({ seed: 33, size: 'small' });
const f = district.fixtures;
const server = setupServer(...handlers);
const { call } = contractClient();

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

const load = (as: string, personId = as) => call('getContactPreferences', { as, params: { personId } });

describe('mock backend: preference and consent rules through HTTP', () => {
  it('keeps the generated district untouched: edits live in the session until reset', async () => {
    const before = structuredClone(district.people.get(f.guardian));
    const current = await load(f.guardian);
    const saved = await call('updateContactPreferences', { as: f.guardian, params: { personId: f.guardian }, headers: { 'If-Match': current.body.version }, body: { language: 'vi', conversationChannel: 'email' } });
    assert.equal(saved.status, 200);
    assert.deepEqual(district.people.get(f.guardian), before);
    backend.reset();
    assert.equal((await load(f.guardian)).body.language, 'en');
  });

  it('a second save with the first version conflicts, carrying what the first one saved', async () => {
    const current = await load(f.spanishGuardian);
    const first = await call('updateContactPreferences', { as: f.spanishGuardian, params: { personId: f.spanishGuardian }, headers: { 'If-Match': current.body.version }, body: { language: 'en' } });
    assert.equal(first.status, 200);
    const second = await call('updateContactPreferences', { as: f.spanishGuardian, params: { personId: f.spanishGuardian }, headers: { 'If-Match': `"${current.body.version}"` }, body: { language: 'vi' } });
    assert.equal(second.status, 409);
    assert.equal(second.body.current.language, 'en');
    assert.equal(second.body.current.version, first.body.preferences.version);
  });

  it('a household-phone change bumps the versions of the other members too', async () => {
    const partnerBefore = await load(f.admin, f.household.partnerId);
    const walterBefore = await load(f.admin, f.household.inactiveMemberId);
    const mine = await load(f.guardian);
    const household = mine.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
    await call('updateContactPreferences', {
      as: f.guardian,
      params: { personId: f.guardian },
      headers: { 'If-Match': mine.body.version },
      body: { preferences: [{ methodId: household.id, reason: 'priority', channel: 'voice', enabled: false }] },
    });
    const partnerAfter = await load(f.admin, f.household.partnerId);
    assert.notEqual(partnerAfter.body.version, partnerBefore.body.version);
    const walterAfter = await load(f.admin, f.household.inactiveMemberId);
    assert.equal(walterAfter.body.version, walterBefore.body.version, 'inactive members are left alone');
  });

  it('a STOP opts out only the number it came from, shows in the opt-in report, and blocks texting that number', async () => {
    const dennis = await load(f.guardian);
    const cell = dennis.body.methods.find((m: { type: string }) => m.type === 'cellPhone');
    const reply = backend.simulate.inboundSms(cell.value, 'STOP');
    assert.equal(reply.classification, 'optOut');
    const after = await load(f.guardian);
    assert.equal(after.body.methods.find((m: { id: string }) => m.id === cell.id).smsConsent.status, 'optedOut');
    const household = after.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
    assert.equal(household.smsConsent.status, dennis.body.methods.find((m: { id: string }) => m.id === household.id).smsConsent.status);
    const report = await call('listSmsConsent', { as: f.admin, query: { status: 'optedOut', q: cell.value.slice(2) } });
    assert.deepEqual(report.body.items.map((r: { personId: string }) => r.personId), [f.guardian]);
    const text = await call('sendSms', { as: f.teacher, body: { to: cell.value, body: 'Hello' } });
    assert.equal(text.body.code, 'recipientOptedOut');
    const textOn = await call('updateContactPreferences', {
      as: f.guardian,
      params: { personId: f.guardian },
      headers: { 'If-Match': after.body.version },
      body: { preferences: [{ methodId: cell.id, reason: 'general', channel: 'text', enabled: true }] },
    });
    assert.equal(textOn.body.code, 'textNotAllowed');
  });

  it('an email bounce reaches every account holding the address, and the shared count follows added methods', async () => {
    backend.simulate.emailBounce(f.household.sharedEmail);
    for (const personId of [f.guardian, f.household.partnerId]) {
      const email = (await load(f.admin, personId)).body.methods.find((m: { value: string }) => m.value === f.household.sharedEmail);
      assert.equal(email.health, 'bouncing');
    }
    const tobias = await load(f.neverAskedGuardian.personId);
    const saved = await call('updateContactPreferences', {
      as: f.neverAskedGuardian.personId,
      params: { personId: f.neverAskedGuardian.personId },
      headers: { 'If-Match': tobias.body.version },
      body: { methods: { added: [{ clientId: 'e', type: 'email', value: f.household.sharedEmail.toUpperCase() }] } },
    });
    const added = saved.body.preferences.methods.find((m: { type: string }) => m.type === 'email');
    assert.equal(added.value, f.household.sharedEmail);
    assert.equal(added.sharedAccountCount, 2);
    const dennisEmail = (await load(f.guardian)).body.methods.find((m: { value: string }) => m.value === f.household.sharedEmail);
    assert.equal(dennisEmail.sharedAccountCount, 2);
  });

  it('a guardian records their own opt-out by form; staff may only record opted in', async () => {
    const phone = f.staffAlsoGuardian.phone;
    const byStaff = await call('recordSmsConsent', { as: f.admin, body: { phone, numberType: 'cell', consent: 'optOut', personId: f.staffAlsoGuardian.guardianId } });
    assert.deepEqual([byStaff.status, byStaff.body.code], [403, 'staffCannotOptOut']);
    const bySelf = await call('recordSmsConsent', { as: f.staffAlsoGuardian.guardianId, body: { phone, numberType: 'cell', consent: 'optOut', personId: f.staffAlsoGuardian.guardianId } });
    assert.deepEqual([bySelf.status, bySelf.body.status, bySelf.body.source], [200, 'optedOut', 'webForm']);
    const othersNumber = await call('recordSmsConsent', { as: f.guardian, body: { phone, numberType: 'cell', consent: 'optIn' } });
    assert.equal(othersNumber.status, 403);
  });
});
