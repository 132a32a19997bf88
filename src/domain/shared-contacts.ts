import type {
  ContactMethodType,
  InconsistencyFlag,
  SharedAccount,
  SharedContactGroup,
  SharedMethodKind,
  SharingKind,
} from './types.js';
import type { PersonRecord } from './records.js';
import { CONTACT_METHOD_TYPES, isPhoneType } from './vocabulary.js';
import { namesLookAlike, parsePersonName, type ParsedName } from './person-names.js';

/** Options of `groupSharedContacts`. */
export interface SharedContactOptions {
  /** Include inactive accounts. Default false: they receive nothing, so sharing with them is moot. */
  includeInactive?: boolean;
}

interface Holder {
  record: PersonRecord;
  type: ContactMethodType;
  householdId: string | null;
}

/** A value held by two or more accounts. Values held by one account stay in the index as that record. */
class Entry {
  readonly holders: Holder[] = [];
  constructor(
    readonly kind: SharedMethodKind,
    readonly value: string,
  ) {}
}

const TYPE_ORDER = new Map(CONTACT_METHOD_TYPES.map((type, index) => [type, index]));

function emailKey(value: string): string {
  return value.toLowerCase();
}

/** How an account holds a value: by its first method type in the tools' order (home and cell alike count once). */
function holderOf(record: PersonRecord, kind: SharedMethodKind, value: string): Holder {
  let best: Holder | null = null;
  for (const method of record.methods) {
    if (isPhoneType(method.type) !== (kind === 'phone')) continue;
    if ((kind === 'phone' ? method.value : emailKey(method.value)) !== value) continue;
    if (best && TYPE_ORDER.get(method.type)! >= TYPE_ORDER.get(best.type)!) continue;
    const householdId = method.householdId ?? (method.type === 'householdPhone' ? (record.person.householdId ?? null) : null);
    best = { record, type: method.type, householdId };
  }
  return best!;
}

/**
 * Groups accounts by the phone numbers (E.164) and email addresses (lower-cased) they share,
 * and tells intended sharing from likely data problems. Only values held by two or more
 * accounts form a group. Groups come sorted by account count (most first), then by value;
 * accounts within a group by name, then id.
 *
 * Runs in time linear in the number of contact methods, plus the sorting of the groups: each
 * group is examined on its own, and look-alike names are compared within buckets of the same
 * surname and initial rather than pair by pair. A value held by one account costs one map
 * entry and nothing else.
 */
export function groupSharedContacts(
  people: Iterable<PersonRecord>,
  options: SharedContactOptions = {},
): SharedContactGroup[] {
  const phones = new Map<string, PersonRecord | Entry>();
  const emails = new Map<string, PersonRecord | Entry>();
  const shared: Entry[] = [];
  for (const record of people) {
    if (!record.person.active && !options.includeInactive) continue;
    for (const method of record.methods) {
      const kind: SharedMethodKind = isPhoneType(method.type) ? 'phone' : 'email';
      const index = kind === 'phone' ? phones : emails;
      const value = kind === 'phone' ? method.value : emailKey(method.value);
      const held = index.get(value);
      if (held === undefined) {
        index.set(value, record);
      } else if (held instanceof Entry) {
        if (held.holders[held.holders.length - 1]!.record !== record) held.holders.push(holderOf(record, kind, value));
      } else if (held !== record) {
        const entry = new Entry(kind, value);
        entry.holders.push(holderOf(held, kind, value), holderOf(record, kind, value));
        index.set(value, entry);
        shared.push(entry);
      }
    }
  }
  const groups = shared.map(buildGroup);
  return groups.sort(compareGroups);
}

function compareGroups(a: SharedContactGroup, b: SharedContactGroup): number {
  return b.accountCount - a.accountCount || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

function compareHolders(a: Holder, b: Holder): number {
  const nameA = a.record.person.displayName;
  const nameB = b.record.person.displayName;
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.record.person.id < b.record.person.id ? -1 : a.record.person.id > b.record.person.id ? 1 : 0;
}

/** Union–find over the accounts of one group. */
class Components {
  readonly #parent: number[];
  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    const parent = this.#parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    this.#parent[rootB] = rootA;
    return true;
  }
  count(): number {
    let roots = 0;
    for (let i = 0; i < this.#parent.length; i++) if (this.find(i) === i) roots++;
    return roots;
  }
}

function buildGroup(entry: Entry): SharedContactGroup {
  const holders = entry.holders.sort(compareHolders);
  const people = holders.map((holder) => holder.record.person);
  const components = new Components(holders.length);
  const sharing: SharingKind[] = [];

  const byHousehold = new Map<string, number>();
  let household = false;
  people.forEach((person, i) => {
    if (!person.householdId) return;
    const first = byHousehold.get(person.householdId);
    if (first === undefined) byHousehold.set(person.householdId, i);
    else {
      components.union(first, i);
      household = true;
    }
  });
  if (household) sharing.push('household');

  const byId = new Map(people.map((person, i) => [person.id, i]));
  let sameHuman = false;
  people.forEach((person, i) => {
    for (const linkedId of person.linkedAccountIds) {
      const j = byId.get(linkedId);
      if (j === undefined || j === i) continue;
      components.union(i, j);
      sameHuman = true;
    }
  });
  if (sameHuman) sharing.push('sameHuman');
  if (components.count() > 1) sharing.push('unexplained');

  const flags: InconsistencyFlag[] = [];
  const householdFlag = householdPhoneFlag(holders);
  if (householdFlag) flags.push(householdFlag);
  if (entry.kind === 'phone' && components.count() > 1) {
    for (const [i, j] of possibleDuplicates(holders, components)) {
      flags.push(duplicateFlag(holders[i]!.record, holders[j]!.record));
      components.union(i, j);
    }
  }
  const everyHolderHasItAsHouseholdPhone = holders.every((holder) => holder.type === 'householdPhone');
  if (components.count() > 1 && !(householdFlag && everyHolderHasItAsHouseholdPhone)) {
    flags.push({
      kind: 'sharedAcrossUnrelated',
      personIds: people.map((person) => person.id),
      reason: `${holders.length} accounts that are neither in one household nor linked as one person share this ${
        entry.kind === 'phone' ? 'phone number' : 'email address'
      }.`,
    });
  }

  return {
    id: `${entry.kind}:${entry.value}`,
    kind: entry.kind,
    value: entry.value,
    accountCount: holders.length,
    accounts: holders.map(toSharedAccount),
    sharing,
    flags,
  };
}

function toSharedAccount(holder: Holder): SharedAccount {
  const { id, role, displayName, students, householdId } = holder.record.person;
  return {
    person: { id, role, displayName },
    methodType: holder.type,
    students: students ?? [],
    householdId: householdId ?? null,
  };
}

function householdPhoneFlag(holders: readonly Holder[]): InconsistencyFlag | null {
  const households = new Set<string>();
  const personIds: string[] = [];
  for (const holder of holders) {
    if (holder.type !== 'householdPhone' || !holder.householdId) continue;
    households.add(holder.householdId);
    personIds.push(holder.record.person.id);
  }
  if (households.size < 2) return null;
  return {
    kind: 'householdPhoneAcrossHouseholds',
    personIds,
    reason: `This number is the household phone of ${households.size} different households; a household phone normally belongs to one.`,
  };
}

function hasEmail(record: PersonRecord): boolean {
  return record.methods.some((method) => !isPhoneType(method.type));
}

/**
 * Pairs of guardian accounts that look like one guardian entered twice: not linked, not in one
 * household, look-alike names, and one has an email address where the other has none (one
 * student record held the guardian's email and phone, another only the phone).
 */
function possibleDuplicates(holders: readonly Holder[], components: Components): Array<[number, number]> {
  const guardians = holders.filter((holder) => holder.record.person.role === 'guardian');
  const withEmail = guardians.filter((holder) => hasEmail(holder.record)).length;
  if (withEmail === 0 || withEmail === guardians.length) return [];
  const buckets = new Map<string, number[]>();
  const names: Array<ParsedName | null> = holders.map((holder) =>
    holder.record.person.role === 'guardian' ? parsePersonName(holder.record.person.displayName) : null,
  );
  names.forEach((name, i) => {
    if (!name) return;
    for (const key of name.bucketKeys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const pairs: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const i = bucket[a]!;
        const j = bucket[b]!;
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (components.find(i) === components.find(j)) continue;
        if (hasEmail(holders[i]!.record) === hasEmail(holders[j]!.record)) continue;
        if (namesLookAlike(names[i]!, names[j]!)) pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function duplicateFlag(a: PersonRecord, b: PersonRecord): InconsistencyFlag {
  const [withEmail, without] = hasEmail(a) ? [a, b] : [b, a];
  return {
    kind: 'possibleDuplicateGuardian',
    personIds: [a.person.id, b.person.id],
    reason:
      `${a.person.displayName} and ${b.person.displayName} are separate guardian accounts with similar names that share this phone number; ` +
      `${withEmail.person.displayName} also has an email address and ${without.person.displayName} has none. ` +
      'They may be one guardian whose student records hold different contact details.',
  };
}
