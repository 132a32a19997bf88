import { csvFormatRows } from 'd3-dsv';

/**
 * One cell of an exported table. Strings are text; numbers are written as numbers; null and
 * undefined leave the cell empty.
 */
export type CsvCell = string | number | boolean | null | undefined;

/** One row of cells. */
export type CsvRow = readonly CsvCell[];

/** A column of a table exported from objects: its heading and how to read its cell. */
export interface CsvColumn<T> {
  header: string;
  value: (item: T) => CsvCell;
}

/** Options of a CSV file. */
export interface CsvOptions {
  /**
   * Start the file with a UTF-8 byte-order mark, so that spreadsheet programs that guess
   * encodings read accented names (`José`, `Núñez`) correctly. Default true.
   */
  byteOrderMark?: boolean;
}

// A cell whose text starts with one of these is read as a formula by spreadsheet programs
// (CSV injection): `=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`, and tab / carriage return,
// which some programs skip before looking for the others.
const FORMULA_START = /^[=+\-@\t\r]/;
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\n';

/**
 * Makes a text cell safe to open in a spreadsheet: text that a spreadsheet would read as a
 * formula gets a leading single quote, which spreadsheets show as text and do not evaluate.
 */
export function neutralizeCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text a cell is written as. Text is neutralized; numbers stay numbers (a negative
 * number is a number, not a formula); non-finite numbers, null and undefined are empty.
 */
export function csvCellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutralizeCsvText(cell);
}

function formatLines(rows: readonly CsvRow[]): string {
  if (rows.length === 0) return '';
  return csvFormatRows(rows.map((row) => row.map(csvCellText))) + LINE_END;
}

/**
 * A whole CSV file: the header row, then every row, each line ending with a newline.
 * Quotes cells that need it (commas, quotes, line breaks) and neutralizes formulas.
 */
export function toCsv(header: readonly string[], rows: readonly CsvRow[], options: CsvOptions = {}): string {
  const writer = new CsvWriter(header, options);
  return writer.start() + writer.rows(rows);
}

/**
 * Writes a CSV file in pieces, for exports that read their rows page after page: `start()`
 * once for the header, then `rows(page)` for each page. Concatenating the pieces gives exactly
 * what `toCsv` gives for all the rows.
 */
export class CsvWriter {
  readonly #header: readonly string[];
  readonly #byteOrderMark: boolean;
  #started = false;

  constructor(header: readonly string[], options: CsvOptions = {}) {
    this.#header = header;
    this.#byteOrderMark = options.byteOrderMark ?? true;
  }

  /** The first piece: the byte-order mark (unless turned off) and the header line. */
  start(): string {
    if (this.#started) throw new Error('CsvWriter.start() was already called.');
    this.#started = true;
    return (this.#byteOrderMark ? BYTE_ORDER_MARK : '') + formatLines([this.#header]);
  }

  /** The lines of one page of rows; empty for an empty page. */
  rows(rows: readonly CsvRow[]): string {
    if (!this.#started) throw new Error('Call CsvWriter.start() before writing rows.');
    return formatLines(rows);
  }
}

/** The rows of a table of objects, by column: pass `columns.map((c) => c.header)` as the header. */
export function csvRowsOf<T>(columns: readonly CsvColumn<T>[], items: Iterable<T>): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const item of items) rows.push(columns.map((column) => column.value(item)));
  return rows;
}
