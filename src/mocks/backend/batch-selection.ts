import type { BatchCell, BatchMode, BatchRequest, ContactMethodType, ContactReason } from '../../domain/types.js';
import { BATCH_MODES, CONTACT_METHOD_TYPES, CONTACT_REASONS } from '../../domain/vocabulary.js';
import { validateBatchRequest } from '../../domain/batch.js';
import { BodyChecker } from './body-checker.js';
import { field, invalid, problemCodeFor } from './problems.js';
import type { BackendState } from './state.js';

/**
 * Reads a batch request: its shape (types and enums) and what it refers to (filter, grade) here,
 * its rules (cells, reasons, text, staff mode) by the domain's `validateBatchRequest`.
 */
export function readBatchRequest(state: BackendState, body: unknown): BatchRequest {
  const check = new BodyChecker(body);
  const mode = check.string('mode', { required: true, values: BATCH_MODES }) as BatchMode | undefined;
  const filterId = check.string('filterId', { nullable: true }) ?? null;
  const grade = check.string('grade', { nullable: true }) ?? null;
  const cells = check.array<BatchCell>('cells', { required: true }, (item, path) => {
    const c = new BodyChecker(item, path);
    const methodType = c.string('methodType', { required: true, values: CONTACT_METHOD_TYPES }) as ContactMethodType | undefined;
    const reason = c.string('reason', { required: true, values: CONTACT_REASONS }) as ContactReason | undefined;
    const setting = c.string('setting', { required: true, values: ['on', 'off'] }) as BatchCell['setting'] | undefined;
    check.errors.push(...c.errors);
    if (!methodType || !reason || !setting) return undefined;
    // A channel is kept so the rules can refuse it: text is never set in batch.
    return 'channel' in c.body ? ({ methodType, reason, setting, channel: c.body.channel } as BatchCell) : { methodType, reason, setting };
  });
  check.done();
  const request: BatchRequest = { mode: mode!, filterId, grade, cells: cells! };
  const errors = validateBatchRequest(request, state.district.settings);
  if (filterId) {
    const filter = state.district.savedFilters.find((f) => f.id === filterId);
    if (!filter || filter.mode !== mode) errors.push(field('filterId', 'notFound', 'No such filter for this mode.'));
  }
  if (grade !== null && mode !== 'staff' && !state.district.settings.grades.includes(grade)) errors.push(field('grade', 'invalidValue'));
  if (errors.length) throw invalid(errors, problemCodeFor(errors));
  return request;
}

/** Guardians by the students they are messenger contacts for. */
function contactsByStudent(state: BackendState): Map<string, string[]> {
  return state.cached('contactsByStudent', () => {
    const index = new Map<string, string[]>();
    for (const { person } of state.district.people.values()) {
      if (person.role !== 'guardian') continue;
      for (const s of person.students ?? []) {
        const list = index.get(s.id);
        if (list) list.push(person.id);
        else index.set(s.id, [person.id]);
      }
    }
    return index;
  });
}

/**
 * The people a batch selects: students of the filter and grade, or their messenger contacts,
 * or the staff of the census filter. Inactive people stay in: the job reports them as errors.
 */
export function selectPeople(state: BackendState, request: BatchRequest): string[] {
  const people = state.district.people;
  const filter = request.filterId ? state.district.savedFilters.find((f) => f.id === request.filterId) : null;
  if (request.mode === 'staff') return filter!.personIds.filter((id) => people.get(id)?.person.role === 'staff');
  const students = (filter ? filter.personIds : [...people.keys()]).filter((id) => {
    const person = people.get(id)?.person;
    return person?.role === 'student' && (request.grade === null || request.grade === undefined || person.grade === request.grade);
  });
  if (request.mode === 'students') return students;
  const index = contactsByStudent(state);
  const guardians = new Set<string>();
  for (const id of students) for (const g of index.get(id) ?? []) guardians.add(g);
  return [...guardians];
}
