import type { HouseholdRecord, PersonRecord } from '../../domain/records.js';
import type {
  ConfirmationState,
  ConsentEvent,
  ContactMethod,
  ContactMethodSource,
  ContactMethodType,
  DeliveryHealth,
  LanguageTag,
  Person,
  PersonSummary,
  SmsConsent,
  StudentRef,
  Timestamp,
} from '../../domain/types.js';
import type { ContactValueAllocator } from './contact-values.js';
import type { StaffProfile } from './model.js';
import type { Random } from './random.js';

export interface NewPerson {
  given: string;
  family: string;
  language: LanguageTag;
  householdId?: string | null;
  active?: boolean;
}

export interface MethodOptions {
  source?: ContactMethodSource;
  confirmation?: ConfirmationState;
  health?: DeliveryHealth;
  healthSince?: Timestamp | null;
  usedForSignIn?: boolean;
}

/** A time `minutes` before the reference date, as RFC 3339 UTC. */
export function minutesBefore(referenceDate: Timestamp, minutes: number): Timestamp {
  return new Date(Date.parse(referenceDate) - Math.round(minutes) * 60_000).toISOString();
}

/** How a name is written: Vietnamese puts the family name first. */
export function displayName(given: string, family: string, language: LanguageTag): string {
  return language === 'vi' ? `${family} ${given}` : `${given} ${family}`;
}

export function summaryOf(person: Person): PersonSummary {
  return { id: person.id, role: person.role, displayName: person.displayName };
}

/** Accumulates the records of a district, handing out ids in a fixed order. */
export class DistrictBuilder {
  readonly people = new Map<string, PersonRecord>();
  readonly households = new Map<string, HouseholdRecord>();
  readonly consents = new Map<string, SmsConsent>();
  readonly staffProfiles = new Map<string, StaffProfile>();
  /** Name parts by person id, for making email addresses and duplicate accounts. */
  readonly names = new Map<string, { given: string; family: string }>();
  private readonly counters = { gdn: 0, stu: 0, stf: 0, hh: 0, m: 0 };

  private readonly referenceMs: number;

  constructor(
    readonly random: Random,
    readonly values: ContactValueAllocator,
    readonly referenceDate: Timestamp,
  ) {
    this.referenceMs = Date.parse(referenceDate);
  }

  private nextId(kind: keyof DistrictBuilder['counters'], width: number): string {
    this.counters[kind] += 1;
    return `${kind}-${String(this.counters[kind]).padStart(width, '0')}`;
  }

  /** A time up to `maxDays` before the reference date. */
  pastTime(maxDays: number, minDays = 0): Timestamp {
    return new Date(this.referenceMs - this.random.int(minDays * 1440, maxDays * 1440) * 60_000).toISOString();
  }

  household(): HouseholdRecord {
    const household: HouseholdRecord = { id: this.nextId('hh', 5), memberIds: [] };
    this.households.set(household.id, household);
    return household;
  }

  private add(person: Person): PersonRecord {
    const record: PersonRecord = { person, methods: [], preferences: [], conversationChannel: null };
    this.people.set(person.id, record);
    if (person.householdId) this.households.get(person.householdId)!.memberIds.push(person.id);
    return record;
  }

  private base(id: string, role: Person['role'], input: NewPerson): Person {
    this.names.set(id, { given: input.given, family: input.family });
    return {
      id,
      role,
      displayName: displayName(input.given, input.family, input.language),
      active: input.active ?? true,
      householdId: input.householdId ?? null,
      language: input.language,
      linkedAccountIds: [],
    };
  }

  guardian(input: NewPerson): PersonRecord {
    return this.add({ ...this.base(this.nextId('gdn', 6), 'guardian', input), students: [] });
  }

  student(input: NewPerson & { grade: string; mayJoinConversations: boolean }): PersonRecord {
    return this.add({
      ...this.base(this.nextId('stu', 6), 'student', input),
      grade: input.grade,
      mayJoinConversations: input.mayJoinConversations,
    });
  }

  staff(input: NewPerson & { hasDistrictAssignment: boolean; profile: StaffProfile }): PersonRecord {
    const record = this.add({
      ...this.base(this.nextId('stf', 5), 'staff', input),
      hasDistrictAssignment: input.hasDistrictAssignment,
    });
    this.staffProfiles.set(record.person.id, input.profile);
    return record;
  }

  /** Makes the guardian a messenger contact of the student. */
  linkStudent(guardian: PersonRecord, student: PersonRecord): void {
    const ref: StudentRef = { id: student.person.id, displayName: student.person.displayName, grade: student.person.grade ?? null };
    (guardian.person.students ??= []).push(ref);
  }

  /** Marks two accounts as the same human (a staff account and a guardian account). */
  linkAccounts(a: PersonRecord, b: PersonRecord): void {
    a.person.linkedAccountIds.push(b.person.id);
    b.person.linkedAccountIds.push(a.person.id);
  }

  method(record: PersonRecord, type: ContactMethodType, value: string, options: MethodOptions = {}): ContactMethod {
    const method: ContactMethod = {
      id: this.nextId('m', 7),
      personId: record.person.id,
      type,
      value,
      source: options.source ?? 'sis',
      confirmation: options.confirmation ?? 'confirmed',
      health: options.health ?? 'ok',
      healthSince: options.healthSince ?? null,
      householdId: type === 'householdPhone' ? (record.person.householdId ?? null) : null,
      sharedAccountCount: 0,
      usedForSignIn: options.usedForSignIn ?? false,
    };
    record.methods.push(method);
    return method;
  }

  /** Records a number's consent history; the last event is its current state. */
  consent(phone: string, history: ConsentEvent[]): SmsConsent {
    const last = history[history.length - 1]!;
    const consent: SmsConsent = {
      phone,
      status: last.status,
      updatedAt: last.at,
      source: last.source,
      actor: last.actor,
      history,
    };
    this.consents.set(phone, consent);
    return consent;
  }
}
