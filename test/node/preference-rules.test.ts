import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicableReasons,
  reasonAvailability,
  reasonsFor,
  setPreference,
  textAvailability,
} from '../../src/domain/preference-rules.js';
import { applyPreferencesChange, validatePreferencesChange, type PreferencesChangeContext } from '../../src/domain/preferences-change.js';
import type { ContactPreferencesChange } from '../../src/domain/types.js';
import type { HouseholdRecord, PersonRecord } from '../../src/domain/records.js';
import { consentMap, method, on, person, record, settings } from './fixtures.js';

const district = settings();
const AT = '2026-03-01T12:00:00Z';
const staffActor = { kind: 'staff' as const, person: { id: 'admin', role: 'staff' as const, displayName: 'Admin' } };
const selfActor = { kind: 'self' as const, person: { id: 'g1', role: 'guardian' as const, displayName: 'Ana' } };

describe('reason availability', () => {
  it('offers enabled reasons, reports disabled ones as not enabled', () => {
    const guardian = person('g1');
    assert.equal(reasonAvailability(guardian, 'attendance', district), 'available');
    assert.equal(reasonAvailability(guardian, 'teacher', district), 'notEnabled');
  });
  it('offers the Staff reason only to staff with a district assignment', () => {
    assert.equal(reasonAvailability(person('g'), 'staff', district), 'notApplicable');
    assert.equal(reasonAvailability(person('s', { role: 'staff' }), 'staff', district), 'notApplicable');
    assert.equal(reasonAvailability(person('s', { role: 'staff', hasDistrictAssignment: true }), 'staff', district), 'available');
  });
  it('lists every reason in order', () => {
    assert.deepEqual(
      reasonsFor(person('g'), district).map((r) => `${r.reason}:${r.availability}`),
      [
        'emergency:available', 'attendance:available', 'behavior:available', 'staff:notApplicable',
        'general:available', 'foodService:available', 'priority:available', 'teacher:notEnabled',
      ],
    );
    assert.deepEqual(applicableReasons(person('g'), settings({ enabledReasons: ['general', 'staff'] })), ['general']);
  });
});

describe('textAvailability', () => {
  const cell = method('g1', 'cellPhone', '+12015550123');
  it('allows text only on opted-in cell phones', () => {
    assert.deepEqual(textAvailability(cell, { consent: 'optedIn' }), { available: true });
    assert.deepEqual(textAvailability(cell, { consent: 'optedOut' }), { available: false, why: 'optedOut' });
    assert.deepEqual(textAvailability(cell), { available: false, why: 'notAsked' });
    assert.deepEqual(textAvailability(method('g1', 'homePhone', '+12015550123'), { consent: 'optedIn' }), {
      available: false,
      why: 'notCellPhone',
    });
    assert.deepEqual(textAvailability(cell, { consent: 'optedIn', textingEnabled: false }), { available: false, why: 'textingDisabled' });
  });
  it("reads the method's own consent", () => {
    const withConsent = { ...cell, smsConsent: { phone: cell.value, status: 'optedIn' as const, updatedAt: null, source: null, actor: null } };
    assert.deepEqual(textAvailability(withConsent), { available: true });
  });
});

describe('setPreference', () => {
  it('returns the same list when nothing changes', () => {
    const list = [on('m', 'general', 'voice')];
    assert.equal(setPreference(list, 'm', 'general', 'voice', true), list);
    assert.deepEqual(setPreference(list, 'm', 'general', 'voice', false), []);
    assert.equal(setPreference(list, 'm', 'general', 'email', true).length, 2);
  });
});

function guardianRecord(): PersonRecord {
  return record(
    person('g1', { displayName: 'Ana Lopez', householdId: 'h1' }),
    [
      method('g1', 'householdPhone', '+12015550100', { householdId: 'h1' }),
      method('g1', 'cellPhone', '+12015550111'),
      method('g1', 'email', 'ana@example.org', { usedForSignIn: true }),
    ],
    [on('g1-householdPhone', 'emergency', 'voice'), on('g1-cellPhone', 'general', 'text')],
  );
}

function context(overrides: Partial<PreferencesChangeContext> = {}): PreferencesChangeContext {
  return {
    settings: district,
    consents: consentMap([['+12015550111', 'optedIn'], ['+12015550199', 'optedOut']]),
    actor: selfActor,
    ...overrides,
  };
}

function codes(change: ContactPreferencesChange, ctx = context(), r = guardianRecord()): string[] {
  return validatePreferencesChange(r, change, ctx).map((e) => `${e.field} ${e.code}`);
}

describe('validatePreferencesChange', () => {
  it('accepts a valid change', () => {
    assert.deepEqual(
      codes({
        methods: { added: [{ clientId: 'n1', type: 'workPhone', value: '(201) 555-0122' }] },
        preferences: [
          { methodId: 'n1', reason: 'attendance', channel: 'voice', enabled: true },
          { methodId: 'g1-cellPhone', reason: 'attendance', channel: 'text', enabled: true },
          { methodId: 'g1-email', reason: 'general', channel: 'email', enabled: true },
        ],
        language: 'es',
        conversationChannel: 'sms',
      }),
      [],
    );
  });
  it('refuses values that do not normalize', () => {
    assert.deepEqual(
      codes({
        methods: {
          added: [
            { clientId: 'a', type: 'workPhone', value: '555-CALL-NOW' },
            { clientId: 'b', type: 'secondaryEmail', value: 'not an email' },
          ],
        },
      }),
      ['methods.added.0.value invalidPhone', 'methods.added.1.value invalidEmail'],
    );
  });
  it('refuses duplicates: a second method of a type, a value twice, a clientId twice, a switch twice', () => {
    assert.deepEqual(
      codes({
        methods: {
          added: [
            { clientId: 'a', type: 'cellPhone', value: '201 555 0177' },
            { clientId: 'b', type: 'workPhone', value: '201-555-0100' },
            { clientId: 'b', type: 'homePhone', value: '201-555-0178' },
          ],
        },
        preferences: [
          { methodId: 'g1-email', reason: 'general', channel: 'email', enabled: true },
          { methodId: 'g1-email', reason: 'general', channel: 'email', enabled: false },
        ],
      }),
      [
        'methods.added.2.clientId duplicate',
        'methods.added.0.type duplicate',
        'methods.added.1.value duplicate',
        'preferences.1 duplicate',
      ],
    );
  });
  it('refuses switches for unknown or removed methods, disabled or inapplicable reasons, channels the type lacks', () => {
    assert.deepEqual(
      codes({
        methods: { removed: ['g1-cellPhone'] },
        preferences: [
          { methodId: 'nope', reason: 'general', channel: 'voice', enabled: true },
          { methodId: 'g1-cellPhone', reason: 'general', channel: 'voice', enabled: true },
          { methodId: 'g1-householdPhone', reason: 'teacher', channel: 'voice', enabled: true },
          { methodId: 'g1-householdPhone', reason: 'staff', channel: 'voice', enabled: true },
          { methodId: 'g1-email', reason: 'general', channel: 'voice', enabled: true },
        ],
      }),
      [
        'preferences.0.methodId unknownMethod',
        'preferences.1.methodId unknownMethod',
        'preferences.2.reason notEnabled',
        'preferences.3.reason notApplicable',
        'preferences.4.channel notApplicable',
      ],
    );
  });
  it('allows text on only opted-in cell phones, and switching text off always', () => {
    const r = guardianRecord();
    r.methods[1] = { ...r.methods[1]!, value: '+12015550199' };
    assert.deepEqual(
      codes(
        {
          preferences: [
            { methodId: 'g1-cellPhone', reason: 'general', channel: 'text', enabled: true },
            { methodId: 'g1-householdPhone', reason: 'general', channel: 'text', enabled: true },
            { methodId: 'g1-cellPhone', reason: 'attendance', channel: 'text', enabled: false },
          ],
        },
        context(),
        r,
      ),
      ['preferences.0.channel textNotAllowed', 'preferences.1.channel textNotAllowed'],
    );
  });
  it('counts a cell number staff enter as opted in, but not one a guardian adds without consent', () => {
    const change: ContactPreferencesChange = {
      methods: { removed: ['g1-cellPhone'], added: [{ clientId: 'c', type: 'cellPhone', value: '201-555-0133' }] },
      preferences: [{ methodId: 'c', reason: 'general', channel: 'text', enabled: true }],
    };
    assert.deepEqual(codes(change, context({ actor: staffActor })), []);
    assert.deepEqual(codes(change), ['preferences.0.channel textNotAllowed']);
  });
  it('does not let staff override an opt-out by entering the number', () => {
    const change: ContactPreferencesChange = {
      methods: { updated: [{ id: 'g1-cellPhone', value: '+12015550199' }] },
      preferences: [{ methodId: 'g1-cellPhone', reason: 'general', channel: 'text', enabled: true }],
    };
    assert.deepEqual(codes(change, context({ actor: staffActor })), ['preferences.0.channel textNotAllowed']);
  });
  it('keeps sign-in methods and refuses edits that conflict', () => {
    assert.deepEqual(
      codes({
        methods: {
          removed: ['g1-email', 'ghost'],
          updated: [
            { id: 'g1-email', value: 'new@example.org' },
            { id: 'g1-cellPhone', value: '2015550112' },
            { id: 'g1-cellPhone', value: '2015550113' },
          ],
        },
      }),
      [
        'methods.removed.0 usedForSignIn',
        'methods.removed.1 unknownMethod',
        'methods.updated.0.id conflict',
        'methods.updated.2.id duplicate',
      ],
    );
  });
  it('refuses a household phone for a person without a household', () => {
    const r = record(person('x'));
    assert.deepEqual(codes({ methods: { added: [{ clientId: 'h', type: 'householdPhone', value: '2015550100' }] } }, context(), r), [
      'methods.added.0.type notApplicable',
    ]);
  });
  it('checks the language and the conversation channel', () => {
    assert.deepEqual(codes({ language: 'vi' }), ['language unsupportedLanguage']);
    const noCell = record(person('x'), [method('x', 'homePhone', '+12015550150')]);
    assert.deepEqual(codes({ conversationChannel: 'sms' }, context(), noCell), ['conversationChannel textNotAllowed']);
    assert.deepEqual(codes({ conversationChannel: 'email' }, context(), noCell), ['conversationChannel notApplicable']);
    assert.deepEqual(codes({ conversationChannel: 'inApp' }, context(), noCell), []);
  });
});

describe('applyPreferencesChange', () => {
  it('refuses an invalid change without applying anything', () => {
    const r = guardianRecord();
    const result = applyPreferencesChange(r, { language: 'vi' }, context(), { at: AT });
    assert.equal(result.ok, false);
    assert.deepEqual(r, guardianRecord());
  });

  it('adds, edits and removes methods and sets switches', () => {
    const r = guardianRecord();
    const result = applyPreferencesChange(
      r,
      {
        methods: {
          added: [{ clientId: 'w', type: 'workPhone', value: '(201) 555-0122' }],
          updated: [{ id: 'g1-householdPhone', type: 'homePhone' }],
          removed: ['g1-cellPhone'],
        },
        preferences: [{ methodId: 'w', reason: 'attendance', channel: 'voice', enabled: true }],
        language: 'es',
        conversationChannel: 'email',
      },
      context(),
      { at: AT, newMethodId: (p, c) => `${p}:${c}`, sharedAccountCount: () => 2 },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.record.methods.map((m) => `${m.id} ${m.type} ${m.value}`), [
      'g1-householdPhone homePhone +12015550100',
      'g1-email email ana@example.org',
      'g1:w workPhone +12015550122',
    ]);
    const added = result.record.methods[2]!;
    assert.equal(added.source, 'user');
    assert.equal(added.sharedAccountCount, 2);
    assert.equal(result.record.methods[0]!.householdId, null);
    assert.deepEqual(result.record.preferences, [
      on('g1-householdPhone', 'emergency', 'voice'),
      on('g1:w', 'attendance', 'voice'),
    ]);
    assert.equal(result.record.person.language, 'es');
    assert.equal(result.record.conversationChannel, 'email');
    assert.deepEqual([...result.methodIds], [['w', 'g1:w']]);
    assert.deepEqual(r, guardianRecord(), 'the given record is not changed');
  });

  it('records a cell number entered by staff as opted in, with an audit event', () => {
    const result = applyPreferencesChange(
      guardianRecord(),
      {
        methods: { updated: [{ id: 'g1-cellPhone', value: '201-555-0144' }] },
        preferences: [{ methodId: 'g1-cellPhone', reason: 'emergency', channel: 'text', enabled: true }],
      },
      context({ actor: staffActor }),
      { at: AT },
    );
    assert.ok(result.ok);
    assert.equal(result.consents.length, 1);
    assert.equal(result.consents[0]!.status, 'optedIn');
    assert.deepEqual(result.consents[0]!.history.map((e) => `${e.source} ${e.actor?.id}`), ['staffEntry admin']);
    const cell = result.record.methods.find((m) => m.type === 'cellPhone')!;
    assert.equal(cell.smsConsent?.status, 'optedIn');
    assert.equal(cell.source, 'staff');
    // The new number texts, so the person's text switches stay, and the new one is on.
    assert.deepEqual(result.record.preferences.filter((c) => c.channel === 'text'), [
      on('g1-cellPhone', 'general', 'text'),
      on('g1-cellPhone', 'emergency', 'text'),
    ]);
  });

  it('drops text switches of a number a guardian enters without consent', () => {
    const result = applyPreferencesChange(
      guardianRecord(),
      { methods: { updated: [{ id: 'g1-cellPhone', value: '201-555-0145' }] } },
      context(),
      { at: AT },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.consents, []);
    assert.deepEqual(result.record.preferences.filter((c) => c.channel === 'text'), []);
  });

  it('carries a household phone switch to every active member of the household', () => {
    const member = (id: string, active: boolean, role: 'guardian' | 'student' = 'guardian') =>
      record(person(id, { householdId: 'h1', active, role }), [method(id, 'householdPhone', '+12015550100', { householdId: 'h1' })]);
    const people = new Map<string, PersonRecord>([
      ['g1', guardianRecord()],
      ['g2', member('g2', true)],
      ['s1', member('s1', true, 'student')],
      ['g3', member('g3', false)],
      ['g4', record(person('g4', { householdId: 'h1' }))],
    ]);
    const households = new Map<string, HouseholdRecord>([['h1', { id: 'h1', memberIds: ['g1', 'g2', 's1', 'g3', 'g4'] }]]);
    const result = applyPreferencesChange(
      guardianRecord(),
      {
        preferences: [
          { methodId: 'g1-householdPhone', reason: 'attendance', channel: 'voice', enabled: true },
          { methodId: 'g1-cellPhone', reason: 'attendance', channel: 'voice', enabled: true },
        ],
      },
      context({ people, households }),
      { at: AT },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.alsoUpdated.map((r) => r.person.id), ['g2', 's1']);
    for (const updated of result.alsoUpdated) {
      assert.deepEqual(updated.preferences, [on(`${updated.person.id}-householdPhone`, 'attendance', 'voice')]);
    }
  });
});
