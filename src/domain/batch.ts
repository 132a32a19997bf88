import type {
  BatchCellCount,
  BatchError,
  BatchPreview,
  BatchRequest,
  BatchResult,
  BatchSkips,
  DistrictSettings,
  FieldError,
  PreferenceCell,
} from './types.js';
import type { HouseholdRecord, PersonRecord } from './records.js';
import { BATCH_MODES, CONTACT_METHOD_TYPES, CONTACT_REASONS, isPhoneType } from './vocabulary.js';
import { isPreferenceOn, setPreference, staffReasonApplies } from './preference-rules.js';

/** The counts of a batch run (or of a part of it): what changed, who was skipped, what failed. */
export interface BatchTally {
  /** People looked at. */
  processed: number;
  peopleChanged: number;
  preferencesChanged: number;
  /** Changes per requested cell, in the request's order. */
  cells: BatchCellCount[];
  skipped: BatchSkips;
  errors: BatchError[];
}

/** One chunk applied: its counts, the changed records, and the households to carry on to. */
export interface BatchChunkResult extends BatchTally {
  /** The new records of the people whose preferences changed (the given records are not changed). */
  changed: PersonRecord[];
  /**
   * Households whose household phone this chunk set. Their other ACTIVE members must get the
   * same household-phone settings whatever the mode: pass them, via `householdMembersToInclude`,
   * to `applyBatchChunk` with `householdPhoneRequest(request)`.
   */
  householdIds: string[];
}

/** A batch request broke a rule; `fields` says which. */
export class BatchRequestError extends Error {
  readonly code = 'validation';
  constructor(readonly fields: FieldError[]) {
    super(`Invalid batch request: ${fields.map((field) => `${field.field} ${field.code}`).join(', ')}.`);
    this.name = 'BatchRequestError';
  }
}

/**
 * Checks a batch request: at least one cell; known method types, reasons and settings; each
 * method type × reason once; reasons the district enabled; a filter in staff mode and no grade
 * there. A cell that tries to name a channel is refused (`textNotAllowed`): text preferences
 * are never set in batch, as recipients could be charged for texts they did not want.
 */
export function validateBatchRequest(request: BatchRequest, settings: Pick<DistrictSettings, 'enabledReasons'>): FieldError[] {
  const errors: FieldError[] = [];
  const push = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (!BATCH_MODES.includes(request.mode)) push('mode', 'invalid', `Unknown mode ${String(request.mode)}.`);
  if (request.mode === 'staff') {
    if (!request.filterId) push('filterId', 'required', 'Staff mode needs a saved filter.');
    if (request.grade) push('grade', 'notApplicable', 'Staff mode has no grade.');
  }
  if (!Array.isArray(request.cells) || request.cells.length === 0) {
    push('cells', 'required', 'Set at least one cell to On or Off.');
    return errors;
  }
  const seen = new Set<string>();
  request.cells.forEach((cell, i) => {
    const field = `cells.${i}`;
    if ('channel' in cell) push(`${field}.channel`, 'textNotAllowed', 'Channels, text included, cannot be set in batch.');
    if (!CONTACT_METHOD_TYPES.includes(cell.methodType)) push(`${field}.methodType`, 'invalid', 'Unknown method type.');
    if (!CONTACT_REASONS.includes(cell.reason)) push(`${field}.reason`, 'invalid', 'Unknown reason.');
    else if (!settings.enabledReasons.includes(cell.reason)) push(`${field}.reason`, 'notEnabled', `Reason ${cell.reason} is not enabled.`);
    if (cell.setting !== 'on' && cell.setting !== 'off') push(`${field}.setting`, 'invalid', 'Setting must be on or off.');
    const key = `${cell.methodType}|${cell.reason}`;
    if (seen.has(key)) push(field, 'duplicate', 'The same method type and reason are set twice.');
    seen.add(key);
  });
  return errors;
}

/** A tally with nothing counted yet, with a zero for every cell of the request. */
export function emptyBatchTally(request: BatchRequest): BatchTally {
  return {
    processed: 0,
    peopleChanged: 0,
    preferencesChanged: 0,
    cells: request.cells.map(({ methodType, reason }) => ({ methodType, reason, count: 0 })),
    skipped: { noMethodOfType: 0, noDistrictAssignment: 0 },
    errors: [],
  };
}

function run(
  request: BatchRequest,
  records: Iterable<PersonRecord>,
  settings: Pick<DistrictSettings, 'enabledReasons'>,
  collect: boolean,
): BatchChunkResult {
  const fields = validateBatchRequest(request, settings);
  if (fields.length > 0) throw new BatchRequestError(fields);
  const tally = emptyBatchTally(request);
  const changed: PersonRecord[] = [];
  const households = new Set<string>();
  const wantsHouseholdPhone = request.cells.some((cell) => cell.methodType === 'householdPhone');
  const requestedTypes = new Set(request.cells.map((cell) => cell.methodType));

  for (const record of records) {
    tally.processed++;
    const person = record.person;
    if (!person.active) {
      tally.errors.push({ person: { id: person.id, role: person.role, displayName: person.displayName }, code: 'inactive', message: 'Inactive accounts are not changed.' });
      continue;
    }
    if (!record.methods.some((method) => requestedTypes.has(method.type))) {
      tally.skipped.noMethodOfType++;
      continue;
    }
    let preferences: PreferenceCell[] = record.preferences;
    let changes = 0;
    let staffSkipped = false;
    request.cells.forEach((cell, k) => {
      const enabled = cell.setting === 'on';
      const channel = isPhoneType(cell.methodType) ? 'voice' : 'email';
      for (const method of record.methods) {
        if (method.type !== cell.methodType) continue;
        if (cell.reason === 'staff' && !staffReasonApplies(person)) {
          staffSkipped ||= person.role === 'staff';
          continue;
        }
        if (method.type === 'householdPhone' && wantsHouseholdPhone) {
          const householdId = method.householdId ?? person.householdId;
          if (householdId) households.add(householdId);
        }
        if (isPreferenceOn(preferences, method.id, cell.reason, channel) === enabled) continue;
        preferences = setPreference(preferences, method.id, cell.reason, channel, enabled);
        tally.cells[k]!.count++;
        changes++;
      }
    });
    if (staffSkipped) tally.skipped.noDistrictAssignment++;
    if (changes === 0) continue;
    tally.peopleChanged++;
    tally.preferencesChanged += changes;
    if (collect) changed.push({ ...record, preferences });
  }
  return { ...tally, changed, householdIds: [...households] };
}

/**
 * Applies a batch request to one chunk of the people it selects, so a backend can run a big
 * job chunk by chunk and report progress. For each cell set to On or Off, every method of
 * that type gets its voice (phones) or email (emails) switch for the reason set; text
 * switches never change. People with no method of any type the request sets are skipped
 * (`noMethodOfType`); staff without a district assignment are skipped for the Staff reason
 * (`noDistrictAssignment`); inactive accounts are not changed and are reported as errors
 * (`inactive`). Counts are of switches that actually changed, so applying the same request
 * again changes and counts nothing.
 *
 * @throws BatchRequestError when `validateBatchRequest` finds the request invalid.
 */
export function applyBatchChunk(
  request: BatchRequest,
  records: Iterable<PersonRecord>,
  settings: Pick<DistrictSettings, 'enabledReasons'>,
): BatchChunkResult {
  return run(request, records, settings, true);
}

/** What a chunk would change, counted without building new records (the wizard's preview). */
export function previewBatchChunk(
  request: BatchRequest,
  records: Iterable<PersonRecord>,
  settings: Pick<DistrictSettings, 'enabledReasons'>,
): BatchTally & { householdIds: string[] } {
  const { changed: _changed, ...tally } = run(request, records, settings, false);
  return tally;
}

/**
 * Adds two tallies (chunks of one run, or a run and its household follow-up). Cells are
 * matched by method type and reason, in `a`'s order. Only counts and errors are merged; the
 * changed records of each chunk are the caller's to store as they come.
 */
export function mergeBatchTallies(a: BatchTally, b: BatchTally): BatchTally {
  const cells = a.cells.map((cell) => ({ ...cell }));
  for (const cell of b.cells) {
    const same = cells.find((c) => c.methodType === cell.methodType && c.reason === cell.reason);
    if (same) same.count += cell.count;
    else cells.push({ ...cell });
  }
  return {
    processed: a.processed + b.processed,
    peopleChanged: a.peopleChanged + b.peopleChanged,
    preferencesChanged: a.preferencesChanged + b.preferencesChanged,
    cells,
    skipped: {
      noMethodOfType: a.skipped.noMethodOfType + b.skipped.noMethodOfType,
      noDistrictAssignment: a.skipped.noDistrictAssignment + b.skipped.noDistrictAssignment,
    },
    errors: [...a.errors, ...b.errors],
  };
}

/** The request restricted to its household-phone cells, for the household follow-up; null without any. */
export function householdPhoneRequest(request: BatchRequest): BatchRequest | null {
  const cells = request.cells.filter((cell) => cell.methodType === 'householdPhone');
  return cells.length > 0 ? { ...request, cells } : null;
}

/**
 * The ACTIVE members of the given households that the run has not already processed: the
 * people a household-phone change reaches whatever the mode.
 */
export function householdMembersToInclude(
  householdIds: Iterable<string>,
  households: ReadonlyMap<string, HouseholdRecord>,
  people: ReadonlyMap<string, PersonRecord>,
  alreadyProcessed: (personId: string) => boolean,
): PersonRecord[] {
  const members: PersonRecord[] = [];
  const added = new Set<string>();
  for (const householdId of householdIds) {
    for (const memberId of households.get(householdId)?.memberIds ?? []) {
      if (added.has(memberId) || alreadyProcessed(memberId)) continue;
      const member = people.get(memberId);
      if (!member?.person.active) continue;
      added.add(memberId);
      members.push(member);
    }
  }
  return members;
}

/** The contract's result of a finished (or cancelled) run. */
export function toBatchResult(request: BatchRequest, tally: BatchTally): BatchResult {
  return {
    mode: request.mode,
    cells: tally.cells,
    peopleChanged: tally.peopleChanged,
    preferencesChanged: tally.preferencesChanged,
    skipped: tally.skipped,
    errorCount: tally.errors.length,
  };
}

/** The contract's preview of a request, from the tally of `previewBatchChunk` over the selection. */
export function toBatchPreview(tally: BatchTally): BatchPreview {
  return {
    people: tally.processed,
    peopleToChange: tally.peopleChanged,
    preferencesToChange: tally.preferencesChanged,
    cells: tally.cells,
    skipped: tally.skipped,
    inactive: tally.errors.filter((error) => error.code === 'inactive').length,
  };
}
