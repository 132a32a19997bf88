import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  filterSharedContactGroups,
  groupSharedContacts,
  sortSharedContactGroups,
} from '../../src/domain/index.js';
import { namesLookAlike, parsePersonName } from '../../src/domain/person-names.js';
import type { PersonRecord } from '../../src/domain/records.js';
import { method, person, record } from './fixtures.js';

function guardian(id: string, name: string, phone: string | null, email: string | null, extra: Parameters<typeof person>[1] = {}): PersonRecord {
  const methods = [];
  if (phone) methods.push(method(id, 'cellPhone', phone));
  if (email) methods.push(method(id, 'email', email));
  return record(person(id, { displayName: name, ...extra }), methods);
}

describe('groupSharedContacts', () => {
  it('groups only values held by two or more accounts', () => {
    const groups = groupSharedContacts([
      guardian('a', 'Ana Lopez', '+12015550101', 'family@example.org', { householdId: 'h1' }),
      guardian('b', 'Luis Lopez', '+12015550102', 'family@example.org', { householdId: 'h1' }),
      guardian('c', 'Carla Diaz', '+12015550103', null),
    ]);
    assert.deepEqual(groups.map((g) => [g.id, g.accountCount, g.sharing, g.flags.length]), [
      ['email:family@example.org', 2, ['household'], 0],
    ]);
    assert.deepEqual(groups[0]!.accounts.map((a) => [a.person.id, a.methodType, a.householdId]), [
      ['a', 'email', 'h1'],
      ['b', 'email', 'h1'],
    ]);
  });

  it('explains a staff and a guardian account of one human as the same human', () => {
    const groups = groupSharedContacts([
      guardian('g', 'Dennis Park', '+12015550110', 'dennis@home.example', { linkedAccountIds: ['s'] }),
      record(person('s', { role: 'staff', displayName: 'Dennis Park', linkedAccountIds: ['g'] }), [
        method('s', 'cellPhone', '+12015550110'),
        method('s', 'email', 'dpark@district.example'),
      ]),
    ]);
    assert.equal(groups.length, 1);
    assert.deepEqual(groups[0]!.sharing, ['sameHuman']);
    assert.deepEqual(groups[0]!.flags, []);
  });

  it('flags one guardian appearing as two accounts', () => {
    const groups = groupSharedContacts([
      guardian('g1', 'María López', '+12015550120', 'maria@example.org', { students: [{ id: 'st1', displayName: 'Leo', grade: '3' }] }),
      guardian('g2', 'Maria Lopez Garcia', '+12015550120', null, { students: [{ id: 'st2', displayName: 'Eva', grade: '1' }] }),
    ]);
    assert.equal(groups.length, 1);
    const [group] = groups;
    assert.deepEqual(group!.sharing, ['unexplained']);
    assert.deepEqual(group!.flags.map((f) => [f.kind, f.personIds]), [['possibleDuplicateGuardian', ['g2', 'g1']]]);
    assert.match(group!.flags[0]!.reason, /María López also has an email address and Maria Lopez Garcia has none/);
    // Accounts are ordered by name (code units: "Maria" before "María"), then id.
    assert.deepEqual(group!.accounts.map((a) => a.students.map((s) => s.id)), [['st2'], ['st1']]);
  });

  it('does not flag two different guardians of one household, or look-alikes who both have email', () => {
    const groups = groupSharedContacts([
      guardian('a', 'Ana Lopez', '+12015550130', 'ana@example.org', { householdId: 'h1' }),
      guardian('b', 'Ana Lopez', '+12015550130', null, { householdId: 'h1' }),
      guardian('c', 'Carlos Ruiz', '+12015550131', 'c1@example.org'),
      guardian('d', 'Carlos Ruiz', '+12015550131', 'c2@example.org'),
    ]);
    const byValue = new Map(groups.map((g) => [g.value, g]));
    assert.deepEqual(byValue.get('+12015550130')!.flags, []);
    assert.deepEqual(byValue.get('+12015550131')!.flags.map((f) => f.kind), ['sharedAcrossUnrelated']);
  });

  it('flags a household phone on several households', () => {
    const holder = (id: string, household: string) =>
      record(person(id, { householdId: household }), [method(id, 'householdPhone', '+12015550140', { householdId: household })]);
    const [group] = groupSharedContacts([holder('a', 'h1'), holder('b', 'h1'), holder('c', 'h2')]);
    assert.deepEqual(group!.sharing, ['household', 'unexplained']);
    assert.deepEqual(group!.flags.map((f) => [f.kind, f.personIds]), [['householdPhoneAcrossHouseholds', ['a', 'b', 'c']]]);
  });

  it('flags unrelated accounts sharing a value', () => {
    const [group] = groupSharedContacts([
      guardian('a', 'Ana Lopez', null, 'shared@example.org'),
      guardian('b', 'Tom Reed', null, 'shared@example.org'),
    ]);
    assert.deepEqual(group!.flags.map((f) => f.kind), ['sharedAcrossUnrelated']);
    assert.match(group!.flags[0]!.reason, /email address/);
  });

  it('counts an account holding a value twice once, and leaves inactive accounts out by default', () => {
    const twice = record(person('a', { displayName: 'A' }), [method('a', 'cellPhone', '+12015550150'), method('a', 'homePhone', '+12015550150')]);
    const other = guardian('b', 'B', '+12015550150', null);
    const inactive = guardian('c', 'C', '+12015550150', null, { active: false });
    const [group] = groupSharedContacts([twice, other, inactive]);
    assert.equal(group!.accountCount, 2);
    assert.equal(group!.accounts[0]!.methodType, 'homePhone');
    assert.equal(groupSharedContacts([twice, other, inactive], { includeInactive: true })[0]!.accountCount, 3);
  });

  it('gives the same groups whatever the order of the people', () => {
    const people = [
      guardian('a', 'Ana Lopez', '+12015550160', 'x@example.org'),
      guardian('b', 'Ana Lopez', '+12015550160', null),
      guardian('c', 'Zed Ng', '+12015550161', 'x@example.org'),
      guardian('d', 'Bo Ng', '+12015550161', null),
    ];
    assert.deepEqual(groupSharedContacts([...people].reverse()), groupSharedContacts(people));
  });

  // How fast is measured by `npm run bench -- shared-contacts`, not here: timings on a shared
  // machine would make this test fail at random.
  it('groups a district of 100,000 people: every household phone, no unrelated flags', () => {
    const people: PersonRecord[] = [];
    for (let i = 0; i < 100_000; i++) {
      const family = Math.floor(i / 2);
      people.push(
        record(person(`p${i}`, { displayName: `Given${i} Family${family}`, householdId: `h${family}` }), [
          method(`p${i}`, 'householdPhone', `+1201${String(family).padStart(7, '0')}`, { householdId: `h${family}` }),
          method(`p${i}`, 'cellPhone', `+1301${String(i).padStart(7, '0')}`),
          method(`p${i}`, 'email', i % 3 === 0 ? `family${family}@example.org` : `p${i}@example.org`),
        ]),
      );
    }
    const groups = groupSharedContacts(people);
    // 50,000 household phones, each held by the family's two members; a family email is only
    // ever on one member (i % 3 never holds for both i = 2f and 2f + 1), so none is shared.
    assert.equal(groups.filter((group) => group.kind === 'phone').length, 50_000);
    assert.equal(groups.filter((group) => group.kind === 'email').length, 0);
    assert.ok(groups.every((group) => group.accountCount === 2 && group.sharing.includes('household') && group.flags.length === 0));
  });
});

describe('person names', () => {
  const alike: Array<[string, string, boolean]> = [
    ['Ana López', 'ana lopez', true],
    ['López García, Ana María', 'Ana Lopez', true],
    ['Dan Smith', 'Daniel Smith', true],
    ['Ana Smith', 'Anna Smith', true],
    ['A. Smith', 'Alice Smith', true],
    ["Dennis O'Brien Jr.", 'Dennis OBrien', true],
    ['Ana Lopez', 'Luis Lopez', false],
    ['Ana Lopez', 'Ana Ruiz', false],
    ['Al Smith', 'Ali Smith', false],
  ];
  for (const [a, b, expected] of alike) {
    it(`${a} / ${b}: ${expected ? 'alike' : 'different'}`, () => {
      assert.equal(namesLookAlike(parsePersonName(a), parsePersonName(b)), expected);
    });
  }
});

describe('filter and sort', () => {
  const groups = groupSharedContacts([
    guardian('a', 'Ana Lopez', '+12015550170', 'x@example.org'),
    guardian('b', 'Ana Lopez', '+12015550170', null),
    guardian('c', 'José Ng', '+12015550171', 'x@example.org', { householdId: 'h' }),
    guardian('d', 'Bo Ng', '+12015550171', null, { householdId: 'h' }),
    guardian('e', 'Eve Ng', '+12015550171', null, { householdId: 'h' }),
  ]);
  it('filters by kind, flag, flagged and text', () => {
    assert.deepEqual(filterSharedContactGroups(groups, { kind: 'email' }).map((g) => g.value), ['x@example.org']);
    assert.deepEqual(filterSharedContactGroups(groups, { flag: 'possibleDuplicateGuardian' }).map((g) => g.value), ['+12015550170']);
    assert.deepEqual(filterSharedContactGroups(groups, { flagged: false }).map((g) => g.value), ['+12015550171']);
    assert.deepEqual(filterSharedContactGroups(groups, { q: 'jose' }).map((g) => g.value), ['+12015550171', 'x@example.org']);
    assert.deepEqual(filterSharedContactGroups(groups, { q: '(201) 555-0170' }).map((g) => g.value), ['+12015550170']);
  });
  it('sorts by count or value', () => {
    assert.deepEqual(sortSharedContactGroups(groups).map((g) => g.accountCount), [3, 2, 2]);
    assert.deepEqual(sortSharedContactGroups(groups, 'accountCount', 'asc').map((g) => g.value), ['+12015550170', 'x@example.org', '+12015550171']);
    assert.deepEqual(sortSharedContactGroups(groups, 'value', 'asc').map((g) => g.value), ['+12015550170', '+12015550171', 'x@example.org']);
  });
});
