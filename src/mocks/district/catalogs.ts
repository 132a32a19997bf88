import type { DirectoryEntry, StudentRef } from '../../domain/types.js';
import type { District, SavedAudienceRecord, SavedFilterRecord } from './model.js';
import type { Random } from './random.js';
import { schoolIndexForGrade } from './settings.js';
import { asciiSlug } from './names.js';

function foldName(name: string): string {
  return name.split(' ').map(asciiSlug).join(' ');
}

type Base = Omit<District, 'savedFilters' | 'savedAudiences' | 'directory' | 'fixtures' | 'conversations'>;

function byRole(district: Base, role: 'guardian' | 'student' | 'staff'): string[] {
  const ids: string[] = [];
  for (const record of district.people.values()) if (record.person.role === role) ids.push(record.person.id);
  return ids;
}

/**
 * Saved ad hoc filters: student filters (listed for both student modes, with ids per mode)
 * and census filters for staff mode. `homeroom` holds the fixture students.
 */
export function buildSavedFilters(district: Base, random: Random, homeroom: string[]): { filters: SavedFilterRecord[]; studentFilter: string; staffFilter: string } {
  const students = byRole(district, 'student');
  const staff = byRole(district, 'staff');
  const gradeOf = (id: string) => district.people.get(id)!.person.grade ?? 'K';
  const studentSets: { name: string; personIds: string[] }[] = [
    { name: "Mrs. Patel's homeroom", personIds: [...homeroom, ...random.shuffle(students).slice(0, 20)].filter((v, i, a) => a.indexOf(v) === i) },
    ...district.settings.schools.map((school, index) => ({
      name: `${school.name} students`,
      personIds: students.filter((id) => schoolIndexForGrade(gradeOf(id), district.settings.schools.length) === index),
    })),
    { name: 'Bus route 4 riders', personIds: students.filter(() => random.chance(0.05)) },
    { name: 'Food service accounts with low balance', personIds: students.filter(() => random.chance(0.08)) },
  ];
  const filters: SavedFilterRecord[] = [];
  for (const mode of ['studentContacts', 'students'] as const) {
    studentSets.forEach((set, i) => filters.push({ id: `filter-${mode === 'students' ? 'st' : 'sc'}-${i + 1}`, name: set.name, mode, personIds: set.personIds }));
  }
  const profiles = district.staffProfiles;
  const staffSets = [
    { name: 'All staff', personIds: staff },
    { name: 'Teachers', personIds: staff.filter((id) => profiles.get(id)?.jobTitle === 'Teacher') },
    ...district.settings.schools.map((school) => ({
      name: `${school.name} staff`,
      personIds: staff.filter((id) => profiles.get(id)?.schoolId === school.id),
    })),
  ];
  staffSets.forEach((set, i) => filters.push({ id: `filter-staff-${i + 1}`, name: set.name, mode: 'staff', personIds: set.personIds }));
  return { filters, studentFilter: 'filter-sc-1', staffFilter: 'filter-staff-1' };
}

/** Saved audiences: the fixture families, each school's families, all staff. */
export function buildSavedAudiences(district: Base, random: Random, fixtureGuardians: string[]): SavedAudienceRecord[] {
  const guardians = byRole(district, 'guardian');
  const schoolCount = district.settings.schools.length;
  const schoolOfGuardian = new Map<string, Set<number>>();
  for (const id of guardians) {
    const schools = new Set<number>();
    for (const s of district.people.get(id)!.person.students ?? []) schools.add(schoolIndexForGrade(s.grade ?? 'K', schoolCount));
    schoolOfGuardian.set(id, schools);
  }
  return [
    {
      id: 'audience-1',
      name: "Mrs. Patel's homeroom families",
      personIds: [...fixtureGuardians, ...random.shuffle(guardians).slice(0, 20)].filter((v, i, a) => a.indexOf(v) === i),
    },
    ...district.settings.schools.map((school, index) => ({
      id: `audience-${index + 2}`,
      name: `${school.name} families`,
      personIds: guardians.filter((id) => schoolOfGuardian.get(id)!.has(index)),
    })),
    { id: `audience-${schoolCount + 2}`, name: 'All staff', personIds: byRole(district, 'staff') },
  ];
}

/** Directory entries of everyone active, sorted by name then id. */
export function buildDirectory(district: Base): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const { person } of district.people.values()) {
    if (!person.active) continue;
    const students: StudentRef[] =
      person.role === 'guardian'
        ? (person.students ?? [])
        : person.role === 'student'
          ? [{ id: person.id, displayName: person.displayName, grade: person.grade ?? null }]
          : [];
    const entry: DirectoryEntry = { id: person.id, role: person.role, displayName: person.displayName, students };
    if (person.role === 'staff') entry.jobTitle = district.staffProfiles.get(person.id)?.jobTitle ?? null;
    entries.push(entry);
  }
  // Sort on a folded key ("Núñez" next to "Nunez"): a collator per comparison is slow at 100,000.
  const keyed = entries.map((entry) => ({ entry, key: `${foldName(entry.displayName)}\u0000${entry.id}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.entry);
}
