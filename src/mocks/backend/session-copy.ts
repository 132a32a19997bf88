import type { PersonRecord } from '../../domain/records.js';
import type { District } from '../district/index.js';

/**
 * A session's own copy of a district, made cheaply: the maps are new, the records in them are
 * shared with the pristine district until changed. Person records are never edited in place
 * (see `BackendState.editPerson`), so sharing them is safe, and a reset of a 100,000-person
 * district takes a fraction of a second. Conversations change in place and are small: copied.
 */
export function sessionCopy(pristine: District): District {
  return {
    ...pristine,
    settings: structuredClone(pristine.settings),
    people: new Map(pristine.people),
    consents: new Map(pristine.consents),
    conversations: structuredClone(pristine.conversations),
  };
}

/** A deep copy of one person's record, to change and store in place of the shared one. */
export function copyRecord(record: PersonRecord): PersonRecord {
  return structuredClone(record);
}
