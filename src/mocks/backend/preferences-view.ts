import type { PersonRecord } from '../../domain/records.js';
import type { ContactPreferences, Household } from '../../domain/types.js';
import { summaryOf } from '../district/builder.js';
import { withDerivedFields } from '../district/index.js';
import { isStaffLike, type ViewerContext } from './auth.js';
import { forbidden, notFound } from './problems.js';
import type { BackendState } from './state.js';

/** Guardians and students see only themselves; staff and admins may look anyone up. */
export function readablePerson(state: BackendState, viewer: ViewerContext, personId: string): PersonRecord {
  if (personId !== viewer.person.id && !isStaffLike(viewer)) throw forbidden('forbidden', 'You can see only your own preferences.');
  const record = state.person(personId);
  if (!record) throw notFound('person');
  return record;
}

/** Everyone edits themselves; administrators edit anyone. */
export function canEdit(viewer: ViewerContext, personId: string): boolean {
  return personId === viewer.person.id ? viewer.permissions.has('preferences.editOwn') : viewer.permissions.has('preferences.editOthers');
}

export function householdOf(state: BackendState, householdId: string | null | undefined): Household | null {
  if (!householdId) return null;
  const household = state.district.households.get(householdId);
  if (!household) return null;
  const members = household.memberIds
    .map((id) => state.person(id))
    .filter((r): r is PersonRecord => !!r && r.person.active)
    .map((r) => summaryOf(r.person));
  return { id: household.id, members };
}

export function renderPreferences(state: BackendState, record: PersonRecord, viewer: ViewerContext): ContactPreferences {
  const person = record.person;
  return {
    personId: person.id,
    version: state.prefVersion(person.id),
    person: structuredClone(person),
    methods: record.methods.map((m) => withDerivedFields(state.district, state.valueIndex, m)),
    preferences: record.preferences.map((p) => ({ ...p })),
    language: person.language,
    conversationChannel: record.conversationChannel,
    household: householdOf(state, person.householdId),
    canEdit: canEdit(viewer, person.id),
  };
}
