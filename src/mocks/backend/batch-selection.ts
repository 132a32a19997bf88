import type { BatchCell, BatchMode, BatchRequest, ContactMethodType, ContactReason } from '../../domain/types.js';
import { BATCH_MODES, CONTACT_METHOD_TYPES, CONTACT_REASONS } from '../../domain/vocabulary.js';
import { BodyChecker } from './body-checker.js';
import type { BackendState } from './state.js';

/** Checks a batch request's shape and its references (filter, grade). */
export function readBatchRequest(state: BackendState, body: unknown): BatchRequest {
  const check = new BodyChecker(body);
  const mode = check.string('mode', { required: true, values: BATCH_MODES }) as BatchMode | undefined;
  const filterId = check.string('filterId', { nullable: true }) ?? null;
  const grade = check.string('grade', { nullable: true }) ?? null;
  const cells = check.array<BatchCell>('cells', { required: true, min: 1 }, (item, path) => {
    const c = new BodyChecker(item, path);
    const methodType = c.string('methodType', { required: true, values: CONTACT_METHOD_TYPES }) as ContactMethodType | undefined;
    const reason = c.string('reason', { required: true, values: CONTACT_REASONS }) as ContactReason | undefined;
    const setting = c.string('setting', { required: true, values: ['on', 'off'] }) as BatchCell['setting'] | undefined;
    // The request cannot express text, and a client that tries anyway is refused: texts can
    // cost recipients money, so they are never switched on en masse.
    if (c.body.channel !== undefined) c.fail(`${path}.channel`, c.body.channel === 'text' ? 'textNotAllowed' : 'notAllowed');
    if (reason && !state.district.settings.enabledReasons.includes(reason)) c.fail(`${path}.reason`, 'notEnabled');
    check.errors.push(...c.errors);
    return methodType && reason && setting ? { methodType, reason, setting } : undefined;
  });
  const seen = new Set<string>();
  cells?.forEach((cell, i) => {
    const key = `${cell.methodType}/${cell.reason}`;
    if (seen.has(key)) check.fail(`cells.${i}`, 'duplicate', 'Each method type and reason once.');
    seen.add(key);
  });
  if (mode === 'staff' && !filterId) check.fail('filterId', 'required', 'Staff mode needs a census filter.');
  if (filterId && mode) {
    const filter = state.district.savedFilters.find((f) => f.id === filterId);
    if (!filter || filter.mode !== mode) check.fail('filterId', 'notFound', 'No such filter for this mode.');
  }
  if (grade !== null && mode !== 'staff' && !state.district.settings.grades.includes(grade)) check.fail('grade', 'invalidValue');
  const codes = new Set(check.errors.map((e) => e.code));
  check.done(codes.size === 1 && codes.has('textNotAllowed') ? 'textNotAllowed' : codes.size === 1 && codes.has('notEnabled') ? 'reasonNotEnabled' : 'validation');
  return { mode: mode!, filterId, grade: mode === 'staff' ? null : grade, cells: cells! };
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
