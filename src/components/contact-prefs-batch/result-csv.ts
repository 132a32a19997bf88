import { msg } from '@lit/localize';
import { toCsv, type CsvRow } from '../../domain/csv.js';
import type { BatchError, BatchJob, BatchResult } from '../../domain/types.js';
import { resultTable } from './batch-job-view.js';
import { batchErrorReason, methodTypeLabel, modeLabel, reasonLabel } from './labels.js';

/**
 * The result of a job as a CSV document: the counts table as the page shows it ("No change"
 * where nothing was asked), then the mode and totals, then one row per error (who and why).
 * Written by `toCsv`, which neutralizes anything a spreadsheet would run as a formula, such as
 * a person's name starting with `=`.
 */
export function batchResultCsv(job: BatchJob, result: BatchResult, errors: readonly BatchError[]): string {
  const { reasons, rows } = resultTable(result);
  const header = [msg('Contact method'), ...reasons.map(reasonLabel)];
  const body: CsvRow[] = rows.map((row) => [methodTypeLabel(row.type), ...row.cells.map((count) => count ?? msg('No change'))]);
  body.push(
    [],
    [msg('Mode'), modeLabel(result.mode)],
    [msg('People changed'), result.peopleChanged],
    [msg('Preferences changed'), result.preferencesChanged],
    [msg('Skipped: no phone or email of the types set'), result.skipped.noMethodOfType],
    [msg('Skipped for Staff: no district assignment'), result.skipped.noDistrictAssignment],
    [msg('Job'), job.id],
    [],
    [msg('Person with an error'), msg('Why')],
    ...errors.map((e): CsvRow => [e.person.displayName, batchErrorReason(e.code)]),
  );
  return toCsv(header, body);
}

/** Hands a CSV document to the browser as a download, from a link placed in `root` for the click. */
export function downloadCsv(root: ParentNode, filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
