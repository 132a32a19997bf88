import type { BatchMode } from '../../domain/types.js';
import { isStaffLike, requirePermission } from './auth.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { field, invalid } from './problems.js';

const MODES: readonly BatchMode[] = ['studentContacts', 'students', 'staff'];

export const listBatchFilters = signedIn({
  operationId: 'listBatchFilters',
  method: 'GET',
  path: '/batch/filters',
  run(backend, { viewer, query }: SignedInRequest) {
    requirePermission(viewer, 'batch.run');
    const mode = query.get('mode');
    if (!mode || !MODES.includes(mode as BatchMode)) throw invalid([field('mode', mode ? 'invalidValue' : 'required')]);
    const filters = backend.district.savedFilters.filter((f) => f.mode === mode).map(({ id, name, mode: m }) => ({ id, name, mode: m }));
    return json(pageOf(filters, query, `filters|${mode}`));
  },
});

export const listSavedAudiences = signedIn({
  operationId: 'listSavedAudiences',
  method: 'GET',
  path: '/audiences',
  run(backend, { viewer, query }: SignedInRequest) {
    // Audiences are for staff who send communications; families may use none.
    const usable = isStaffLike(viewer) ? backend.district.savedAudiences : [];
    const audiences = usable.map((a) => ({ id: a.id, name: a.name, size: a.personIds.length }));
    return json(pageOf(audiences, query, 'audiences'));
  },
});
