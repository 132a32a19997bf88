import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportsAdapter } from '../../api/adapter.js';
import { isAbortError } from '../../api/errors.js';
import { CsvWriter, type CsvRow } from '../../domain/csv.js';
import type { SharedContactGroup } from '../../domain/types.js';
import type { GroupFilter } from './group-pager.js';
import { flagLabel, flagReason, kindLabel, methodTypeLabel, roleLabel, sharingLabel } from './labels.js';

/** Where an export stands. */
export type ExportState = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** The contract's largest page: an export reads as few pages as it can. */
const EXPORT_PAGE_SIZE = 200;

/** The header row of the export, in the viewer's language. */
export function exportHeader(): string[] {
  return [
    msg('Shared value'),
    msg('Type'),
    msg('Number of accounts'),
    msg('Accounts'),
    msg('Linked students'),
    msg('Explanation'),
    msg('Flags'),
    msg('Reasons'),
  ];
}

/** One CSV row per group. Cells are text; `CsvWriter` neutralizes any that a spreadsheet would run as a formula. */
export function exportRow(group: SharedContactGroup): CsvRow {
  const accounts = group.accounts.map((account) => `${account.person.displayName} (${roleLabel(account.person.role)}, ${methodTypeLabel(account.methodType)})`);
  const students = new Set(group.accounts.flatMap((account) => account.students.map((student) => student.displayName)));
  return [
    group.value,
    kindLabel(group.kind),
    group.accountCount,
    accounts.join('; '),
    [...students].join('; '),
    group.sharing.map(sharingLabel).join('; '),
    group.flags.map((flag) => flagLabel(flag.kind)).join('; '),
    group.flags.map((flag) => flagReason(flag, group)).join(' '),
  ];
}

/** A finished export, before it is downloaded. */
export interface ExportedFile {
  fileName: string;
  rowCount: number;
  file: Blob;
}

/**
 * Exports the whole filtered report: reads it page after page through the adapter (never the
 * whole district at once in one answer), writes each page as CSV as it arrives, and reports
 * progress. Cancelling aborts the request in flight and keeps nothing.
 */
export class GroupExport implements ReactiveController {
  state: ExportState = 'idle';
  /** Groups written so far. */
  done = 0;
  /** Groups to write, when the backend says. */
  total: number | undefined;
  error: unknown;
  #abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.state === 'running') this.cancel();
  }

  /** Runs the export; resolves with the file, or null when it was cancelled or failed. */
  async run(adapter: ReportsAdapter, filter: GroupFilter, fileName: string): Promise<ExportedFile | null> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const signal = abort.signal;
    this.state = 'running';
    this.done = 0;
    this.total = undefined;
    this.error = undefined;
    this.host.requestUpdate();
    const writer = new CsvWriter(exportHeader());
    const chunks: string[] = [writer.start()];
    let cursor: string | null = null;
    try {
      do {
        const page = await adapter.listSharedContactGroups({ ...filter, cursor, limit: EXPORT_PAGE_SIZE, signal });
        if (signal.aborted) return null;
        chunks.push(writer.rows(page.items.map(exportRow)));
        this.done += page.items.length;
        this.total = page.total ?? this.total;
        cursor = page.nextCursor;
        this.host.requestUpdate();
      } while (cursor !== null);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return null;
      this.state = 'error';
      this.error = error;
      this.host.requestUpdate();
      return null;
    }
    this.state = 'done';
    this.host.requestUpdate();
    return { fileName, rowCount: this.done, file: new Blob(chunks, { type: 'text/csv;charset=utf-8' }) };
  }

  /** Stops a running export. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.#abort?.abort(new DOMException('The export was cancelled.', 'AbortError'));
    this.state = 'cancelled';
    this.host.requestUpdate();
  }
}
