import type { PersonRecord } from '../../domain/records.js';
import type { LanguageTag } from '../../domain/types.js';
import { summaryOf, type DistrictBuilder } from './builder.js';
import { seedCellConsent } from './consent-history.js';

/**
 * Well-known ids of a synthetic district, for stories and tests. Every district has them,
 * whatever its size and seed; names are fixed too, so stories read the same everywhere.
 */
export interface DistrictFixtures {
  /** A district administrator (staff with district rights): batch, reports. */
  admin: string;
  /** A teacher with a district assignment; the conversation fixtures are seen through them. */
  teacher: string;
  /** A staff member without a district assignment (the Staff reason does not apply). */
  staffWithoutAssignment: string;
  /** A household whose members share a household phone and one email. */
  household: {
    id: string;
    phone: string;
    sharedEmail: string;
    guardianId: string;
    partnerId: string;
    /** A former member still on the record, inactive. */
    inactiveMemberId: string;
    studentIds: string[];
  };
  /** A guardian in a household with a shared phone (same as `household.guardianId`). */
  guardian: string;
  /** An SIS-synced method its holder has not confirmed ("is this yours?"). */
  unconfirmedMethod: { personId: string; methodId: string };
  /** One human with a staff and a guardian account: same cell, different emails. */
  staffAlsoGuardian: { staffId: string; guardianId: string; phone: string };
  /** One guardian appearing as two accounts: email + phone on one student's record, phone only on another's. */
  duplicatedGuardian: { withEmailId: string; phoneOnlyId: string; phone: string };
  /** A guardian whose cell (`methodId`, `phone`) is opted out of texts. */
  optedOutGuardian: { personId: string; phone: string; methodId: string };
  /** A guardian whose cell (`methodId`, `phone`) was never asked about texts. */
  neverAskedGuardian: { personId: string; phone: string; methodId: string };
  /** Email bouncing; conversation notifications fall back to the opted-in cell. */
  bouncingEmailGuardian: { personId: string; email: string };
  spanishGuardian: string;
  vietnameseGuardian: string;
  studentMayJoin: string;
  studentMayNotJoin: string;
  /** Conversations, each in its state as `teacher` sees it. */
  conversations: {
    stopped: string;
    archived: string;
    muted: string;
    unread: string;
    withAttachments: string;
    translated: string;
    long: string;
  };
  /** A saved audience holding the fixture families, for delivery previews. */
  audience: string;
  /** A saved student filter usable in the student modes of the batch wizard. */
  studentFilter: string;
  /** A saved staff filter for the batch wizard's staff mode. */
  staffFilter: string;
}

export type FixturePeople = Omit<DistrictFixtures, 'conversations' | 'audience' | 'studentFilter' | 'staffFilter'>;

interface Named {
  given: string;
  family: string;
  language?: LanguageTag;
}

/** The id of a person's method holding a value. */
const methodIdOf = (record: PersonRecord, value: string): string => record.methods.find((m) => m.value === value)!.id;

/** Creates the named fixture people. Runs first, so their ids are the same in every district. */
export function createFixturePeople(b: DistrictBuilder): FixturePeople {
  const phone = () => b.values.phone();
  const staffEmail = (n: Named) => b.values.email(n.given, n.family, 'example.org');
  const homeEmail = (n: Named) => b.values.email(n.given, n.family, 'example.com');

  const adminName = { given: 'Morgan', family: 'Ellis' };
  const admin = b.staff({ ...adminName, language: 'en', hasDistrictAssignment: true, profile: { jobTitle: 'District Administrator', districtAdmin: true, schoolId: null } });
  b.method(admin, 'email', staffEmail(adminName), { usedForSignIn: true });
  b.method(admin, 'workPhone', phone());
  const adminSummary = summaryOf(admin.person);

  const teacherName = { given: 'Priya', family: 'Patel' };
  const teacher = b.staff({ ...teacherName, language: 'en', hasDistrictAssignment: true, profile: { jobTitle: 'Teacher', districtAdmin: false, schoolId: 'school-1' } });
  b.method(teacher, 'email', staffEmail(teacherName), { usedForSignIn: true });
  const teacherCell = phone();
  b.method(teacher, 'cellPhone', teacherCell);
  seedCellConsent(b, teacherCell, 'optedIn', null);
  teacher.conversationChannel = 'email';

  const cookName = { given: 'Kofi', family: 'Mensah' };
  const cook = b.staff({ ...cookName, language: 'en', hasDistrictAssignment: false, profile: { jobTitle: 'Food Service Manager', districtAdmin: false, schoolId: 'school-1' } });
  b.method(cook, 'email', staffEmail(cookName), { usedForSignIn: true });
  b.method(cook, 'workPhone', phone());

  const cell = (record: PersonRecord, status: 'optedIn' | 'optedOut' | 'notAsked'): string => {
    const value = phone();
    b.method(record, 'cellPhone', value);
    seedCellConsent(b, value, status, adminSummary);
    return value;
  };

  // The household: Dennis and Ana share the household phone and one email; Walter moved out.
  const household = b.household();
  const householdPhone = phone();
  const member = (n: Named, extra: { active?: boolean } = {}) => {
    const g = b.guardian({ ...n, language: n.language ?? 'en', householdId: household.id, ...extra });
    b.method(g, 'householdPhone', householdPhone);
    return g;
  };
  const dennis = member({ given: 'Dennis', family: 'Anderson' });
  const ana = member({ given: 'Ana', family: 'Anderson' });
  const walter = member({ given: 'Walter', family: 'Anderson' }, { active: false });
  const liam = b.student({ given: 'Liam', family: 'Anderson', language: 'en', householdId: household.id, grade: '10', mayJoinConversations: true });
  const zoe = b.student({ given: 'Zoe', family: 'Anderson', language: 'en', householdId: household.id, grade: '3', mayJoinConversations: false });
  for (const s of [liam, zoe]) b.method(s, 'householdPhone', householdPhone);
  b.method(liam, 'email', b.values.email('Liam', 'Anderson', 'example.org'), { usedForSignIn: true });
  const sharedEmail = b.values.email('Anderson', 'Family', 'example.com');
  b.method(dennis, 'email', sharedEmail, { usedForSignIn: true });
  const unconfirmed = b.method(ana, 'email', sharedEmail, { confirmation: 'unconfirmed' });
  cell(dennis, 'optedIn');
  cell(ana, 'optedIn');
  for (const g of [dennis, ana, walter]) for (const s of [liam, zoe]) b.linkStudent(g, s);

  // Grace Okafor: counselor and parent, one cell, two emails.
  const graceName = { given: 'Grace', family: 'Okafor' };
  const graceStaff = b.staff({ ...graceName, language: 'en', hasDistrictAssignment: true, profile: { jobTitle: 'Counselor', districtAdmin: false, schoolId: 'school-2' } });
  b.method(graceStaff, 'email', staffEmail(graceName), { usedForSignIn: true });
  const graceCell = cell(graceStaff, 'optedIn');
  const okafors = b.household();
  const graceGuardian = b.guardian({ ...graceName, language: 'en', householdId: okafors.id });
  b.method(graceGuardian, 'cellPhone', graceCell);
  b.method(graceGuardian, 'email', homeEmail(graceName), { usedForSignIn: true });
  b.linkAccounts(graceStaff, graceGuardian);
  const amara = b.student({ given: 'Amara', family: 'Okafor', language: 'en', householdId: okafors.id, grade: '7', mayJoinConversations: true });
  b.linkStudent(graceGuardian, amara);

  // Marcus Holloway twice: Theo's record has his email and cell, Naomi's only the cell.
  const marcusName = { given: 'Marcus', family: 'Holloway' };
  const hollowayA = b.household();
  const marcus = b.guardian({ ...marcusName, language: 'en', householdId: hollowayA.id });
  b.method(marcus, 'email', homeEmail(marcusName), { usedForSignIn: true });
  const marcusCell = cell(marcus, 'optedIn');
  const theo = b.student({ given: 'Theo', family: 'Holloway', language: 'en', householdId: hollowayA.id, grade: '5', mayJoinConversations: false });
  b.linkStudent(marcus, theo);
  const hollowayB = b.household();
  const ruth = b.guardian({ given: 'Ruth', family: 'Holloway', language: 'en', householdId: hollowayB.id });
  cell(ruth, 'optedIn');
  const naomi = b.student({ given: 'Naomi', family: 'Holloway', language: 'en', householdId: hollowayB.id, grade: '8', mayJoinConversations: true });
  b.linkStudent(ruth, naomi);
  const marcusAgain = b.guardian({ ...marcusName, language: 'en', householdId: null });
  b.method(marcusAgain, 'cellPhone', marcusCell);
  b.linkStudent(marcusAgain, naomi);

  // Single-guardian families, each showing one state.
  const singleFamily = (n: Named, grade: string, child: string) => {
    const home = b.household();
    const g = b.guardian({ ...n, language: n.language ?? 'en', householdId: home.id });
    const s = b.student({ given: child, family: n.family, language: n.language ?? 'en', householdId: home.id, grade, mayJoinConversations: false });
    b.linkStudent(g, s);
    return g;
  };
  const keisha = singleFamily({ given: 'Keisha', family: 'Barnes' }, '2', 'Imani');
  b.method(keisha, 'email', homeEmail({ given: 'Keisha', family: 'Barnes' }));
  const keishaCell = cell(keisha, 'optedOut');
  const tobias = singleFamily({ given: 'Tobias', family: 'Lindqvist' }, '6', 'Ingrid');
  const tobiasCell = cell(tobias, 'notAsked');
  const bridget = singleFamily({ given: 'Bridget', family: 'Sullivan' }, '11', 'Declan');
  const bridgetEmail = homeEmail({ given: 'Bridget', family: 'Sullivan' });
  b.method(bridget, 'email', bridgetEmail, { health: 'bouncing', healthSince: b.pastTime(6, 2), usedForSignIn: true });
  cell(bridget, 'optedIn');
  bridget.conversationChannel = 'email';
  const jose = singleFamily({ given: 'José', family: 'Núñez', language: 'es' }, '4', 'Sofía');
  b.method(jose, 'email', homeEmail({ given: 'José', family: 'Núñez' }));
  cell(jose, 'optedIn');
  const huong = singleFamily({ given: 'Thị Hương', family: 'Trần', language: 'vi' }, '9', 'Minh');
  cell(huong, 'optedIn');
  huong.conversationChannel = 'sms';

  return {
    admin: admin.person.id,
    teacher: teacher.person.id,
    staffWithoutAssignment: cook.person.id,
    household: {
      id: household.id,
      phone: householdPhone,
      sharedEmail,
      guardianId: dennis.person.id,
      partnerId: ana.person.id,
      inactiveMemberId: walter.person.id,
      studentIds: [liam.person.id, zoe.person.id],
    },
    guardian: dennis.person.id,
    unconfirmedMethod: { personId: ana.person.id, methodId: unconfirmed.id },
    staffAlsoGuardian: { staffId: graceStaff.person.id, guardianId: graceGuardian.person.id, phone: graceCell },
    duplicatedGuardian: { withEmailId: marcus.person.id, phoneOnlyId: marcusAgain.person.id, phone: marcusCell },
    optedOutGuardian: { personId: keisha.person.id, phone: keishaCell, methodId: methodIdOf(keisha, keishaCell) },
    neverAskedGuardian: { personId: tobias.person.id, phone: tobiasCell, methodId: methodIdOf(tobias, tobiasCell) },
    bouncingEmailGuardian: { personId: bridget.person.id, email: bridgetEmail },
    spanishGuardian: jose.person.id,
    vietnameseGuardian: huong.person.id,
    studentMayJoin: liam.person.id,
    studentMayNotJoin: zoe.person.id,
  };
}
