import type { ReportsAdapter, SharedContactQuery } from '../../api/adapter.js';
import { filterSharedContactGroups, sortSharedContactGroups } from '../../domain/shared-contact-report.js';
import type { InconsistencyFlag, Page, SharedAccount, SharedContactGroup } from '../../domain/types.js';

const GIVEN = ['Ana', 'Dennis', 'María', 'Kenji', 'Amara', 'Theo', 'Grace', 'Luis', 'Mei', 'Omar', 'Siobhan', 'Yara'];
const FAMILY = ['Anderson', 'Okafor', 'García López', 'Tanaka', 'Haddad', 'Nguyen', 'Ivanova', 'Morrison', 'Reyes', 'Williams'];

/**
 * `count` shared-contact groups of a made-up district, without generating the district: what a
 * report of a district of several hundred thousand people returns. Deterministic. Most are
 * households; one in 25 is a likely duplicate guardian, one in 40 a household phone on two
 * households, one in 60 shared by unrelated accounts.
 */
export function syntheticSharedGroups(count: number): SharedContactGroup[] {
  const groups: SharedContactGroup[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3 === 2 ? 'email' : 'phone';
    const family = FAMILY[i % FAMILY.length]!;
    const value = kind === 'phone' ? `+1617${String(1_000_000 + i).padStart(7, '0')}` : `${family.toLowerCase().replace(/\s+/g, '.')}${i}@example.org`;
    const size = 2 + ((i * 7) % 5 === 0 ? 2 : i % 2);
    const accounts: SharedAccount[] = Array.from({ length: size }, (_, a) => ({
      person: { id: `p-${i}-${a}`, role: a === 2 && i % 11 === 0 ? 'staff' : 'guardian', displayName: `${GIVEN[(i + a * 5) % GIVEN.length]} ${family}` },
      methodType: kind === 'email' ? 'email' : a === 0 ? 'householdPhone' : 'cellPhone',
      students: [{ id: `s-${i}`, displayName: `${GIVEN[(i + 3) % GIVEN.length]} ${family}`, grade: String(i % 12) }],
      householdId: `h-${i}`,
    }));
    const ids = accounts.map((account) => account.person.id);
    const flags: InconsistencyFlag[] = [];
    if (kind === 'phone' && i % 25 === 0) {
      flags.push({ kind: 'possibleDuplicateGuardian', personIds: ids.slice(0, 2), reason: 'Two guardian accounts with similar names share this phone number.' });
    }
    if (kind === 'phone' && i % 40 === 1) {
      accounts[1]!.householdId = `h-${i}-b`;
      accounts[1]!.methodType = 'householdPhone';
      flags.push({ kind: 'householdPhoneAcrossHouseholds', personIds: ids.slice(0, 2), reason: 'This number is the household phone of 2 households.' });
    }
    if (i % 60 === 7) {
      accounts.forEach((account, a) => (account.householdId = `h-${i}-${a}`));
      flags.push({ kind: 'sharedAcrossUnrelated', personIds: ids, reason: `${size} unrelated accounts share this value.` });
    }
    groups.push({
      id: `${kind}:${value}`,
      kind,
      value,
      accountCount: size,
      accounts,
      sharing: flags.some((flag) => flag.kind === 'sharedAcrossUnrelated') ? ['unexplained'] : ['household'],
      flags,
    });
  }
  return groups;
}

/**
 * A reports adapter over groups held in memory, answering like a backend: filtered, sorted,
 * one page per request by an offset cursor, after `latencyMs`.
 */
export function inMemoryReportsAdapter(groups: readonly SharedContactGroup[], { latencyMs = 0 } = {}): ReportsAdapter {
  const sorted = new Map<string, SharedContactGroup[]>();
  return {
    async listSharedContactGroups(query: SharedContactQuery = {}): Promise<Page<SharedContactGroup>> {
      if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      query.signal?.throwIfAborted();
      const order = `${query.sort ?? 'accountCount'}|${query.order ?? 'desc'}`;
      let all = sorted.get(order);
      if (!all) sorted.set(order, (all = sortSharedContactGroups(groups, query.sort, query.order)));
      const matching = filterSharedContactGroups(all, {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.flag ? { flag: query.flag } : {}),
        ...(query.flagged !== undefined ? { flagged: query.flagged } : {}),
        ...(query.search ? { q: query.search } : {}),
      });
      const offset = query.cursor ? Number(query.cursor) : 0;
      const items = matching.slice(offset, offset + (query.limit ?? 50));
      const next = offset + items.length;
      return { items, nextCursor: next < matching.length ? String(next) : null, total: matching.length };
    },
  };
}
