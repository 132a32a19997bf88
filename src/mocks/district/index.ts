import type { DistrictRecords } from '../../domain/records.js';
import { DistrictBuilder } from './builder.js';
import { buildDirectory, buildSavedAudiences, buildSavedFilters } from './catalogs.js';
import { ContactValueAllocator } from './contact-values.js';
import { ConversationWriter } from './conversation-writer.js';
import { writeFixtureConversations, writeGeneralConversations } from './conversations.js';
import { refreshSharedCounts } from './derived.js';
import { createFixturePeople } from './fixtures.js';
import type { District } from './model.js';
import { populateFamilies, populateStaff } from './population.js';
import { seedPreferences } from './preferences.js';
import { Random } from './random.js';
import { notificationRoute } from './notification-route.js';
import { seedRules } from './seed-rules.js';
import { REFERENCE_DATE, buildSettings } from './settings.js';

export type { District, StaffProfile, ConversationRecord, MessageRecord, MemberState, SeenRecord, SavedFilterRecord, SavedAudienceRecord } from './model.js';
export type { DistrictFixtures } from './fixtures.js';
export { REFERENCE_DATE, GRADES, ENABLED_REASONS } from './settings.js';
export { Random } from './random.js';
export { consentSummaryOf, indexMethodValues, refreshSharedCounts, withDerivedFields } from './derived.js';
export { ALL_PHRASES, type Phrase } from './phrasebook.js';

export interface DistrictOptions {
  /** Same seed, same district. Default 1. */
  seed?: number;
  /** Total people; splits into students, guardians and staff in the default proportions. */
  people?: number;
  /** Default 1,500. */
  students?: number;
  /** Default about 1.47 per student (2,200 for 1,500 students). */
  guardians?: number;
  /** Default one per ten students (150 for 1,500). */
  staff?: number;
  /** Default 3 (elementary, middle, high). */
  schools?: number;
  /** Everyday conversations besides the fixtures. Default grows with the district, at most 400. */
  conversations?: number;
}

/** Named sizes: `small` for quick tests and stories, `default`, and `large` (100,000 people) for benchmarks. */
export const DISTRICT_SIZES = {
  small: { students: 60, guardians: 88, staff: 16 },
  default: { students: 1500, guardians: 2200, staff: 150 },
  large: { people: 100_000 },
} as const satisfies Record<string, DistrictOptions>;

export type DistrictSize = keyof typeof DISTRICT_SIZES;

// The fixtures use this many of each; a district always has at least these.
const FIXTURE_COUNTS = { students: 10, guardians: 12, staff: 4 };

function resolveSizes(options: DistrictOptions): { students: number; guardians: number; staff: number } {
  const base = DISTRICT_SIZES.default;
  const total = base.students + base.guardians + base.staff;
  let { students, guardians, staff } = options;
  if (options.people !== undefined) {
    students ??= Math.round((options.people * base.students) / total);
    staff ??= Math.round((options.people * base.staff) / total);
    guardians ??= options.people - students - staff;
  }
  students ??= base.students;
  guardians ??= Math.round((students * base.guardians) / base.students);
  staff ??= Math.max(FIXTURE_COUNTS.staff + 2, Math.round(students / 10));
  return {
    students: Math.max(students, FIXTURE_COUNTS.students + 2),
    guardians: Math.max(guardians, FIXTURE_COUNTS.guardians + 2),
    staff: Math.max(staff, FIXTURE_COUNTS.staff + 2),
  };
}

/**
 * Builds a synthetic district: people, households, contact methods, preferences, texting
 * consent, conversations, saved filters and audiences, the directory — with the mess of real
 * districts and named fixtures. Deterministic: the same options give a deep-equal district.
 */
export function generateDistrict(options: DistrictOptions = {}): District {
  const seed = options.seed ?? 1;
  const sizes = resolveSizes(options);
  const schools = options.schools ?? 3;
  const root = new Random(seed);
  const values = new ContactValueAllocator(root.fork('values'));
  const settings = buildSettings(root.fork('settings'), schools, values.phone());
  const b = new DistrictBuilder(root.fork('people'), values, REFERENCE_DATE);

  const fixturePeople = createFixturePeople(b);
  const staff = populateStaff(b, sizes.staff - FIXTURE_COUNTS.staff, schools);
  populateFamilies(
    b,
    { students: sizes.students - FIXTURE_COUNTS.students, guardians: sizes.guardians - FIXTURE_COUNTS.guardians },
    staff,
  );

  const records: DistrictRecords = { settings, people: b.people, households: b.households, consents: b.consents };
  seedPreferences(root.fork('preferences'), records, seedRules);
  refreshSharedCounts(records);

  const pools = { staff: [] as string[], guardians: [] as string[], students: [] as string[] };
  const fixtureIds = new Set(Object.values(fixturePeople).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v).flat())));
  for (const { person } of b.people.values()) {
    if (!person.active || fixtureIds.has(person.id)) continue;
    if (person.role === 'student' && !person.mayJoinConversations) continue;
    pools[person.role === 'staff' ? 'staff' : person.role === 'guardian' ? 'guardians' : 'students'].push(person.id);
  }
  const conversationRandom = root.fork('conversations');
  const writer = new ConversationWriter(records, REFERENCE_DATE, notificationRoute);
  const conversationFixtures = writeFixtureConversations(writer, conversationRandom, fixturePeople, pools.guardians.slice(0, 12));
  const everyday = options.conversations ?? Math.min(400, 20 + Math.floor(b.people.size / 250));
  writeGeneralConversations(writer, conversationRandom, records, pools, everyday);

  const base = {
    ...records,
    seed,
    referenceDate: REFERENCE_DATE,
    people: b.people,
    households: b.households,
    consents: b.consents,
    staffProfiles: b.staffProfiles,
    counts: { students: 0, guardians: 0, staff: 0, households: b.households.size },
  };
  for (const { person } of b.people.values()) {
    base.counts[person.role === 'student' ? 'students' : person.role === 'guardian' ? 'guardians' : 'staff'] += 1;
  }
  const catalogRandom = root.fork('catalogs');
  const homeroom = [...fixturePeople.household.studentIds, fixturePeople.studentMayJoin];
  for (const id of [fixturePeople.spanishGuardian, fixturePeople.vietnameseGuardian, fixturePeople.optedOutGuardian.personId, fixturePeople.neverAskedGuardian.personId, fixturePeople.bouncingEmailGuardian.personId, fixturePeople.duplicatedGuardian.withEmailId]) {
    for (const s of b.people.get(id)!.person.students ?? []) homeroom.push(s.id);
  }
  const { filters, studentFilter, staffFilter } = buildSavedFilters(base, catalogRandom, [...new Set(homeroom)]);
  const fixtureGuardians = [
    fixturePeople.household.guardianId,
    fixturePeople.household.partnerId,
    fixturePeople.household.inactiveMemberId,
    fixturePeople.staffAlsoGuardian.guardianId,
    fixturePeople.duplicatedGuardian.withEmailId,
    fixturePeople.duplicatedGuardian.phoneOnlyId,
    fixturePeople.optedOutGuardian.personId,
    fixturePeople.neverAskedGuardian.personId,
    fixturePeople.bouncingEmailGuardian.personId,
    fixturePeople.spanishGuardian,
    fixturePeople.vietnameseGuardian,
  ];
  const savedAudiences = buildSavedAudiences(base, catalogRandom, fixtureGuardians);
  return {
    ...base,
    conversations: writer.conversations,
    savedFilters: filters,
    savedAudiences,
    directory: buildDirectory(base),
    fixtures: { ...fixturePeople, conversations: conversationFixtures, audience: savedAudiences[0]!.id, studentFilter, staffFilter },
  };
}
