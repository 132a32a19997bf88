// Measures groupSharedContacts on a synthetic district.
// Run: node --import tsx bench/shared-contacts.bench.ts [people]
import { median, reportFigure } from './support/report.js';
import { groupSharedContacts } from '../src/domain/shared-contacts.js';
import type { PersonRecord } from '../src/domain/records.js';
import type { ContactMethod } from '../src/domain/types.js';

const size = Number(process.argv[2] ?? 100_000);
const people: PersonRecord[] = [];
for (let i = 0; i < size; i++) {
  // Two guardians per household share its phone; one family in three shares an email; one
  // guardian in a hundred appears a second time with the phone only (a likely duplicate).
  const family = i >> 1;
  const id = `p${i}`;
  const base = { personId: id, source: 'sis', confirmation: 'confirmed', health: 'ok', healthSince: null, sharedAccountCount: 0 } as const;
  const methods: ContactMethod[] = [
    { ...base, id: `${id}h`, type: 'householdPhone', value: `+1201${String(family).padStart(7, '0')}`, householdId: `h${family}` },
    { ...base, id: `${id}c`, type: 'cellPhone', value: `+1301${String(i % 100 === 1 ? i - 1 : i).padStart(7, '0')}`, householdId: null },
  ];
  if (i % 100 !== 1) methods.push({ ...base, id: `${id}e`, type: 'email', value: family % 3 === 0 ? `family${family}@example.org` : `${id}@example.org`, householdId: null });
  people.push({
    person: { id, role: 'guardian', displayName: i % 100 === 1 ? `Given${i - 1} Family${family}` : `Given${i} Family${family}`, active: true, householdId: i % 100 === 1 ? `h${family}x` : `h${family}`, language: 'en', linkedAccountIds: [] },
    methods,
    preferences: [],
    conversationChannel: null,
  });
}
const timings: number[] = [];
for (let round = 1; round <= 5; round++) {
  const started = performance.now();
  const groups = groupSharedContacts(people);
  const ms = performance.now() - started;
  timings.push(ms);
  const flagged = groups.filter((group) => group.flags.length > 0).length;
  console.log(`round ${round}: ${size} people → ${groups.length} groups (${flagged} flagged) in ${ms.toFixed(0)} ms`);
}
reportFigure({ benchmark: 'shared-contact grouping', metric: `${size.toLocaleString('en')} people, median of 5`, value: median(timings), unit: 'ms' });
