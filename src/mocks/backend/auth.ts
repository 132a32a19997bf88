import type { Person, Permission, Viewer, ViewerRole } from '../../domain/types.js';
import type { District } from '../district/index.js';
import { forbidden, unauthorized } from './problems.js';

const TOKEN_PREFIX = 'mock:';

/** The bearer token the mock backend accepts for a person: `Authorization: Bearer mock:<personId>`. */
export function mockToken(personId: string): string {
  return `${TOKEN_PREFIX}${personId}`;
}

const PERMISSIONS: Record<ViewerRole, Permission[]> = {
  guardian: ['preferences.editOwn'],
  student: ['preferences.editOwn'],
  staff: ['preferences.editOwn', 'conversations.start', 'conversations.stop', 'smsConsent.recordForOthers'],
  admin: [
    'preferences.editOwn',
    'preferences.editOthers',
    'batch.run',
    'reports.view',
    'conversations.start',
    'conversations.stop',
    'smsConsent.recordForOthers',
  ],
};

/** The signed-in person and what they may do. */
export interface ViewerContext {
  person: Person;
  role: ViewerRole;
  permissions: ReadonlySet<Permission>;
}

/** Admins are staff with district rights. */
export function viewerRoleOf(district: District, person: Person): ViewerRole {
  if (person.role === 'staff' && district.staffProfiles.get(person.id)?.districtAdmin) return 'admin';
  return person.role;
}

export function viewerContext(district: District, person: Person): ViewerContext {
  const role = viewerRoleOf(district, person);
  return { person, role, permissions: new Set(PERMISSIONS[role]) };
}

export function viewerBody(viewer: ViewerContext): Viewer {
  return {
    id: viewer.person.id,
    role: viewer.role,
    displayName: viewer.person.displayName,
    permissions: PERMISSIONS[viewer.role].slice(),
    language: viewer.person.language,
  };
}

/**
 * The viewer an `Authorization` header names, or null when there is none.
 * A malformed token, an unknown person or an inactive account is refused (401).
 */
export function authenticate(district: District, authorization: string | null): ViewerContext | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token || !token.startsWith(TOKEN_PREFIX)) throw unauthorized('The token is not one this server issued.');
  const person = district.people.get(token.slice(TOKEN_PREFIX.length))?.person;
  if (!person || !person.active) throw unauthorized('The session has expired.');
  return viewerContext(district, person);
}

export function requirePermission(viewer: ViewerContext, permission: Permission): void {
  if (!viewer.permissions.has(permission)) throw forbidden('forbidden', `Requires ${permission}.`);
}

export function isStaffLike(viewer: ViewerContext): boolean {
  return viewer.role === 'staff' || viewer.role === 'admin';
}
