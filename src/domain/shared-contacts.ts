import type {
  ContactMethodType,
  InconsistencyFlag,
  InconsistencyKind,
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

interface Entry {
  kind: SharedMethodKind;
  value: string;
  holders: Holder[];
}

const TYPE_ORDER = new Map(CONTACT_METHOD_TYPES.map((type, index) => [type, index]));

/**
 * Groups accounts by the phone numbers (E.164) and email addresses (lower-cased) they share,
 * and tells intended sharing from likely data problems. Only values held by two or more
 * accounts form a group. Groups come sorted by account count (most first), then by value;
 * accounts within a group by name, then id.
 *
 * Runs in time linear in the number of contact methods, plus the sorting of the groups: each
 * group is examined on its own, and look-alike names are compared within buckets of the same
 * surname and initial rather than pair by pair.
 */
export function groupSharedContacts(
  people: Iterable<PersonRecord>,
  options: SharedContactOptions = {},
): SharedContactGroup[] {
  const phones = new Map<string, Entry>();
  const emails = new Map<string, Entry>();
  for (const record of people) {
    if (!record.person.active && !options.includeInactive) continue;
    for (const method of record.methods) {
      const phone = isPhoneType(method.type);
      const index = phone ? phones : emails;
      const value = phone ? method.value : method.value.toLowerCase();
      let entry = index.get(value);
      if (!entry) {
        entry = { kind: phone ? 'phone' : 'email', value, holders: [] };
        index.set(value, entry);
      }
      const last = entry.holders[entry.holders.length - 1];
      const householdId = method.householdId ?? (method.type === 'householdPhone' ? (record.person.householdId ?? null) : null);
      if (last?.record === record) {
        // The same value twice on one account (home and cell alike): one account, its first type.
        if (TYPE_ORDER.get(method.type)! < TYPE_ORDER.get(last.type)!) {
          entry.holders[entry.holders.length - 1] = { record, type: method.type, householdId };
        }
      } else {
        entry.holders.push({ record, type: method.type, householdId });
      }
    }
  }
  const groups: SharedContactGroup[] = [];
  for (const index of [phones, emails]) {
    for (const entry of index.values()) if (entry.holders.length > 1) groups.push(buildGroup(entry));
  }
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
  if (entry.kind === 'phone') {
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

/** What the shared-contact report can be narrowed to. */
export interface SharedContactFilter {
  kind?: SharedMethodKind;
  /** Only groups carrying this flag. */
  flag?: InconsistencyKind;
  /** true: only flagged groups; false: only groups without flags. */
  flagged?: boolean;
  /** Matches the shared value or an account's name, ignoring case and accents. */
  q?: string;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The groups that match a filter, in their order. */
export function filterSharedContactGroups(groups: readonly SharedContactGroup[], filter: SharedContactFilter): SharedContactGroup[] {
  const query = filter.q ? fold(filter.q.trim()) : '';
  const digits = query.replace(/\D/g, '');
  return groups.filter((group) => {
    if (filter.kind && group.kind !== filter.kind) return false;
    if (filter.flag && !group.flags.some((flag) => flag.kind === filter.flag)) return false;
    if (filter.flagged !== undefined && filter.flagged !== group.flags.length > 0) return false;
    if (!query) return true;
    if (group.value.includes(query) || (group.kind === 'phone' && digits.length >= 3 && group.value.includes(digits))) return true;
    return group.accounts.some((account) => fold(account.person.displayName).includes(query));
  });
}

/** The groups sorted by account count or by value, ascending or descending (ties by value). */
export function sortSharedContactGroups(
  groups: readonly SharedContactGroup[],
  sort: 'accountCount' | 'value' = 'accountCount',
  order: 'asc' | 'desc' = 'desc',
): SharedContactGroup[] {
  const direction = order === 'asc' ? 1 : -1;
  const byValue = (a: SharedContactGroup, b: SharedContactGroup) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return [...groups].sort((a, b) =>
    sort === 'value' ? direction * byValue(a, b) : direction * (a.accountCount - b.accountCount) || byValue(a, b),
  );
}
