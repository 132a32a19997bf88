import type { InconsistencyKind, SharedContactGroup, SharedMethodKind } from '../../domain/types.js';
import { filterSharedContactGroups, groupSharedContacts, sortSharedContactGroups } from '../../domain/index.js';
import { requirePermission } from './auth.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { field, invalid } from './problems.js';
import { readBoolean } from './text.js';

const KINDS: readonly SharedMethodKind[] = ['phone', 'email'];
const FLAGS: readonly InconsistencyKind[] = ['possibleDuplicateGuardian', 'householdPhoneAcrossHouseholds', 'sharedAcrossUnrelated'];

/** The district's groups in one order, from the domain's grouping, rebuilt only after a change. */
function sortedGroups(backend: MockBackend, sort: 'accountCount' | 'value', order: 'asc' | 'desc'): SharedContactGroup[] {
  const state = backend.state;
  const groups = state.cached('sharedContactGroups', () => groupSharedContacts(state.district.people.values()));
  return state.cached(`sharedContactGroups|${sort}|${order}`, () => sortSharedContactGroups(groups, sort, order));
}

function readQuery(query: URLSearchParams) {
  const errors = [];
  const kind = query.get('kind');
  const flag = query.get('flag');
  const flagged = readBoolean(query.get('flagged'));
  const q = query.get('q') ?? '';
  const sort = query.get('sort') ?? 'accountCount';
  const order = query.get('order') ?? 'desc';
  if (kind !== null && !KINDS.includes(kind as SharedMethodKind)) errors.push(field('kind', 'invalidValue'));
  if (flag !== null && !FLAGS.includes(flag as InconsistencyKind)) errors.push(field('flag', 'invalidValue'));
  if (flagged === 'invalid') errors.push(field('flagged', 'invalidType'));
  if (q.length > 200) errors.push(field('q', 'tooLong'));
  if (sort !== 'accountCount' && sort !== 'value') errors.push(field('sort', 'invalidValue'));
  if (order !== 'asc' && order !== 'desc') errors.push(field('order', 'invalidValue'));
  if (errors.length) throw invalid(errors);
  return {
    filter: {
      ...(kind ? { kind: kind as SharedMethodKind } : {}),
      ...(flag ? { flag: flag as InconsistencyKind } : {}),
      ...(flagged !== undefined ? { flagged: flagged as boolean } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
    },
    sort: sort as 'accountCount' | 'value',
    order: order as 'asc' | 'desc',
  };
}

export const listSharedContactGroups = signedIn({
  operationId: 'listSharedContactGroups',
  method: 'GET',
  path: '/reports/shared-contacts',
  run(backend, { viewer, query }: SignedInRequest) {
    requirePermission(viewer, 'reports.view');
    const { filter, sort, order } = readQuery(query);
    const matching = filterSharedContactGroups(sortedGroups(backend, sort, order), filter);
    return json(pageOf(matching, query, `sharedContacts|${JSON.stringify(filter)}|${sort}|${order}`));
  },
});
