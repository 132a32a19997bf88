import type { CommsAdapter } from '../../api/adapter.js';
import type { BatchCell, BatchMode, BatchRequest, BatchSetting, ContactMethodType, ContactReason, FieldError, SavedFilter } from '../../domain/types.js';
import { CONTACT_METHOD_TYPES, CONTACT_REASONS } from '../../domain/vocabulary.js';

/** The wizard's choices, as the person left them. */
export interface BatchChoices {
  mode: BatchMode;
  /** '' for no filter. */
  filterId: string;
  /** '' for every grade. */
  grade: string;
  /** Cells set to On or Off, by `cellKey`; the others are No change. */
  cells: ReadonlyMap<string, BatchSetting>;
}

/** The key of one matrix cell. */
export const cellKey = (type: ContactMethodType, reason: ContactReason): string => `${type}|${reason}`;

/** The request the choices make: cells in the matrix's order, no grade in staff mode. */
export function batchRequestOf(choices: BatchChoices, enabledReasons: readonly ContactReason[]): BatchRequest {
  const cells: BatchCell[] = [];
  for (const methodType of CONTACT_METHOD_TYPES) {
    for (const reason of CONTACT_REASONS) {
      const setting = choices.cells.get(cellKey(methodType, reason));
      if (setting && enabledReasons.includes(reason)) cells.push({ methodType, reason, setting });
    }
  }
  const staff = choices.mode === 'staff';
  return { mode: choices.mode, filterId: choices.filterId || null, grade: staff ? null : choices.grade || null, cells };
}

/** What the wizard can tell before asking the server: the two rules a person can break by leaving things out. */
export function checkChoices(request: BatchRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (request.mode === 'staff' && !request.filterId) errors.push({ field: 'filterId', code: 'required' });
  if (request.cells.length === 0) errors.push({ field: 'cells', code: 'required' });
  return errors;
}

/** The most filter pages the picker reads; districts keep far fewer saved filters than this. */
const MAX_FILTER_PAGES = 20;

/** Every saved filter of a mode, page after page. */
export async function allFilters(adapter: Pick<CommsAdapter, 'listBatchFilters'>, mode: BatchMode, signal: AbortSignal): Promise<SavedFilter[]> {
  const filters: SavedFilter[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_FILTER_PAGES; page++) {
    const result = await adapter.listBatchFilters(mode, { cursor, signal });
    filters.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return filters;
}
