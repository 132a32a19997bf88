import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { groupSharedContacts } from '../../src/domain/shared-contacts.js';
import type { ContactMethodType, PersonRole } from '../../src/domain/types.js';
import { method, person, record } from './fixtures.js';

// Random districts: a few phones, emails, households, names and links, so values are shared often.
const PHONES = ['+12015550301', '+12015550302', '+12015550303'];
const EMAILS = ['a@example.org', 'B@Example.org', 'b@example.org'];
const NAMES = ['Ana Ruiz', 'Anna Ruiz', 'Dennis Park', 'Dan Park', 'Mei Chen'];
const accountArb = fc.record({
  role: fc.constantFrom<PersonRole>('guardian', 'guardian', 'staff', 'student'),
  name: fc.constantFrom(...NAMES),
  active: fc.constantFrom(true, true, true, false),
  household: fc.constantFrom(null, 'h1', 'h2'),
  methods: fc.uniqueArray(
    fc.record({
      type: fc.constantFrom<ContactMethodType>('householdPhone', 'cellPhone', 'workPhone', 'email', 'secondaryEmail'),
      phone: fc.constantFrom(...PHONES),
      email: fc.constantFrom(...EMAILS),
    }),
    { maxLength: 4, selector: (m) => m.type },
  ),
  linkTo: fc.option(fc.nat({ max: 9 }), { nil: null }),
});

function buildDistrict(specs: Array<typeof accountArb extends fc.Arbitrary<infer T> ? T : never>) {
  return specs.map((spec, i) => {
    const id = `p${i}`;
    const linked = spec.linkTo !== null && spec.linkTo < specs.length && spec.linkTo !== i ? [`p${spec.linkTo}`] : [];
    const methods = spec.methods.map((m) =>
      method(id, m.type, m.type === 'email' || m.type === 'secondaryEmail' ? m.email : m.phone, {
        householdId: m.type === 'householdPhone' ? spec.household : null,
      }),
    );
    return record(
      person(id, { role: spec.role, displayName: spec.name, active: spec.active, householdId: spec.household, linkedAccountIds: linked }),
      methods,
    );
  });
}

describe('groupSharedContacts properties', () => {
  it('puts every value held by two or more active accounts in exactly one group, each account once, every flag explained', () => {
    fc.assert(
      fc.property(fc.array(accountArb, { maxLength: 10 }), (specs) => {
        const people = buildDistrict(specs);
        const groups = groupSharedContacts(people);
        const holders = new Map<string, Set<string>>();
        for (const r of people) {
          if (!r.person.active) continue;
          for (const m of r.methods) {
            const key = m.type === 'email' || m.type === 'secondaryEmail' ? `email:${m.value.toLowerCase()}` : `phone:${m.value}`;
            holders.set(key, (holders.get(key) ?? new Set()).add(r.person.id));
          }
        }
        const expected = [...holders].filter(([, ids]) => ids.size >= 2).map(([key]) => key).sort();
        assert.deepEqual(groups.map((g) => g.id).sort(), expected);
        for (const group of groups) {
          const ids = group.accounts.map((a) => a.person.id);
          assert.equal(new Set(ids).size, ids.length, 'an account twice in a group');
          assert.deepEqual(new Set(ids), holders.get(group.id));
          assert.equal(group.accountCount, ids.length);
          assert.ok(group.sharing.length > 0, 'every group is explained');
          for (const flag of group.flags) {
            assert.ok(flag.reason.length > 20, 'a flag carries a plain-language reason');
            assert.ok(flag.personIds.every((id) => ids.includes(id)), 'a flag names accounts of its group');
          }
        }
        for (let i = 1; i < groups.length; i++) {
          const [a, b] = [groups[i - 1]!, groups[i]!];
          assert.ok(a.accountCount > b.accountCount || (a.accountCount === b.accountCount && a.value <= b.value), 'sorted by count, then value');
        }
      }),
    );
  });
});
