import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyBatchChunk,
  BatchRequestError,
  emptyBatchTally,
  householdMembersToInclude,
  householdPhoneRequest,
  mergeBatchTallies,
  previewBatchChunk,
  toBatchPreview,
  toBatchResult,
  validateBatchRequest,
} from '../../src/domain/batch.js';
import type { HouseholdRecord, PersonRecord } from '../../src/domain/records.js';
import type { BatchCell, BatchRequest, ContactMethodType, ContactReason, PreferenceChannel } from '../../src/domain/types.js';
import { isPreferenceOn } from '../../src/domain/preference-rules.js';
import { isPhoneType } from '../../src/domain/vocabulary.js';
import { method, on, person, record, settings } from './fixtures.js';

const district = settings();

function request(cells: BatchCell[], mode: BatchRequest['mode'] = 'studentContacts'): BatchRequest {
  return { mode, filterId: mode === 'staff' ? 'f1' : null, grade: null, cells };
}

function guardian(id: string, types: ContactMethodType[], householdId: string | null = null, preferences = [] as ReturnType<typeof on>[]): PersonRecord {
  return record(
    person(id, { householdId }),
    types.map((type, i) => method(id, type, !isPhoneType(type) ? `${id}.${i}@example.org` : `+1201555${String(1000 + i).slice(-4)}`, { householdId: type === 'householdPhone' ? householdId : null })),
    preferences,
  );
}

describe('validateBatchRequest', () => {
  it('accepts a plain request', () => {
    assert.deepEqual(validateBatchRequest(request([{ methodType: 'email', reason: 'general', setting: 'on' }]), district), []);
  });
  it('refuses disabled reasons, duplicates, empty requests, channels and staff mode without a filter', () => {
    const codes = (r: BatchRequest) => validateBatchRequest(r, district).map((e) => `${e.field} ${e.code}`);
    assert.deepEqual(codes(request([])), ['cells required']);
    assert.deepEqual(
      codes(request([
        { methodType: 'email', reason: 'teacher', setting: 'on' },
        { methodType: 'cellPhone', reason: 'general', setting: 'on' },
        { methodType: 'cellPhone', reason: 'general', setting: 'off' },
        { methodType: 'cellPhone', reason: 'emergency', setting: 'on', channel: 'text' } as BatchCell,
      ])),
      ['cells.0.reason notEnabled', 'cells.2 duplicate', 'cells.3.channel textNotAllowed'],
    );
    assert.deepEqual(codes({ mode: 'staff', grade: '3', cells: [{ methodType: 'email', reason: 'staff', setting: 'on' }] }), [
      'filterId required',
      'grade notApplicable',
    ]);
  });
  it('makes applying an invalid request throw', () => {
    assert.throws(() => applyBatchChunk(request([{ methodType: 'email', reason: 'teacher', setting: 'on' }]), [], district), BatchRequestError);
  });
});

describe('applyBatchChunk', () => {
  it('sets voice on phones and email on emails, counting per cell', () => {
    const people = [
      guardian('a', ['cellPhone', 'email']),
      guardian('b', ['email'], null, [on('b-email', 'general', 'email')]),
      guardian('c', ['workPhone']),
    ];
    const result = applyBatchChunk(
      request([
        { methodType: 'cellPhone', reason: 'emergency', setting: 'on' },
        { methodType: 'email', reason: 'general', setting: 'on' },
      ]),
      people,
      district,
    );
    assert.deepEqual(result.cells.map((c) => c.count), [1, 1]);
    assert.equal(result.peopleChanged, 1);
    assert.equal(result.preferencesChanged, 2);
    assert.deepEqual(result.skipped, { noMethodOfType: 1, noDistrictAssignment: 0 });
    assert.deepEqual(result.changed.map((r) => r.person.id), ['a']);
    assert.deepEqual(result.changed[0]!.preferences, [on('a-cellPhone', 'emergency', 'voice'), on('a-email', 'general', 'email')]);
    assert.deepEqual(people[0]!.preferences, [], 'the given records are not changed');
  });

  it('turns switches off and never touches text', () => {
    const a = guardian('a', ['cellPhone'], null, [on('a-cellPhone', 'general', 'voice'), on('a-cellPhone', 'general', 'text')]);
    const result = applyBatchChunk(request([{ methodType: 'cellPhone', reason: 'general', setting: 'off' }]), [a], district);
    assert.deepEqual(result.changed[0]!.preferences, [on('a-cellPhone', 'general', 'text')]);
  });

  it('skips staff without a district assignment for the Staff reason', () => {
    const staff = (id: string, assigned: boolean) =>
      record(person(id, { role: 'staff', hasDistrictAssignment: assigned }), [method(id, 'workPhone', '+12015550150')]);
    const result = applyBatchChunk(
      request([{ methodType: 'workPhone', reason: 'staff', setting: 'on' }], 'staff'),
      [staff('s1', true), staff('s2', false)],
      district,
    );
    assert.deepEqual(result.changed.map((r) => r.person.id), ['s1']);
    assert.deepEqual(result.skipped, { noMethodOfType: 0, noDistrictAssignment: 1 });
  });

  it('reports inactive people as errors and leaves them unchanged', () => {
    const inactive = record(person('x', { active: false, displayName: 'Old Account' }), [method('x', 'email', 'x@example.org')]);
    const result = applyBatchChunk(request([{ methodType: 'email', reason: 'general', setting: 'on' }]), [inactive], district);
    assert.deepEqual(result.errors.map((e) => `${e.person.id} ${e.code}`), ['x inactive']);
    // The preview says so beforehand, so the errors after applying are no surprise.
    const preview = toBatchPreview(previewBatchChunk(request([{ methodType: 'email', reason: 'general', setting: 'on' }]), [inactive, guardian('a', ['email'])], district));
    assert.equal(preview.inactive, 1);
    assert.deepEqual(result.changed, []);
  });

  it('names the households a household-phone change must reach, and their other active members', () => {
    const r = request([
      { methodType: 'householdPhone', reason: 'attendance', setting: 'on' },
      { methodType: 'email', reason: 'attendance', setting: 'on' },
    ]);
    const selected = guardian('g1', ['householdPhone', 'email'], 'h1');
    const student = record(person('s1', { role: 'student', householdId: 'h1' }), [method('s1', 'householdPhone', '+12015551000', { householdId: 'h1' }), method('s1', 'email', 's1@example.org')]);
    const inactive = record(person('g2', { householdId: 'h1', active: false }), [method('g2', 'householdPhone', '+12015551000', { householdId: 'h1' })]);
    const first = applyBatchChunk(r, [selected], district);
    assert.deepEqual(first.householdIds, ['h1']);
    const households = new Map<string, HouseholdRecord>([['h1', { id: 'h1', memberIds: ['g1', 's1', 'g2'] }]]);
    const people = new Map([selected, student, inactive].map((p) => [p.person.id, p]));
    const members = householdMembersToInclude(first.householdIds, households, people, (id) => id === 'g1');
    assert.deepEqual(members.map((m) => m.person.id), ['s1']);
    const followUp = applyBatchChunk(householdPhoneRequest(r)!, members, district);
    assert.deepEqual(followUp.changed[0]!.preferences, [on('s1-householdPhone', 'attendance', 'voice')], 'only the household phone, not the email');
    const total = mergeBatchTallies(first, followUp);
    assert.deepEqual(total.cells.map((c) => `${c.methodType} ${c.count}`), ['householdPhone 2', 'email 1']);
    assert.equal(total.peopleChanged, 2);
    assert.equal(householdPhoneRequest(request([{ methodType: 'email', reason: 'general', setting: 'on' }])), null);
  });

  it('previews the same counts without changing anything', () => {
    const people = [guardian('a', ['cellPhone', 'email']), guardian('b', ['homePhone'])];
    const r = request([{ methodType: 'email', reason: 'general', setting: 'on' }, { methodType: 'homePhone', reason: 'emergency', setting: 'on' }]);
    const preview = toBatchPreview(previewBatchChunk(r, people, district));
    assert.deepEqual(preview, {
      people: 2,
      peopleToChange: 2,
      preferencesToChange: 2,
      cells: [
        { methodType: 'email', reason: 'general', count: 1 },
        { methodType: 'homePhone', reason: 'emergency', count: 1 },
      ],
      skipped: { noMethodOfType: 0, noDistrictAssignment: 0 },
      inactive: 0,
    });
    const result = toBatchResult(r, applyBatchChunk(r, people, district));
    assert.deepEqual({ ...result, cells: result.cells.map((c) => c.count) }, {
      mode: 'studentContacts', cells: [1, 1], peopleChanged: 2, preferencesChanged: 2,
      skipped: { noMethodOfType: 0, noDistrictAssignment: 0 }, errorCount: 0,
    });
  });
});

// Random people and requests for the properties.
const TYPES: ContactMethodType[] = ['householdPhone', 'homePhone', 'workPhone', 'cellPhone', 'email', 'secondaryEmail'];
const REASONS: ContactReason[] = ['emergency', 'attendance', 'staff', 'general'];
const CHANNELS: PreferenceChannel[] = ['voice', 'text', 'email'];
const peopleArb = fc.array(
  fc.record({
    role: fc.constantFrom('guardian' as const, 'staff' as const, 'student' as const),
    assigned: fc.boolean(),
    active: fc.constantFrom(true, true, true, false),
    types: fc.subarray(TYPES),
    cells: fc.array(fc.tuple(fc.nat({ max: 5 }), fc.constantFrom(...REASONS), fc.constantFrom(...CHANNELS))),
  }),
  { maxLength: 15 },
).map((specs) =>
  specs.map((spec, i) => {
    const id = `p${i}`;
    const methods = spec.types.map((type) => method(id, type, `${id}-${type}`));
    const preferences = spec.cells
      .filter(([m]) => m < methods.length)
      .map(([m, reason, channel]) => on(methods[m]!.id, reason, channel));
    return record(person(id, { role: spec.role, hasDistrictAssignment: spec.assigned, active: spec.active }), methods, preferences);
  }),
);
const requestArb = fc
  .uniqueArray(fc.record({ methodType: fc.constantFrom(...TYPES), reason: fc.constantFrom(...REASONS), setting: fc.constantFrom('on' as const, 'off' as const) }), {
    minLength: 1,
    maxLength: 8,
    selector: (cell) => `${cell.methodType}|${cell.reason}`,
  })
  .map((cells) => request(cells));

function textSwitches(people: readonly PersonRecord[]): string[] {
  return people.flatMap((p) => p.preferences.filter((c) => c.channel === 'text' && c.enabled).map((c) => `${c.methodId} ${c.reason}`)).sort();
}

function applyAll(r: BatchRequest, people: readonly PersonRecord[]): PersonRecord[] {
  const result = applyBatchChunk(r, people, district);
  const byId = new Map(result.changed.map((p) => [p.person.id, p]));
  return people.map((p) => byId.get(p.person.id) ?? p);
}

describe('applyBatchChunk properties', () => {
  it('is idempotent: applying twice changes nothing the second time', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const once = applyAll(r, people);
        const second = applyBatchChunk(r, once, district);
        assert.equal(second.preferencesChanged, 0);
        assert.deepEqual(second.changed, []);
      }),
    );
  });

  it('never changes text switches', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        assert.deepEqual(textSwitches(applyAll(r, people)), textSwitches(people));
      }),
    );
  });

  it('counts exactly the switches that changed, per cell and per person', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const result = applyBatchChunk(r, people, district);
        const after = new Map(result.changed.map((p) => [p.person.id, p]));
        let total = 0;
        let changedPeople = 0;
        const perCell = r.cells.map(() => 0);
        for (const before of people) {
          const now = after.get(before.person.id) ?? before;
          let personChanges = 0;
          for (const m of before.methods) {
            for (const reason of REASONS) {
              for (const channel of CHANNELS) {
                if (isPreferenceOn(before.preferences, m.id, reason, channel) === isPreferenceOn(now.preferences, m.id, reason, channel)) continue;
                personChanges++;
                const k = r.cells.findIndex((c) => c.methodType === m.type && c.reason === reason);
                assert.ok(k >= 0, 'a switch outside the request changed');
                perCell[k]!++;
              }
            }
          }
          total += personChanges;
          if (personChanges > 0) changedPeople++;
        }
        assert.equal(result.preferencesChanged, total);
        assert.equal(result.peopleChanged, changedPeople);
        assert.deepEqual(result.cells.map((c) => c.count), perCell);
      }),
    );
  });

  it('gives the same totals chunk by chunk as in one go', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, fc.integer({ min: 1, max: 5 }), (r, people, size) => {
        let tally = emptyBatchTally(r);
        for (let i = 0; i < people.length; i += size) tally = mergeBatchTallies(tally, applyBatchChunk(r, people.slice(i, i + size), district));
        const whole = applyBatchChunk(r, people, district);
        const { changed: _changed, householdIds: _households, ...wholeTally } = whole;
        assert.deepEqual(tally, wholeTally);
      }),
    );
  });
});

describe('applyBatchChunk properties: who is skipped, and why', () => {
  it('skips and counts the active people without a method of any type the request sets, and changes none of them', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const types = new Set(r.cells.map((c) => c.methodType));
        const without = people.filter((p) => p.person.active && !p.methods.some((m) => types.has(m.type)));
        const result = applyBatchChunk(r, people, district);
        assert.equal(result.skipped.noMethodOfType, without.length);
        const changedIds = new Set(result.changed.map((p) => p.person.id));
        for (const p of without) assert.ok(!changedIds.has(p.person.id));
      }),
    );
  });

  it('never changes a Staff switch of anyone without a district assignment, and counts the staff it skipped', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const result = applyBatchChunk(r, people, district);
        const after = new Map(result.changed.map((p) => [p.person.id, p]));
        const staffTypes = new Set(r.cells.filter((c) => c.reason === 'staff').map((c) => c.methodType));
        let expectedSkips = 0;
        for (const before of people) {
          const assigned = before.person.role === 'staff' && before.person.hasDistrictAssignment === true;
          if (before.person.active && before.person.role === 'staff' && !assigned && before.methods.some((m) => staffTypes.has(m.type))) expectedSkips++;
          if (assigned) continue;
          const now = after.get(before.person.id) ?? before;
          for (const m of before.methods) {
            for (const channel of CHANNELS) {
              assert.equal(isPreferenceOn(now.preferences, m.id, 'staff', channel), isPreferenceOn(before.preferences, m.id, 'staff', channel));
            }
          }
        }
        assert.equal(result.skipped.noDistrictAssignment, expectedSkips);
      }),
    );
  });

  it('leaves inactive people unchanged and reports each once', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const result = applyBatchChunk(r, people, district);
        const inactive = people.filter((p) => !p.person.active).map((p) => p.person.id);
        assert.deepEqual(result.errors.map((e) => e.person.id), inactive);
        assert.ok(result.changed.every((p) => p.person.active));
      }),
    );
  });

  it('previews exactly what applying changes', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const { changed: _changed, ...applied } = applyBatchChunk(r, people, district);
        assert.deepEqual(previewBatchChunk(r, people, district), applied);
      }),
    );
  });

  it('sets the voice switch of phones and the email switch of emails, as asked', () => {
    fc.assert(
      fc.property(requestArb, peopleArb, (r, people) => {
        const now = applyAll(r, people);
        for (const p of now) {
          if (!p.person.active) continue;
          for (const cell of r.cells) {
            if (cell.reason === 'staff' && !(p.person.role === 'staff' && p.person.hasDistrictAssignment)) continue;
            for (const m of p.methods.filter((m) => m.type === cell.methodType)) {
              assert.equal(isPreferenceOn(p.preferences, m.id, cell.reason, isPhoneType(m.type) ? 'voice' : 'email'), cell.setting === 'on');
            }
          }
        }
      }),
    );
  });
});
