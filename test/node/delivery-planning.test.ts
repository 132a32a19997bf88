import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planDelivery, ReasonNotEnabledError, type DeliveryPlanningInput } from '../../src/domain/delivery-planning.js';
import { labelName, smsLabel } from '../../src/domain/sms-labels.js';
import type { PersonRecord } from '../../src/domain/records.js';
import type { ContactMethodType, DeliveryHealth, PreferenceChannel, SmsConsentStatus } from '../../src/domain/types.js';
import { method, on, person, record } from './fixtures.js';

const settings = { enabledReasons: ['general' as const, 'emergency' as const, 'staff' as const], texting: { enabled: true } };

function plan(recipients: PersonRecord[], consents: Array<[string, SmsConsentStatus]> = [], extra: Partial<DeliveryPlanningInput> = {}) {
  return planDelivery({
    recipients,
    reason: 'general',
    consents: new Map(consents.map(([phone, status]) => [phone, { status }])),
    settings,
    ...extra,
  });
}

function summary(outcome: ReturnType<typeof plan>) {
  return outcome.deliveries.map((d) => `${d.channel} ${d.endpoint} [${d.recipients.map((r) => r.personId).join(',')}]${d.label ? ` ${d.label}` : ''}${d.fallbackFrom ? ` from ${d.fallbackFrom}` : ''}`);
}

const CELL = '+12015550101';
const HOME = '+12015550102';

describe('planDelivery', () => {
  it('sends one SMS to two guardians sharing a phone, labelled for both', () => {
    const dennis = record(person('d', { displayName: 'Dennis Park' }), [method('d', 'cellPhone', CELL)], [on('d-cellPhone', 'general', 'text')]);
    const ana = record(person('a', { displayName: 'Ana Park' }), [method('a', 'cellPhone', CELL)], [on('a-cellPhone', 'general', 'text')]);
    const outcome = plan([dennis, ana], [[CELL, 'optedIn']]);
    assert.deepEqual(summary(outcome), [`sms ${CELL} [a,d] For Ana and Dennis:`]);
    assert.equal(outcome.duplicatesCollapsed, 1);
    assert.deepEqual(outcome.byChannel, { sms: 1, voice: 0, email: 0 });
  });

  it('texts only opted-in cell phones, and counts opted-out numbers', () => {
    const people = [
      record(person('a'), [method('a', 'cellPhone', '+12015550111')], [on('a-cellPhone', 'general', 'text')]),
      record(person('b'), [method('b', 'cellPhone', '+12015550112')], [on('b-cellPhone', 'general', 'text')]),
      record(person('c'), [method('c', 'cellPhone', '+12015550113')], [on('c-cellPhone', 'general', 'text')]),
      record(person('d'), [method('d', 'homePhone', '+12015550114')], [on('d-homePhone', 'general', 'text')]),
    ];
    const outcome = plan(people, [['+12015550111', 'optedIn'], ['+12015550112', 'optedOut'], ['+12015550114', 'optedIn']]);
    assert.deepEqual(summary(outcome), ['sms +12015550111 [a]']);
    assert.equal(outcome.optedOutNumbers, 1);
    assert.deepEqual(outcome.skipped.map((s) => `${s.person.id} ${s.why} ${s.endpoint}`), [
      'b optedOut +12015550112',
      'c noUsableMethod null',
      'd noUsableMethod null',
    ]);
  });

  it('falls back from a bouncing email to an opted-in cell', () => {
    const bouncing = (id: string, cellStatus: string) =>
      record(
        person(id),
        [method(id, 'email', `${id}@example.org`, { health: 'bouncing' }), method(id, 'cellPhone', cellStatus)],
        [on(`${id}-email`, 'general', 'email')],
      );
    const outcome = plan([bouncing('a', '+12015550121'), bouncing('b', '+12015550122')], [['+12015550121', 'optedIn'], ['+12015550122', 'optedOut']]);
    assert.deepEqual(summary(outcome), ['sms +12015550121 [a] from email']);
    assert.deepEqual(outcome.skipped.map((s) => `${s.person.id} ${s.why} ${s.endpoint}`), ['b bouncingNoFallback b@example.org']);
  });

  it('marks a fallback only when every recipient reaches the phone by fallback', () => {
    const viaFallback = record(person('a'), [method('a', 'email', 'a@example.org', { health: 'bouncing' }), method('a', 'cellPhone', CELL)], [on('a-email', 'general', 'email')]);
    const viaText = record(person('b'), [method('b', 'cellPhone', CELL)], [on('b-cellPhone', 'general', 'text')]);
    for (const order of [[viaFallback, viaText], [viaText, viaFallback]]) {
      // Both are called "Person", so the label uses their full names; no fallback mark.
      assert.deepEqual(summary(plan(order, [[CELL, 'optedIn']])), [`sms ${CELL} [a,b] For Person a and Person b:`]);
    }
  });

  it('calls voice numbers when urgent, and otherwise only people reached no other way', () => {
    const both = record(person('a'), [method('a', 'homePhone', HOME), method('a', 'email', 'a@example.org')], [on('a-homePhone', 'general', 'voice'), on('a-email', 'general', 'email')]);
    const voiceOnly = record(person('b'), [method('b', 'homePhone', '+12015550131')], [on('b-homePhone', 'general', 'voice')]);
    assert.deepEqual(summary(plan([both, voiceOnly])), ['email a@example.org [a]', 'voice +12015550131 [b]']);
    assert.deepEqual(summary(plan([both, voiceOnly], [], { urgent: true })), [`voice ${HOME} [a]`, 'email a@example.org [a]', 'voice +12015550131 [b]']);
  });

  it('skips inactive people, invalid methods, and the Staff reason without a district assignment', () => {
    const inactive = record(person('a', { active: false }), [method('a', 'email', 'a@example.org')], [on('a-email', 'general', 'email')]);
    const invalid = record(person('b'), [method('b', 'email', 'b@example.org', { health: 'invalid' })], [on('b-email', 'general', 'email')]);
    assert.deepEqual(plan([inactive, invalid]).skipped.map((s) => `${s.person.id} ${s.why}`), ['a inactive', 'b noUsableMethod']);
    const staff = (id: string, assigned: boolean) =>
      record(person(id, { role: 'staff', hasDistrictAssignment: assigned }), [method(id, 'email', `${id}@district.example`)], [on(`${id}-email`, 'staff', 'email')]);
    const outcome = plan([staff('s1', true), staff('s2', false)], [], { reason: 'staff' });
    assert.deepEqual(summary(outcome), ['email s1@district.example [s1]']);
    assert.deepEqual(outcome.skipped.map((s) => `${s.person.id} ${s.why}`), ['s2 noUsableMethod']);
  });

  it('labels an SMS to a phone held by other accounts even with one recipient', () => {
    const dennis = record(person('d', { displayName: 'Dennis Park' }), [method('d', 'cellPhone', CELL, { sharedAccountCount: 1 })], [on('d-cellPhone', 'general', 'text')]);
    assert.deepEqual(summary(plan([dennis], [[CELL, 'optedIn']])), [`sms ${CELL} [d] For Dennis:`]);
  });

  it('sends nothing by text when the district does not text', () => {
    const a = record(person('a'), [method('a', 'cellPhone', CELL)], [on('a-cellPhone', 'general', 'text')]);
    const outcome = plan([a], [[CELL, 'optedIn']], { settings: { ...settings, texting: { enabled: false } } });
    assert.deepEqual(outcome.deliveries, []);
  });

  it('refuses a reason the district has not enabled', () => {
    assert.throws(() => plan([], [], { reason: 'teacher' }), ReasonNotEnabledError);
  });

  it('lists a person given twice once per delivery', () => {
    const a = record(person('a'), [method('a', 'cellPhone', CELL)], [on('a-cellPhone', 'general', 'text')]);
    const b = record(person('b'), [method('b', 'cellPhone', CELL)], [on('b-cellPhone', 'general', 'text')]);
    const outcome = plan([a, b, a], [[CELL, 'optedIn']]);
    assert.deepEqual(outcome.deliveries[0]!.recipients.map((r) => r.personId), ['a', 'b']);
    assert.equal(outcome.duplicatesCollapsed, 1);
  });
});

describe('smsLabel', () => {
  const ref = (displayName: string, language = 'en') => ({ personId: displayName, displayName, language });
  const examples: Array<[string[], string, string]> = [
    [['Dennis Park'], 'en', 'For Dennis:'],
    [['Dennis Park', 'Ana Park'], 'en', 'For Dennis and Ana:'],
    [['Dennis Park', 'Ana Park', 'Luis Park'], 'en', 'For Dennis, Ana and 1 other:'],
    [['Dennis Park', 'Ana Park', 'Luis Park', 'Eva Park'], 'en', 'For Dennis, Ana and 2 others:'],
    [['Dennis Park'], 'es', 'Para Dennis:'],
    [['Dennis Park', 'Ana Park'], 'es', 'Para Dennis y Ana:'],
    [['Dennis Park', 'Isabel Park'], 'es', 'Para Dennis e Isabel:'],
    [['Dennis Park', 'Hilda Park'], 'es', 'Para Dennis e Hilda:'],
    [['Dennis Park', 'Hielo Park'], 'es', 'Para Dennis y Hielo:'],
    [['Dennis Park', 'Ana Park', 'Luis Park', 'Eva Park'], 'es', 'Para Dennis, Ana y 2 más:'],
    [['Ana Park', 'Ana Ruiz'], 'en', 'For Ana Park and Ana Ruiz:'],
    [['Park, Dennis'], 'en', 'For Dennis:'],
  ];
  for (const [names, language, label] of examples) {
    it(`${names.join(' + ')} (${language}) → ${label}`, () => {
      assert.equal(smsLabel(names.map((name) => ref(name, language))), label);
    });
  }
  it('labels a mixed-language phone in English', () => {
    assert.equal(smsLabel([ref('Dennis Park', 'es'), ref('Ana Park', 'en')]), 'For Dennis and Ana:');
  });
  it('stays short whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 50 }), (names) => {
        const label = smsLabel(names.map((name, i) => ({ personId: String(i), displayName: name, language: 'en' })))!;
        assert.ok([...label].length <= 4 + 20 + 2 + 20 + ' and 99 others:'.length + 2, label);
      }),
    );
  });
  it('names one human holding two accounts once', () => {
    const marcus = (id: string) => ({ personId: id, displayName: 'Marcus Holloway', language: 'en' });
    assert.equal(smsLabel([marcus('staff-1'), marcus('guardian-1')]), 'For Marcus:');
    assert.equal(smsLabel([marcus('staff-1'), marcus('guardian-1'), { personId: 'x', displayName: 'Ana Holloway', language: 'en' }]), 'For Marcus and Ana:');
  });

  it('names people by their given name', () => {
    assert.equal(labelName('  Dennis  Park '), 'Dennis');
    assert.equal(labelName('Park, Dennis M.'), 'Dennis');
  });
});

// Random audiences: a few shared phones and emails, every channel, every consent and health.
const PHONES = ['+12015550201', '+12015550202', '+12015550203', '+12015550204'];
const EMAILS = ['a@example.org', 'b@example.org', 'c@example.org'];
const methodArb = fc.record({
  type: fc.constantFrom<ContactMethodType>('cellPhone', 'homePhone', 'workPhone', 'email', 'secondaryEmail'),
  phone: fc.constantFrom(...PHONES),
  email: fc.constantFrom(...EMAILS),
  health: fc.constantFrom<DeliveryHealth>('ok', 'ok', 'bouncing', 'invalid'),
  channels: fc.subarray<PreferenceChannel>(['voice', 'text', 'email']),
});
const personArb = fc.record({
  active: fc.constantFrom(true, true, true, false),
  language: fc.constantFrom('en', 'es'),
  methods: fc.uniqueArray(methodArb, { maxLength: 4, selector: (m) => m.type }),
});
const audienceArb = fc.record({
  people: fc.array(personArb, { maxLength: 12 }),
  consents: fc.array(fc.constantFrom<SmsConsentStatus>('optedIn', 'optedOut', 'notAsked'), { minLength: PHONES.length, maxLength: PHONES.length }),
  urgent: fc.boolean(),
});

type AudienceSpec = typeof audienceArb extends fc.Arbitrary<infer T> ? T : never;

function buildAudience(spec: AudienceSpec) {
  const records = spec.people.map((p, i) => {
    const id = `p${i}`;
    const methods = p.methods.map((m) =>
      method(id, m.type, m.type === 'email' || m.type === 'secondaryEmail' ? m.email : m.phone, { health: m.health }),
    );
    const preferences = p.methods.flatMap((m) => m.channels.map((channel) => on(`${id}-${m.type}`, 'general', channel)));
    return record(person(id, { active: p.active, language: p.language, displayName: `N${i % 5}` }), methods, preferences);
  });
  const consents = new Map(PHONES.map((phone, i) => [phone, { status: spec.consents[i]! }]));
  return { records, consents };
}

describe('planDelivery properties', () => {
  it('never plans an endpoint twice, never texts an opted-out number, and covers or skips every recipient', () => {
    fc.assert(
      fc.property(audienceArb, (spec) => {
        const { records, consents } = buildAudience(spec);
        const outcome = planDelivery({ recipients: records, reason: 'general', urgent: spec.urgent, consents, settings });
        const keys = outcome.deliveries.map((d) => `${d.channel}:${d.endpoint}`);
        assert.equal(new Set(keys).size, keys.length, 'an endpoint twice');
        for (const d of outcome.deliveries) {
          if (d.channel === 'sms') assert.equal(consents.get(d.endpoint)?.status, 'optedIn', 'texted a number not opted in');
          assert.equal(new Set(d.recipients.map((r) => r.personId)).size, d.recipients.length);
        }
        const reached = new Set(outcome.deliveries.flatMap((d) => d.recipients.map((r) => r.personId)));
        const skipped = new Set(outcome.skipped.map((s) => s.person.id));
        for (const r of records) {
          assert.ok(reached.has(r.person.id) !== skipped.has(r.person.id), `${r.person.id} must be reached or skipped, not both`);
          if (!r.person.active) assert.ok(skipped.has(r.person.id));
          // Anyone with a healthy channel switched on that the rules allow is reached.
          const reachable = r.person.active && r.methods.some((m) => {
            if (m.health === 'invalid') return false;
            const channels = r.preferences.filter((c) => c.methodId === m.id).map((c) => c.channel);
            if (m.type === 'email' || m.type === 'secondaryEmail') return m.health === 'ok' && channels.includes('email');
            if (channels.includes('voice')) return true;
            return m.type === 'cellPhone' && channels.includes('text') && consents.get(m.value)?.status === 'optedIn';
          });
          if (reachable) assert.ok(reached.has(r.person.id), `${r.person.id} is reachable but not reached`);
        }
        const pairs = outcome.deliveries.reduce((n, d) => n + d.recipients.length, 0);
        assert.equal(outcome.duplicatesCollapsed, pairs - outcome.deliveryCount);
      }),
    );
  });

  it('plans the same deliveries, recipients and labels whatever the input order', () => {
    fc.assert(
      fc.property(audienceArb, fc.infiniteStream(fc.nat()), (spec, randoms) => {
        const { records, consents } = buildAudience(spec);
        const shuffled = records.map((r) => [randoms.next().value, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        const canonical = (rs: PersonRecord[]) => {
          const outcome = planDelivery({ recipients: rs, reason: 'general', urgent: spec.urgent, consents, settings });
          return {
            deliveries: [...outcome.deliveries].sort((a, b) => (`${a.channel}${a.endpoint}` < `${b.channel}${b.endpoint}` ? -1 : 1)),
            skipped: [...outcome.skipped].sort((a, b) => (a.person.id < b.person.id ? -1 : 1)),
            byChannel: outcome.byChannel,
            optedOutNumbers: outcome.optedOutNumbers,
          };
        };
        assert.deepEqual(canonical(shuffled), canonical(records));
      }),
    );
  });
});
