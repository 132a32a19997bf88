import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportsAdapter, SharedContactQuery } from '../../api/adapter.js';
import { isAbortError } from '../../api/errors.js';
import type { SharedContactGroup } from '../../domain/types.js';

/** The filters and order of the report: a query without its paging and signal. */
export type GroupFilter = Omit<SharedContactQuery, 'cursor' | 'limit' | 'signal'>;

/** Where the pager stands: the first page's state, then the state of the pages after it. */
export type PagerState = 'idle' | 'loading' | 'error' | 'ready';

/**
 * The report's rows, fetched page by page by cursor as the person scrolls. A new filter drops
 * every page and aborts whatever is in flight, so an old answer can never land in a new list.
 * Only what has been scrolled to is ever in memory.
 */
export class GroupPager implements ReactiveController {
  /** Every group fetched so far, in the backend's order. */
  items: SharedContactGroup[] = [];
  /** How many groups match in all, when the backend says. */
  total: number | undefined;
  state: PagerState = 'idle';
  /** The error of the first page, or of the last page after it that failed. */
  error: unknown;
  /** Whether a page after the first is on its way. */
  loadingMore = false;
  /** Whether the last attempt to fetch a further page failed (the rows already shown stay). */
  moreFailed = false;
  /** Counts the first pages that have arrived, so the element announces each new result once. */
  arrivals = 0;

  #adapter: ReportsAdapter | undefined;
  #filter: GroupFilter = {};
  #cursor: string | null = null;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after leaving mid-request: fetch again what was cut off.
    if (this.#adapter && this.state === 'loading') void this.reload();
    else if (this.#adapter && this.loadingMore) {
      this.loadingMore = false;
      void this.loadMore();
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort(new DOMException('The element left the page.', 'AbortError'));
  }

  /** Whether there are pages not fetched yet. */
  get hasMore(): boolean {
    return this.state === 'ready' && this.#cursor !== null;
  }

  /** Starts over with a filter (no-op when neither adapter nor filter changed). */
  show(adapter: ReportsAdapter, filter: GroupFilter): void {
    if (adapter === this.#adapter && sameFilter(filter, this.#filter) && this.state !== 'idle') return;
    this.#adapter = adapter;
    this.#filter = filter;
    void this.reload();
  }

  /** Fetches the first page again, dropping the rest (what "Try again" does). */
  async reload(): Promise<void> {
    const signal = this.#restart();
    this.items = [];
    this.total = undefined;
    this.#cursor = null;
    this.state = 'loading';
    this.error = undefined;
    this.loadingMore = false;
    this.moreFailed = false;
    this.host.requestUpdate();
    try {
      const page = await this.#adapter!.listSharedContactGroups({ ...this.#filter, limit: this.pageSize(), signal });
      if (signal.aborted) return;
      this.items = page.items;
      this.total = page.total;
      this.#cursor = page.nextCursor;
      this.state = 'ready';
      this.arrivals++;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.state = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }

  /** Fetches the next page, unless one is on its way or there is none. */
  async loadMore(): Promise<void> {
    if (!this.hasMore || this.loadingMore) return;
    const cursor = this.#cursor;
    const signal = this.#restart();
    this.loadingMore = true;
    this.moreFailed = false;
    this.host.requestUpdate();
    try {
      const page = await this.#adapter!.listSharedContactGroups({ ...this.#filter, cursor, limit: this.pageSize(), signal });
      if (signal.aborted) return;
      // A new array, so the list sees the change; the pages already there are not copied again by the backend.
      this.items = this.items.concat(page.items);
      this.total = page.total ?? this.total;
      this.#cursor = page.nextCursor;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.moreFailed = true;
      this.error = error;
    }
    this.loadingMore = false;
    this.host.requestUpdate();
  }

  #restart(): AbortSignal {
    this.#abort?.abort(new DOMException('A newer request replaced this one.', 'AbortError'));
    this.#abort = new AbortController();
    return this.#abort.signal;
  }
}

function sameFilter(a: GroupFilter, b: GroupFilter): boolean {
  return a.kind === b.kind && a.flag === b.flag && a.flagged === b.flagged && a.search === b.search && a.sort === b.sort && a.order === b.order;
}
