import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import { CsvWriter, csvRowsOf } from '../../domain/csv.js';
import type { OptInReportRow, Page, PhoneType, SmsConsentStatus } from '../../domain/types.js';
import { CONSENT_STATUSES, consentSourceLabel, consentStatusLabel, isConsentStatus } from '../optin-badge/consent-words.js';
import { statusIcon } from '../optin-badge/optin-badge-icons.js';
import { isPhoneType, PHONE_TYPES, phoneTypeLabel } from '../optin-form/phone-words.js';
import { CommsElement } from '../shared/comms-element.js';
import { DataTask } from '../shared/data-task.js';
import { isRefusal } from '../shared/error-messages.js';
import { fireEvent } from '../shared/events.js';
import { phoneText } from '../shared/phone-text.js';
import { renderEmpty, renderError, renderLoading } from '../shared/state-views.js';
import { methodTypeLabel, optOutExportColumns } from './report-columns.js';
import { optinReportStyles } from './optin-report.styles.js';

/** Detail of `optin-report-export`. */
export interface OptinReportExportDetail {
  /** The CSV document (UTF-8, with a byte-order mark), formula-neutralized. */
  csv: string;
  /** How many opted-out numbers it lists. */
  rowCount: number;
  /** The file name offered for download. */
  fileName: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'optin-report': OptinReport;
  }
  interface HTMLElementEventMap {
    'optin-report-export': CustomEvent<OptinReportExportDetail>;
  }
}

type ExportState = 'idle' | 'exporting' | 'error';

/** Largest page asked for while exporting. */
const EXPORT_PAGE_SIZE = 200;
/** Pause after the last keystroke before searching, so typing a name sends one request. */
const SEARCH_DELAY_MS = 300;

/**
 * District administrators' list of guardians' phone numbers with their texting consent, read
 * page by page from the server: filter by status and number type, search by name or number,
 * and export every opted-out number as CSV (guardian ID, name, number, number type, status,
 * date, source), with spreadsheet formulas neutralized.
 *
 * @tagname optin-report
 * @fires {CustomEvent<OptinReportExportDetail>} optin-report-export - An export finished; a page may call `preventDefault()` to handle the file itself instead of the download.
 *
 * @csspart search-input - The search field.
 * @csspart status-filter - The status filter.
 * @csspart type-filter - The number type filter.
 * @csspart export-button - The "Export opt-outs" button.
 * @csspart table - The table of numbers.
 * @csspart pager - The previous / next page controls.
 *
 * @cssprop [--comms-color-success=light-dark(#1a6333, #7fdc9d)] - Opted-in icon.
 * @cssprop [--comms-color-danger=light-dark(#b42318, #ff9b91)] - Opted-out icon.
 */
export class OptinReport extends CommsElement<'listSmsConsent'> {
  static override styles = [...CommsElement.styles, optinReportStyles];
  static override adapterMethods = ['listSmsConsent'] as const;

  /** Show only numbers with this status: `optedIn`, `optedOut`, `notAsked`; empty for all. */
  @property({ reflect: true }) status: SmsConsentStatus | '' = '';
  /** Show only numbers of this type: `cell`, `home`, `work`, `other`; empty for all. */
  @property({ attribute: 'number-type', reflect: true }) numberType: PhoneType | '' = '';
  /** Match a guardian's name or digits of the number. */
  @property() search = '';
  /** Rows per page (1–200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Cursors of the pages seen so far: the first page's is null. */
  @state() private cursors: (string | null)[] = [null];
  @state() private exportState: ExportState = 'idle';
  @state() private exportError: unknown;
  @state() private exportedCount = 0;
  /**
   * Whether the rows on their way are another page of the same list: the page on screen and its
   * pager then stay until they arrive, so the focused pager button is not taken from under a
   * keyboard user (a new filter shows the loading view instead).
   */
  #turningPage = false;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #export?: AbortController;

  readonly #rows = new DataTask(this, {
    args: () => {
      const adapter = this.activeAdapter;
      if (!adapter) return undefined;
      const pageSize = Math.min(200, Math.max(1, Math.round(this.pageSize) || 25));
      return [adapter, isConsentStatus(this.status) ? this.status : undefined, isPhoneType(this.numberType) ? this.numberType : undefined, this.search.trim(), this.cursors.at(-1) ?? null, pageSize] as const;
    },
    load: ([adapter, status, numberType, search, cursor, limit], signal) =>
      adapter.listSmsConsent({ status, numberType, search: search || undefined, cursor, limit, signal }),
    isEmpty: (page) => page.items.length === 0,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#export?.abort(new DOMException('The element left the page.', 'AbortError'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new filter starts again from the first page.
    if (changed.has('status') || changed.has('numberType') || changed.has('search')) {
      this.cursors = [null];
      this.#turningPage = false;
    }
  }

  #onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.search = value), SEARCH_DELAY_MS);
  };

  #onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.id === 'status-filter') this.status = isConsentStatus(select.value) ? select.value : '';
    else this.numberType = isPhoneType(select.value) ? select.value : '';
  };

  #next(page: Page<OptInReportRow>): void {
    if (this.#rows.state !== 'ready' || !page.nextCursor) return;
    this.#turningPage = true;
    this.cursors = [...this.cursors, page.nextCursor];
  }

  #previous = (): void => {
    if (this.#rows.state !== 'ready' || this.cursors.length <= 1) return;
    this.#turningPage = true;
    this.cursors = this.cursors.slice(0, -1);
  };

  /** Reads every opted-out number page by page and offers the CSV for download. */
  #exportOptOuts = async (): Promise<void> => {
    const adapter = this.activeAdapter;
    if (!adapter || this.exportState === 'exporting') return;
    const controller = (this.#export = new AbortController());
    this.exportState = 'exporting';
    this.exportedCount = 0;
    try {
      const columns = optOutExportColumns();
      const writer = new CsvWriter(columns.map((column) => column.header));
      const pieces = [writer.start()];
      let cursor: string | null = null;
      do {
        const page: Page<OptInReportRow> = await adapter.listSmsConsent({ status: 'optedOut', cursor, limit: EXPORT_PAGE_SIZE, signal: controller.signal });
        pieces.push(writer.rows(csvRowsOf(columns, page.items)));
        this.exportedCount += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      const fileName = `sms-opt-outs-${new Date().toISOString().slice(0, 10)}.csv`;
      const csv = pieces.join('');
      this.exportState = 'idle';
      if (fireEvent(this, 'optin-report-export', { csv, rowCount: this.exportedCount, fileName }, { cancelable: true })) {
        this.#download(csv, fileName);
      }
    } catch (error) {
      if (isAbortError(error)) return;
      this.exportError = error;
      this.exportState = 'error';
    }
  };

  #download(csv: string, fileName: string): void {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  // Dates in digits: the same in every script, and no untranslated month names in the pseudo-locale.
  #date(iso: string | null): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(this.activeLocale, { dateStyle: 'short' }).format(new Date(iso));
  }

  protected renderContent(): unknown {
    return html`
      ${isRefusal(this.#rows.error) ? nothing : this.#renderToolbar()}
      ${this.exportState === 'error'
        ? html`<div class="export-error">${renderError(this.exportError, { onRetry: this.#exportOptOuts })}</div>`
        : nothing}
      ${this.#rows.render({
        ready: (page) => this.#renderTable(page),
        loading: () => {
          const shown = this.#rows.value;
          return this.#turningPage && shown?.items.length ? this.#renderTable(shown, true) : renderLoading();
        },
        empty: () => renderEmpty({ message: msg('No phone numbers match these filters.') }),
      })}
      <p class="summary" role="status">${this.#summary()}</p>
    `;
  }

  #summary(): string {
    if (this.exportState === 'exporting') return msg(str`Exporting opt-outs… ${this.formatCount(this.exportedCount)} so far.`);
    const page = this.#rows.state === 'ready' || this.#rows.state === 'empty' ? this.#rows.value : undefined;
    if (!page) return '';
    const pageNumber = this.formatCount(this.cursors.length);
    const shown = this.formatCount(page.items.length);
    return page.total === undefined
      ? msg(str`Page ${pageNumber}: ${shown} numbers.`)
      : msg(str`Page ${pageNumber}: ${shown} of ${this.formatCount(page.total)} numbers.`);
  }

  #renderToolbar(): unknown {
    return html`<div class="toolbar">
      <div class="field search">
        <label for="search">${msg('Search by name or number')}</label>
        <input id="search" part="search-input" type="search" .value=${this.search} @input=${this.#onSearchInput} />
      </div>
      <div class="field">
        <label for="status-filter">${msg('Status')}</label>
        <select id="status-filter" part="status-filter" @change=${this.#onFilter}>
          <option value="" ?selected=${this.status === ''}>${msg('All statuses')}</option>
          ${CONSENT_STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${consentStatusLabel(status)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="type-filter">${msg('Number type')}</label>
        <select id="type-filter" part="type-filter" @change=${this.#onFilter}>
          <option value="" ?selected=${this.numberType === ''}>${msg('All types')}</option>
          ${PHONE_TYPES.map((type) => html`<option value=${type} ?selected=${this.numberType === type}>${phoneTypeLabel(type)}</option>`)}
        </select>
      </div>
      <button
        type="button"
        class="button"
        part="export-button"
        aria-disabled=${this.exportState === 'exporting' ? 'true' : 'false'}
        @click=${this.#exportOptOuts}
      >
        ${this.exportState === 'exporting' ? msg('Exporting…') : msg('Export opt-outs (CSV)')}
      </button>
    </div>`;
  }

  #renderTable(page: Page<OptInReportRow>, loading = false): unknown {
    // Unavailable buttons stay focusable (aria-disabled, not disabled): a button that a keyboard
    // user pressed to reach the first or the last page must not drop their focus to the page.
    const noPrevious = loading || this.cursors.length <= 1;
    const noNext = loading || !page.nextCursor;
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="caption" aria-busy=${loading ? 'true' : 'false'}>
        <table part="table">
          <caption id="caption">${msg("Guardians' phone numbers and texting status")}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Guardian', { id: 'column-guardian', desc: 'Column heading: the guardian who holds the number.' })}</th>
              <th scope="col">${msg('Number')}</th>
              <th scope="col">${msg('Number type')}</th>
              <th scope="col">${msg('Status')}</th>
              <th scope="col">${msg('Date')}</th>
              <th scope="col">${msg('Source')}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map(
              (row) => html`<tr>
                <td class="name"><span class="clamp" title=${row.displayName}>${row.displayName}</span></td>
                <td class="nowrap">${phoneText(row.phone)}</td>
                <td>${methodTypeLabel(row.numberType)}</td>
                <td><span class="status ${row.status}">${statusIcon(row.status)}${consentStatusLabel(row.status)}</span></td>
                <td class="nowrap">${this.#date(row.updatedAt)}</td>
                <td>${row.source ? consentSourceLabel(row.source) : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" part="pager" aria-label=${msg('Pages')}>
        <button type="button" class="button" aria-disabled=${noPrevious ? 'true' : 'false'} @click=${this.#previous}>${msg('Previous page')}</button>
        ${loading ? renderLoading() : nothing}
        <button type="button" class="button" aria-disabled=${noNext ? 'true' : 'false'} @click=${() => this.#next(page)}>${msg('Next page')}</button>
      </nav>
    `;
  }
}
