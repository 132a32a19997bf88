import type { PersonRecord } from '../../domain/records.js';
import type { LanguageTag, PersonSummary } from '../../domain/types.js';
import { summaryOf, type DistrictBuilder } from './builder.js';
import { drawCellStatus, seedCellConsent } from './consent-history.js';
import { NAME_BANKS, STAFF_JOB_TITLES, type NameBank } from './names.js';
import { GRADES } from './settings.js';

export interface PopulationTargets {
  students: number;
  guardians: number;
  staff: number;
  schools: number;
}

type FamilyLanguage = 'en' | 'es' | 'vi';

function drawLanguage(b: DistrictBuilder): FamilyLanguage {
  return b.random.weighted<FamilyLanguage>([['en', 75], ['es', 17], ['vi', 8]]);
}

function bankOf(language: LanguageTag): NameBank {
  return NAME_BANKS[language as FamilyLanguage] ?? NAME_BANKS.en;
}

/** Gives a person a cell phone and its consent history. */
export function addCell(b: DistrictBuilder, record: PersonRecord, enteredBy: PersonSummary | null, phone = b.values.phone()): string {
  b.method(record, 'cellPhone', phone, { usedForSignIn: record.person.role !== 'staff' && b.random.chance(0.3) });
  if (!b.consents.has(phone)) seedCellConsent(b, phone, drawCellStatus(b), enteredBy);
  return phone;
}

/** The general staff: teachers, counselors, clerks; a few admins; some without a district assignment. */
export function populateStaff(b: DistrictBuilder, count: number, schools: number): PersonRecord[] {
  const staff: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const r = b.random;
    const language = r.weighted<FamilyLanguage>([['en', 85], ['es', 10], ['vi', 5]]);
    const bank = bankOf(language);
    const given = r.pick(bank.given);
    const family = r.pick(bank.family);
    const hasDistrictAssignment = r.chance(0.88);
    const record = b.staff({
      given,
      family,
      language,
      hasDistrictAssignment,
      profile: {
        jobTitle: i % 40 === 0 ? 'District Administrator' : r.pick(STAFF_JOB_TITLES),
        districtAdmin: i % 40 === 0,
        schoolId: i % 40 === 0 ? null : `school-${r.int(1, schools)}`,
      },
    });
    b.method(record, 'email', b.values.email(given, family, 'example.org'), { usedForSignIn: true });
    if (r.chance(0.7)) b.method(record, 'workPhone', b.values.phone());
    if (r.chance(0.65)) addCell(b, record, null);
    if (r.chance(0.15)) b.method(record, 'homePhone', b.values.phone());
    if (r.chance(0.1)) record.conversationChannel = r.pick(['email', 'inApp'] as const);
    staff.push(record);
  }
  return staff;
}

function drawGrade(b: DistrictBuilder): string {
  return b.random.pick(GRADES);
}

/**
 * Families: households with their students and guardians, carrying the everyday mess of real
 * districts at a low rate — shared emails, duplicated guardians, unrelated people sharing a
 * number, household phones across households, inactive members, bouncing emails.
 */
export function populateFamilies(
  b: DistrictBuilder,
  targets: { students: number; guardians: number },
  staff: PersonRecord[],
): void {
  const r = b.random;
  let studentsLeft = targets.students;
  let guardiansLeft = targets.guardians;
  // Staff members who are also parents in the district (one human, two accounts).
  const staffParents = staff.filter((_, i) => i % 50 === 7);
  const familiesEstimate = Math.max(1, Math.round(targets.students / 1.34));
  let lastHouseholdPhone: string | null = null;
  let lastGuardianCell: string | null = null;
  const enteredBy = staff.length ? summaryOf(staff[0]!.person) : null;

  for (let familyIndex = 0; studentsLeft > 0; familyIndex++) {
    const language = drawLanguage(b);
    const bank = bankOf(language);
    const familyName = r.pick(bank.family);
    const kids = Math.min(studentsLeft, r.weighted([[1, 72], [2, 22], [3, 6]] as const));
    const ratio = guardiansLeft / studentsLeft;
    const wanted = kids * ratio;
    let guardianCount = Math.floor(wanted) + (r.chance(wanted - Math.floor(wanted)) ? 1 : 0);
    guardianCount = Math.max(1, Math.min(3, guardianCount));

    const household = b.household();
    let householdPhone: string | null = null;
    if (r.chance(0.9)) {
      // Rarely, a household phone also sits on another household (a shared landline, a typo).
      householdPhone = lastHouseholdPhone && r.chance(0.003) ? lastHouseholdPhone : b.values.phone();
      lastHouseholdPhone = householdPhone;
    }

    const students: PersonRecord[] = [];
    for (let k = 0; k < kids; k++) {
      const grade = drawGrade(b);
      const gradeIndex = GRADES.indexOf(grade as (typeof GRADES)[number]);
      const studentGiven = r.pick(bank.given);
      const student = b.student({
        given: studentGiven,
        family: familyName,
        language,
        householdId: household.id,
        grade,
        mayJoinConversations: gradeIndex >= 6 && r.chance(0.75),
      });
      if (householdPhone) b.method(student, 'householdPhone', householdPhone);
      if (gradeIndex >= 3) {
        b.method(student, 'email', b.values.email(studentGiven, familyName, 'example.org'), {
          usedForSignIn: true,
        });
      }
      if (gradeIndex >= 9 && r.chance(0.35)) addCell(b, student, enteredBy);
      students.push(student);
    }
    studentsLeft -= kids;

    const guardians: PersonRecord[] = [];
    let firstEmail: string | null = null;
    for (let g = 0; g < guardianCount; g++) {
      const staffParent =
        g === 0 && staffParents.length > 0 && r.chance(staffParents.length / Math.max(1, familiesEstimate - familyIndex))
          ? staffParents.shift()!
          : null;
      const guardianLanguage = staffParent?.person.language ?? (g > 0 && language !== 'en' && r.chance(0.3) ? 'en' : language);
      const staffName = staffParent ? b.names.get(staffParent.person.id)! : null;
      const given = staffName?.given ?? r.pick(bank.given);
      const family = staffName?.family ?? (g > 0 && r.chance(0.3) ? r.pick(bank.family) : familyName);
      // A third guardian, or now and then a second one, keeps a home of their own.
      const ownHousehold = g === 2 || (g === 1 && r.chance(0.1));
      const guardianHousehold = ownHousehold ? b.household() : household;
      const guardian = b.guardian({ given, family, language: guardianLanguage, householdId: guardianHousehold.id });
      if (!ownHousehold && householdPhone) b.method(guardian, 'householdPhone', householdPhone);
      if (ownHousehold && r.chance(0.6)) b.method(guardian, 'householdPhone', b.values.phone());
      if (staffParent) {
        const staffCell = staffParent.methods.find((m) => m.type === 'cellPhone')?.value ?? addCell(b, staffParent, null);
        b.method(guardian, 'cellPhone', staffCell);
        b.linkAccounts(staffParent, guardian);
      } else if (r.chance(0.88)) {
        const reuse = lastGuardianCell && r.chance(0.004) ? lastGuardianCell : undefined;
        lastGuardianCell = addCell(b, guardian, enteredBy, reuse);
      }
      if (r.chance(0.3)) b.method(guardian, 'workPhone', b.values.phone());
      if (g === 1 && firstEmail && r.chance(0.07)) {
        // Two guardians sharing one email: synced onto the second account, not yet confirmed.
        b.method(guardian, 'email', firstEmail, { confirmation: 'unconfirmed' });
      } else if (r.chance(0.85)) {
        const bouncing = r.chance(0.015);
        const email = b.values.email(given, family, r.chance(0.5) ? 'example.com' : 'example.net');
        b.method(guardian, 'email', email, {
          usedForSignIn: r.chance(0.6),
          health: bouncing ? 'bouncing' : 'ok',
          healthSince: bouncing ? b.pastTime(20) : null,
        });
        if (g === 0) firstEmail = email;
      }
      if (r.chance(0.08)) b.method(guardian, 'secondaryEmail', b.values.email(given, family, 'example.net'));
      // A chosen channel must be usable: SMS needs an opted-in cell, email an address.
      const texts = guardian.methods.some((m) => m.type === 'cellPhone' && b.consents.get(m.value)?.status === 'optedIn');
      const emails = guardian.methods.some((m) => m.type === 'email' || m.type === 'secondaryEmail');
      guardian.conversationChannel = r.weighted([[null, 78], ['email', emails ? 12 : 0], ['inApp', 5], ['sms', texts ? 5 : 0]] as const);
      for (const student of students) b.linkStudent(guardian, student);
      guardians.push(guardian);
    }

    // One guardian duplicated across two student records: one account with email and phone,
    // the other with the phone only, each attached to different students.
    const first = guardians[0]!;
    const firstCell = first.methods.find((m) => m.type === 'cellPhone');
    if (kids >= 2 && firstCell && r.chance(0.02)) {
      const name = b.names.get(first.person.id)!;
      const duplicate = b.guardian({ ...name, language: first.person.language, householdId: null });
      b.method(duplicate, 'cellPhone', firstCell.value);
      first.person.students = first.person.students!.slice(0, 1);
      for (const student of students.slice(1)) b.linkStudent(duplicate, student);
      guardians.push(duplicate);
    }

    // Now and then a former household member stays on the record, inactive.
    if (r.chance(0.03)) {
      const inactive = b.guardian({ given: r.pick(bank.given), family: familyName, language, householdId: household.id, active: false });
      if (householdPhone) b.method(inactive, 'householdPhone', householdPhone);
      for (const student of students) b.linkStudent(inactive, student);
      guardians.push(inactive);
    }
    guardiansLeft -= guardians.length;
  }
}
