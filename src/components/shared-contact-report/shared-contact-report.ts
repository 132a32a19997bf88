import { msg, str } from '@lit/localize';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InconsistencyKind, SharedContactGroup, SharedMethodKind } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { describeError, isRefusal } from '../shared/error-messages.js';
import { fireEvent } from '../shared/events.js';
import { errorIcon } from '../shared/icons.js';
import { renderEmpty, renderError, renderLoading } from '../shared/state-views.js';
import { GroupExport, type ExportedFile } from './group-export.js';
import { GroupPager, type GroupFilter } from './group-pager.js';
import { renderGroupRow } from './group-row.js';
import { renderFilters, type FilterChange } from './report-filters.js';
import { chevronStyles } from '../shared/chevron.styles.js';
import { reportStyles } from './shared-contact-report.styles.js';

// Handed its layout, the virtualizer lays out the first rows in the task the data arrives in and
// the next frame paints them. Left without one, it imports its default layout when the list
// first renders and lays out nothing until that resolves, a task later. Imported with the element
// (about 3 kB gzip) rather than lazily: a lazy import only wins when the backend answers slower
// than the chunk loads, and the report must not depend on that.
const listLayout = flow();

/** What the flag filter can narrow the report to. */
export type SharedContactFlagFilter = 'flagged' | 'unflagged' | InconsistencyKind;

/** Detail of `shared-contacts-export`: the finished CSV file. */
export type SharedContactsExportDetail = ExportedFile;

// Fetch the next page while this many fetched rows are still below the last one rendered.
const PREFETCH_ROWS = 40;

/**
 * Report of the phone numbers and email addresses that several accounts share, for district
 * administrators: each shared value with its type, how many accounts hold it, the accounts
 * (name, role, linked students) and flags of likely data problems, each with its reason.
 * Filter by type and flag, search, sort by count or value, open a group to see its accounts.
 *
 * Rows are fetched by cursor, page after page as the list scrolls, and only the rows on screen
 * are in the page (a virtualized list), so districts with 100,000 shared values stay smooth.
 * The CSV export reads the whole filtered report page by page, shows its progress, can be
 * cancelled, and neutralizes cells a spreadsheet would run as formulas.
 *
 * Keyboard: Tab reaches the filters, the export button and the rows; on a row, Up and Down
 * Arrow move to the previous and next row, Home and End to the first and last fetched row,
 * Enter or Space open and close it.
 *
 * @tagname shared-contact-report
 * @fires {CustomEvent<SharedContactsExportDetail>} shared-contacts-export - An export finished. Cancelable: call `preventDefault()` to handle the file yourself instead of the browser download.
 * @csspart title - The report's heading.
 * @csspart filters - The search, type, flag and sort controls.
 * @csspart list - The scrolling list of groups.
 * @csspart group - One group's row.
 * @csspart group-toggle - The button that opens and closes a group.
 * @csspart group-details - The accounts and reasons of an open group.
 * @csspart export-button - The "Export CSV" button.
 * @cssprop [--comms-report-list-block-size=32rem] - Height of the scrolling list.
 */
export class SharedContactReport extends CommsElement<'listSharedContactGroups'> {
  static override adapterMethods = ['listSharedContactGroups'] as const;
  static override styles = [...CommsElement.styles, chevronStyles, reportStyles];

  /** Only phones or only emails. Default: both. */
  @property({ reflect: true }) kind?: SharedMethodKind;
  /** Only flagged groups, only unflagged ones, or only those with one kind of flag. Default: all. */
  @property({ reflect: true }) flag?: SharedContactFlagFilter;
  /** Text matched against the shared value and the account names. */
  @property() search = '';
  /** Order by how many accounts share a value, or by the value. */
  @property({ reflect: true }) sort: 'accountCount' | 'value' = 'accountCount';
  /** Ascending or descending. Default: most accounts first. */
  @property({ reflect: true }) order: 'asc' | 'desc' = 'desc';
  /** Groups fetched per request (1–200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  @state() private expanded = new Set<string>();
  @state() private announcement = '';
  @query('.list') private list?: HTMLElement & VirtualizerHostElement;

  readonly #pager = new GroupPager(this, () => Math.min(200, Math.max(1, Math.floor(this.pageSize) || 100)));
  readonly #export = new GroupExport(this);
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #announcedArrival = 0;
  #announcedIn?: string;

  /** The filter and order the report shows. */
  get #filter(): GroupFilter {
    const flag = this.flag;
    return {
      ...(this.kind ? { kind: this.kind } : {}),
      ...(flag === 'flagged' ? { flagged: true } : flag === 'unflagged' ? { flagged: false } : flag ? { flag } : {}),
      ...(this.search.trim() ? { search: this.search.trim() } : {}),
      sort: this.sort,
      order: this.order,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const adapter = this.activeAdapter;
    if (adapter) this.#pager.show(adapter, this.#filter);
    if (changed.has('kind') || changed.has('flag') || changed.has('search') || changed.has('sort') || changed.has('order')) {
      this.expanded = new Set();
    }
    // One polite announcement per arrived result, not per page or keystroke; said again in the
    // new language when the language changes (a result may arrive before its catalog does).
    const locale = this.activeLocale;
    if (this.#pager.state === 'ready' && (this.#announcedArrival !== this.#pager.arrivals || this.#announcedIn !== locale)) {
      this.#announcedArrival = this.#pager.arrivals;
      this.#announcedIn = locale;
      this.announcement = this.#countText();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected renderContent(): unknown {
    const filtersActive = Boolean(this.kind || this.flag || this.search.trim());
    return html`
      <section class="report" aria-labelledby="report-title">
        <h2 id="report-title" class="title" part="title">${msg('Shared contact methods')}</h2>
        <details class="guidance">
          <summary>${msg('Why contact methods are shared')}</summary>
          <p>
            ${msg(
              'Sharing is often intended: the members of a household share its phone, two guardians may share an email address, and a staff member who is also a guardian has one number on both accounts. Flagged groups may be data problems to correct in the student information system.',
            )}
          </p>
        </details>
        ${this.#pager.state === 'error' && isRefusal(this.#pager.error) ? nothing : this.#renderControls()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody(filtersActive)}
      </section>
    `;
  }

  #renderControls(): unknown {
    return html`${renderFilters(
        { search: this.search, kind: this.kind, flag: this.flag, sort: this.sort, order: this.order },
        this.#onFilterChange,
      )}
      <div class="toolbar">
        <p class="count">${this.#pager.state === 'ready' ? this.#countText() : nothing}</p>
        ${this.#renderExport()}
      </div>`;
  }

  #renderBody(filtersActive: boolean): unknown {
    const pager = this.#pager;
    if (pager.state === 'idle' || pager.state === 'loading') return renderLoading();
    if (pager.state === 'error') return renderError(pager.error, { onRetry: () => void pager.reload() });
    if (pager.items.length === 0) {
      return renderEmpty({
        message: filtersActive ? msg('No shared contact methods match these filters.') : msg('No contact methods are shared'),
      });
    }
    const formatCount = this.formatCount;
    return html`
      <div
        class="list"
        part="list"
        role="list"
        aria-labelledby="report-title"
        @click=${this.#onListClick}
        @keydown=${this.#onListKeydown}
        @rangeChanged=${this.#onRange}
      >
        ${virtualize({
          items: pager.items,
          scroller: true,
          layout: listLayout,
          keyFunction: (group: SharedContactGroup) => group.id,
          renderItem: (group: SharedContactGroup, index: number) =>
            renderGroupRow(group, { index, expanded: this.expanded.has(group.id), formatCount }),
        })}
      </div>
      ${pager.loadingMore ? renderLoading(msg('Loading more…')) : nothing}
      ${pager.moreFailed
        ? html`<div class="more-error" role="alert">
            ${errorIcon}<span>${msg("Couldn't load more shared contact methods.")} ${describeError(pager.error).detail}</span>
            <button type="button" class="button" @click=${() => void pager.loadMore()}>${msg('Try again', { desc: 'Button that repeats a request that failed.' })}</button>
          </div>`
        : nothing}
    `;
  }

  #renderExport(): unknown {
    const exporter = this.#export;
    if (exporter.state === 'running') {
      const done = this.formatCount(exporter.done);
      const total = exporter.total === undefined ? undefined : this.formatCount(exporter.total);
      return html`<div class="export">
        <progress max=${exporter.total ?? 1} .value=${exporter.done} aria-label=${msg('Export progress')}></progress>
        <span class="export-text">${total === undefined ? msg(str`Exported ${done} groups…`) : msg(str`Exported ${done} of ${total} groups…`)}</span>
        <button type="button" class="button" @click=${() => this.#cancelExport()}>${msg('Cancel export')}</button>
      </div>`;
    }
    return html`<div class="export">
      ${exporter.state === 'error'
        ? html`<span class="export-error" role="alert">${errorIcon}${msg('The export failed.')} ${describeError(exporter.error).detail}</span>`
        : nothing}
      <button
        type="button"
        class="button"
        part="export-button"
        ?disabled=${this.#pager.state !== 'ready' || this.#pager.items.length === 0}
        @click=${() => void this.#startExport()}
      >
        ${exporter.state === 'error' ? msg('Try the export again') : msg('Export CSV')}
      </button>
    </div>`;
  }

  #countText(): string {
    const total = this.#pager.total ?? this.#pager.items.length;
    return total === 1 ? msg('1 shared contact method') : msg(str`${this.formatCount(total)} shared contact methods`);
  }

  #onFilterChange = (change: FilterChange): void => {
    if ('search' in change) {
      // Wait for a pause in typing: one request per search, not one per key.
      clearTimeout(this.#searchTimer);
      this.#searchTimer = setTimeout(() => (this.search = change.search ?? ''), 250);
      return;
    }
    Object.assign(this, change);
  };

  #onListClick = (event: Event): void => {
    const toggle = (event.target as Element).closest('.group-toggle');
    const index = Number(toggle?.closest('.group')?.getAttribute('data-index'));
    const group = this.#pager.items[index];
    if (!toggle || !group) return;
    const expanded = new Set(this.expanded);
    if (expanded.has(group.id)) expanded.delete(group.id);
    else expanded.add(group.id);
    this.expanded = expanded;
  };

  #onListKeydown = async (event: KeyboardEvent): Promise<void> => {
    const row = (event.target as Element).closest('.group-toggle')?.closest('.group');
    if (!row) return;
    const last = this.#pager.items.length - 1;
    const current = Number(row.getAttribute('data-index'));
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined || next < 0 || next > last) return;
    event.preventDefault();
    await this.#focusRow(next);
  };

  /** Scrolls a row into the rendered range, then moves focus to its button. */
  async #focusRow(index: number): Promise<void> {
    const virtualizer = this.list?.[virtualizerRef];
    if (!virtualizer) return;
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
    for (let attempt = 0; attempt < 5; attempt++) {
      const button = this.list?.querySelector<HTMLButtonElement>(`.group[data-index="${index}"] .group-toggle`);
      if (button) {
        button.focus();
        return;
      }
      await virtualizer.layoutComplete;
      await new Promise(requestAnimationFrame);
    }
  }

  #onRange = (event: RangeChangedEvent): void => {
    if (event.last < this.#pager.items.length - PREFETCH_ROWS) return;
    // The list reports its range while it lays out; the page's "loading more" line must not
    // appear in that same frame, or the list's size observers would see a second change.
    setTimeout(() => void this.#pager.loadMore());
  };

  async #startExport(): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    this.announcement = msg('Export started.');
    const result = await this.#export.run(adapter, this.#filter, `${msg('shared-contact-methods', { desc: 'File name of the CSV export, without extension.' })}.csv`);
    if (!result) return;
    this.announcement = msg(str`Export ready: ${this.formatCount(result.rowCount)} groups.`);
    if (fireEvent(this, 'shared-contacts-export', result, { cancelable: true })) download(result);
  }

  #cancelExport(): void {
    this.#export.cancel();
    this.announcement = msg('Export cancelled.');
  }
}

/** Saves a file through a temporary Blob URL. */
function download({ file, fileName }: ExportedFile): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the browser time to start reading the file before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

declare global {
  interface HTMLElementTagNameMap {
    'shared-contact-report': SharedContactReport;
  }
  interface HTMLElementEventMap {
    'shared-contacts-export': CustomEvent<SharedContactsExportDetail>;
  }
}
