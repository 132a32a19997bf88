import type { InconsistencyKind, SharedContactGroup, SharedMethodKind } from './types.js';

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
