import { describe, it } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { PersonRecord } from '../../src/domain/records.js';
import { groupSharedContacts } from '../../src/domain/shared-contacts.js';
import { generateDistrict, type District } from '../../src/mocks/district/index.js';
import { sharedDistrict } from '../../src/mocks/index.js';

const district = sharedDistrict({ seed: 1 });
const small = sharedDistrict({ seed: 42, students: 60, guardians: 88, staff: 16 });

const people = (d: District): PersonRecord[] => [...d.people.values()];
const guardians = (d: District) => people(d).filter((r) => r.person.role === 'guardian');
const valueOf = (r: PersonRecord, type: string) => r.methods.find((m) => m.type === type)?.value;

function holders(d: District): Map<string, PersonRecord[]> {
  const map = new Map<string, PersonRecord[]>();
  for (const r of d.people.values()) for (const m of r.methods) map.set(m.value, [...(map.get(m.value) ?? []), r]);
  return map;
}

describe('district generator: determinism and size', () => {
  it('gives a deep-equal district for the same seed', () => {
    assert.deepStrictEqual(generateDistrict({ seed: 5, students: 200 }), generateDistrict({ seed: 5, students: 200 }));
  });

  it('gives a different district for a different seed', () => {
    const a = generateDistrict({ seed: 5, students: 200 });
    const b = generateDistrict({ seed: 6, students: 200 });
    assert.notDeepStrictEqual(
      people(a).map((r) => r.person.displayName),
      people(b).map((r) => r.person.displayName),
    );
  });

  it('has about 3 schools, 1,500 students, 2,200 guardians and 150 staff by default', () => {
    assert.equal(district.settings.schools.length, 3);
    assert.equal(district.counts.students, 1500);
    assert.equal(district.counts.staff, 150);
    assert.ok(Math.abs(district.counts.guardians - 2200) <= 44, `guardians: ${district.counts.guardians}`);
  });

  it('builds a 100,000-person district', (t) => {
    const start = performance.now();
    const large = generateDistrict({ seed: 3, people: 100_000 });
    const ms = Math.round(performance.now() - start);
    t.diagnostic(`100,000-person district generated in ${ms} ms`);
    const total = large.counts.students + large.counts.guardians + large.counts.staff;
    assert.ok(Math.abs(total - 100_000) <= 2000, `people: ${total}`);
    assert.ok(large.people.get(large.fixtures.admin));
  });
});

describe('district generator: synthetic values only', () => {
  it('uses +1 <area code> 555-XXXX numbers, never 555-1212', () => {
    for (const r of district.people.values()) {
      for (const m of r.methods) {
        if (m.type.endsWith('Phone')) {
          assert.match(m.value, /^\+1[2-9]\d{2}555\d{4}$/);
          assert.ok(!m.value.endsWith('5551212'), m.value);
        }
      }
    }
    assert.match(district.settings.texting.number, /^\+1[2-9]\d{2}555\d{4}$/);
  });

  it('uses example.org, example.com and example.net addresses, lower-cased', () => {
    for (const r of district.people.values()) {
      for (const m of r.methods) {
        if (m.type.endsWith('mail')) assert.match(m.value, /^[a-z0-9.]+@example\.(org|com|net)$/);
      }
    }
  });

  it('includes names with accents and Vietnamese names', () => {
    const names = people(district).map((r) => r.person.displayName);
    assert.ok(names.includes('José Núñez'));
    assert.ok(names.some((n) => /[ạ-ỹđĐ]/u.test(n) && n.split(' ').length >= 2));
  });
});

describe('district generator: the mess of real districts', () => {
  const byValue = holders(district);

  it('has guardians sharing a household phone', () => {
    const shared = [...district.households.values()].some((h) => {
      const active = h.memberIds.map((id) => district.people.get(id)!).filter((r) => r.person.role === 'guardian' && r.person.active);
      const phones = active.map((r) => valueOf(r, 'householdPhone')).filter(Boolean);
      return phones.length >= 2 && new Set(phones).size === 1;
    });
    assert.ok(shared);
  });

  it('has guardians sharing one email', () => {
    assert.ok([...byValue].some(([v, rs]) => v.includes('@') && rs.filter((r) => r.person.role === 'guardian').length >= 2));
  });

  it('has a staff member who is also a guardian: same phone, different email, linked accounts', () => {
    const pair = people(district).find((r) => r.person.role === 'staff' && r.person.linkedAccountIds.length > 0)!;
    const guardian = district.people.get(pair.person.linkedAccountIds[0]!)!;
    assert.equal(guardian.person.role, 'guardian');
    assert.equal(valueOf(guardian, 'cellPhone'), valueOf(pair, 'cellPhone'));
    assert.notEqual(valueOf(guardian, 'email'), valueOf(pair, 'email'));
  });

  it('has one guardian duplicated across two student records (email + phone, phone only)', () => {
    const { withEmailId, phoneOnlyId } = district.fixtures.duplicatedGuardian;
    const a = district.people.get(withEmailId)!;
    const b = district.people.get(phoneOnlyId)!;
    assert.equal(a.person.displayName, b.person.displayName);
    assert.equal(valueOf(a, 'cellPhone'), valueOf(b, 'cellPhone'));
    assert.ok(valueOf(a, 'email') && !valueOf(b, 'email'));
    assert.notDeepEqual(a.person.students, b.person.students);
    const elsewhere = guardians(district).filter((r) => r.person.householdId === null && r.person.id !== phoneOnlyId);
    assert.ok(elsewhere.length > 0, 'the population has such duplicates too');
  });

  it('has opted-out and never-asked cell numbers', () => {
    const cells = people(district).flatMap((r) => r.methods.filter((m) => m.type === 'cellPhone'));
    assert.ok(cells.some((m) => district.consents.get(m.value)?.status === 'optedOut'));
    assert.ok(cells.some((m) => !district.consents.has(m.value)));
  });

  it('has bouncing emails', () => {
    assert.ok(people(district).some((r) => r.methods.some((m) => m.health === 'bouncing' && m.healthSince)));
  });

  it('has Spanish- and Vietnamese-speaking families', () => {
    const languages = new Set(guardians(district).map((r) => r.person.language));
    assert.ok(languages.has('es') && languages.has('vi'));
  });

  it('has a reason the district has not enabled, with no switch on for it', () => {
    assert.ok(!district.settings.enabledReasons.includes('teacher'));
    assert.ok(people(district).every((r) => r.preferences.every((p) => district.settings.enabledReasons.includes(p.reason))));
  });

  it('has students who may and who may not join conversations', () => {
    const students = people(district).filter((r) => r.person.role === 'student');
    assert.ok(students.some((r) => r.person.mayJoinConversations === true));
    assert.ok(students.some((r) => r.person.mayJoinConversations === false));
  });

  it('has staff with and without a district assignment', () => {
    const staff = people(district).filter((r) => r.person.role === 'staff');
    assert.ok(staff.some((r) => r.person.hasDistrictAssignment === true));
    assert.ok(staff.some((r) => r.person.hasDistrictAssignment === false));
  });

  it('has inactive household members', () => {
    assert.ok(people(district).some((r) => !r.person.active && r.person.householdId));
  });

  it('has stopped, archived, muted, unread, attachment-carrying and translated conversations', () => {
    const cs = district.conversations;
    assert.ok(cs.some((c) => c.stoppedAt));
    assert.ok(cs.some((c) => Object.values(c.members).some((m) => m.archived)));
    assert.ok(cs.some((c) => Object.values(c.members).some((m) => m.muted)));
    assert.ok(cs.some((c) => Object.entries(c.members).some(([id, m]) => m.lastSeenMessageId !== c.messages.at(-1)?.id && c.messages.at(-1)?.authorId !== id)));
    assert.ok(cs.some((c) => c.messages.some((m) => m.attachments.length > 0)));
    assert.ok(cs.some((c) => c.messages.some((m) => m.language !== 'en' && m.translations.some((t) => t.language === 'en'))));
  });

  it('gives the shared-contact report every kind of sharing and inconsistency to find', () => {
    const groups = groupSharedContacts(district.people.values());
    const flags = new Set(groups.flatMap((g) => g.flags.map((x) => x.kind)));
    const sharing = new Set(groups.flatMap((g) => g.sharing));
    assert.deepEqual([...flags].sort(), ['householdPhoneAcrossHouseholds', 'possibleDuplicateGuardian', 'sharedAcrossUnrelated']);
    assert.deepEqual([...sharing].sort(), ['household', 'sameHuman', 'unexplained']);
  });

  it('has SIS-synced methods not yet confirmed', () => {
    assert.ok(people(district).some((r) => r.methods.some((m) => m.confirmation === 'unconfirmed')));
  });
});

describe('district generator: seeded preferences obey the rules', () => {
  it('switches text on only for opted-in cell phones', () => {
    for (const r of district.people.values()) {
      for (const p of r.preferences.filter((x) => x.channel === 'text')) {
        const m = r.methods.find((x) => x.id === p.methodId)!;
        assert.equal(m.type, 'cellPhone');
        assert.equal(district.consents.get(m.value)?.status, 'optedIn');
      }
    }
  });

  it('sets the Staff reason only for staff with a district assignment', () => {
    for (const r of district.people.values()) {
      if (r.preferences.some((p) => p.reason === 'staff')) assert.equal(r.person.hasDistrictAssignment, true);
    }
  });

  it('gives every member of a household the same household-phone switches', () => {
    for (const h of district.households.values()) {
      const sets = h.memberIds
        .map((id) => district.people.get(id)!)
        .filter((r) => r.person.role === 'guardian' && r.methods.some((m) => m.type === 'householdPhone'))
        .map((r) => {
          const id = r.methods.find((m) => m.type === 'householdPhone')!.id;
          return r.preferences.filter((p) => p.methodId === id).map((p) => `${p.reason}/${p.channel}`).sort().join();
        });
      assert.ok(sets.every((s) => s === sets[0]), h.id);
    }
  });
});

describe('district generator: fixtures', () => {
  const smallest = generateDistrict({ seed: 99, students: 1, guardians: 1, staff: 1 });
  for (const [label, d] of [['default size', district], ['small size, another seed', small], ['the smallest size', smallest]] as const) {
    it(`are present and true to their names at ${label}`, () => {
      const f = d.fixtures;
      const get = (id: string) => {
        const r = d.people.get(id);
        assert.ok(r, id);
        return r;
      };
      assert.equal(d.staffProfiles.get(f.admin)?.districtAdmin, true);
      assert.equal(get(f.teacher).person.role, 'staff');
      assert.equal(get(f.staffWithoutAssignment).person.hasDistrictAssignment, false);
      assert.equal(get(f.guardian).person.householdId, f.household.id);
      assert.equal(valueOf(get(f.household.partnerId), 'householdPhone'), f.household.phone);
      assert.equal(valueOf(get(f.household.partnerId), 'email'), f.household.sharedEmail);
      assert.equal(get(f.household.inactiveMemberId).person.active, false);
      assert.equal(get(f.unconfirmedMethod.personId).methods.find((m) => m.id === f.unconfirmedMethod.methodId)?.confirmation, 'unconfirmed');
      assert.deepEqual(get(f.staffAlsoGuardian.staffId).person.linkedAccountIds, [f.staffAlsoGuardian.guardianId]);
      assert.equal(valueOf(get(f.duplicatedGuardian.phoneOnlyId), 'cellPhone'), f.duplicatedGuardian.phone);
      assert.equal(d.consents.get(f.optedOutGuardian.phone)?.status, 'optedOut');
      assert.equal(valueOf(get(f.optedOutGuardian.personId), 'cellPhone'), f.optedOutGuardian.phone);
      assert.equal(d.consents.has(f.neverAskedGuardian.phone), false);
      assert.equal(get(f.bouncingEmailGuardian.personId).methods.find((m) => m.value === f.bouncingEmailGuardian.email)?.health, 'bouncing');
      assert.equal(get(f.spanishGuardian).person.language, 'es');
      assert.equal(get(f.vietnameseGuardian).person.language, 'vi');
      assert.equal(get(f.studentMayJoin).person.mayJoinConversations, true);
      assert.equal(get(f.studentMayNotJoin).person.mayJoinConversations, false);
      const conv = (id: string) => {
        const c = d.conversations.find((x) => x.id === id);
        assert.ok(c, id);
        assert.ok(c.members[f.teacher], `${id} includes the teacher`);
        return c;
      };
      const cs = f.conversations;
      assert.ok(conv(cs.stopped).stoppedAt);
      assert.equal(conv(cs.archived).members[f.teacher]!.archived, true);
      assert.equal(conv(cs.muted).members[f.teacher]!.muted, true);
      assert.notEqual(conv(cs.unread).members[f.teacher]!.lastSeenMessageId, conv(cs.unread).messages.at(-1)!.id);
      assert.ok(conv(cs.withAttachments).messages.some((m) => m.attachments.length));
      assert.ok(conv(cs.translated).messages.some((m) => m.language === 'es') && conv(cs.translated).messages.some((m) => m.language === 'vi'));
      assert.ok(conv(cs.long).messages.length >= 100);
      assert.ok(d.savedAudiences.some((a) => a.id === f.audience));
      assert.equal(d.savedFilters.find((x) => x.id === f.studentFilter)?.mode, 'studentContacts');
      assert.equal(d.savedFilters.find((x) => x.id === f.staffFilter)?.mode, 'staff');
    });
  }
});

describe('district generator: conversation channels', () => {
  it('chooses only usable channels: SMS with an opted-in cell, email with an address', () => {
    for (const r of district.people.values()) {
      if (r.conversationChannel === 'sms') {
        assert.ok(r.methods.some((m) => m.type === 'cellPhone' && district.consents.get(m.value)?.status === 'optedIn'), r.person.id);
      }
      if (r.conversationChannel === 'email') assert.ok(r.methods.some((m) => m.type.endsWith('mail')), r.person.id);
    }
  });
});

describe('district generator: any seed and size', () => {
  it('builds a coherent district with its fixtures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 20 }), (seed, students, staff) => {
        const d = generateDistrict({ seed, students, staff });
        const methodIds = new Set<string>();
        for (const r of d.people.values()) {
          for (const m of r.methods) {
            assert.ok(!methodIds.has(m.id), `method id ${m.id} is unique`);
            methodIds.add(m.id);
            assert.equal(m.personId, r.person.id);
          }
          for (const p of r.preferences) assert.ok(r.methods.some((m) => m.id === p.methodId), 'switches belong to the person’s methods');
        }
        for (const id of [d.fixtures.admin, d.fixtures.teacher, d.fixtures.guardian, d.fixtures.studentMayJoin]) assert.ok(d.people.has(id));
        for (const id of Object.values(d.fixtures.conversations)) assert.ok(d.conversations.some((c) => c.id === id));
        for (const c of d.conversations) {
          assert.ok(c.participantIds.every((id) => d.people.has(id)));
          assert.ok(c.participantIds.length <= d.settings.participantLimit);
        }
      }),
      { numRuns: 12 },
    );
  });
});
