import type { PersonRole } from '../../domain/types.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { field, invalid } from './problems.js';
import { fold } from './text.js';

const ROLES: readonly PersonRole[] = ['guardian', 'staff', 'student'];

export const searchDirectory = signedIn({
  operationId: 'searchDirectory',
  method: 'GET',
  path: '/directory',
  run(backend, { viewer, query }: SignedInRequest) {
    const q = query.get('q');
    if (q === null || q.trim() === '') throw invalid([field('q', 'required')]);
    if (q.length > 200) throw invalid([field('q', 'tooLong')]);
    const roleParam = query.getAll('role').flatMap((r) => r.split(',')).filter(Boolean);
    const badRole = roleParam.find((r) => !ROLES.includes(r as PersonRole));
    if (badRole) throw invalid([field('role', 'invalidValue', `Unknown role ${badRole}.`)]);
    const roles = new Set(roleParam.length ? roleParam : ROLES);
    const state = backend.state;
    const settings = state.district.settings;
    const folded = fold(q.trim());
    // Names never change in a session: fold them once.
    const names = state.memo('directoryNames', () => state.district.directory.map((entry) => fold(entry.displayName)));
    const items = state.district.directory.filter((entry, index) => {
      if (entry.id === viewer.person.id || !roles.has(entry.role)) return false;
      const person = state.person(entry.id)?.person;
      if (!person?.active) return false;
      // Students appear only where the district lets them join conversations.
      if (person.role === 'student' && !(settings.studentsInConversations && person.mayJoinConversations)) return false;
      return names[index]!.includes(folded);
    });
    return json(pageOf(items, query, `directory|${[...roles].sort().join(',')}|${folded}`));
  },
});
