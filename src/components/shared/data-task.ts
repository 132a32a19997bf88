import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../api/errors.js';
import { renderEmpty, renderError, renderLoading } from './state-views.js';

const NO_INPUTS = Symbol('no inputs');
type Waiting = readonly [typeof NO_INPUTS];
const WAITING: Waiting = [NO_INPUTS];

/** Where a data task stands, in the terms the state views use. */
export type DataTaskState = 'idle' | 'loading' | 'empty' | 'error' | 'ready';

export interface DataTaskOptions<A extends readonly unknown[], T> {
  /**
   * The inputs. The task runs when the element first updates and again whenever one of them
   * changes (compared with `!==`), aborting the request still in flight. Return `undefined`
   * to wait: nothing runs until the inputs are there, and a request in flight is aborted.
   */
  args: () => A | undefined;
  /** Fetch. Pass `signal` on to the adapter: it aborts when the inputs change or the element leaves the page. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Whether a result counts as empty, to show the empty view instead of the content. */
  isEmpty?: (value: T) => boolean;
}

export interface DataTaskViews<T> {
  /** The content, once the data has arrived and is not empty. */
  ready: (value: T) => unknown;
  /** Default: `renderLoading()`. */
  loading?: () => unknown;
  /** Default: `renderEmpty()`. */
  empty?: (value: T) => unknown;
  /** Default: `renderError(error, { onRetry: retry })`. */
  error?: (error: unknown, retry: () => void) => unknown;
  /** Before the inputs are there. Default: `renderLoading()`. */
  idle?: () => unknown;
}

/**
 * Data an element fetches through its adapter, with the states the kit shows for it.
 * Built on @lit/task; adds what every element needs on top:
 *
 * - the request is aborted when the element leaves the page (and made again if it comes back);
 * - an aborted request is never shown as an error;
 * - `render()` picks the loading, empty, error (with "Try again") or ready view.
 *
 * ```ts
 * #prefs = new DataTask(this, {
 *   args: () => (this.activeAdapter && this.personId ? [this.activeAdapter, this.personId] as const : undefined),
 *   load: ([adapter, personId], signal) => adapter.getContactPreferences(personId, { signal }),
 * });
 * protected renderContent() {
 *   return this.#prefs.render({ ready: (prefs) => html`…` });
 * }
 * ```
 */
export class DataTask<A extends readonly unknown[], T> implements ReactiveController {
  readonly #task: Task<A | Waiting, T>;
  readonly #isEmpty: (value: T) => boolean;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: DataTaskOptions<A, T>) {
    this.#isEmpty = options.isEmpty ?? (() => false);
    // @lit/task wants an array of args; "no inputs yet" is one made of a marker alone.
    this.#task = new Task<A | Waiting, T>(host, {
      args: () => options.args() ?? WAITING,
      task: (args, { signal }) => (args[0] === NO_INPUTS ? initialState : options.load(args as A, signal)),
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#task.abort(new DOMException('The element left the page.', 'AbortError'));
    }
  }

  /** Fetch again with the current inputs (what "Try again" does). Resolves when it has settled. */
  retry = (): Promise<void> => this.#task.run();

  get state(): DataTaskState {
    switch (this.#task.status) {
      case TaskStatus.INITIAL:
        return 'idle';
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.#task.error) ? 'loading' : 'error';
      default:
        return this.#isEmpty(this.#task.value as T) ? 'empty' : 'ready';
    }
  }

  /** The last result, kept while a newer request is loading or after one failed. */
  get value(): T | undefined {
    return this.#task.value;
  }

  /** The error of the last request, when it failed. */
  get error(): unknown {
    return this.state === 'error' ? this.#task.error : undefined;
  }

  /** The view for the current state. */
  render(views: DataTaskViews<T>): unknown {
    switch (this.state) {
      case 'idle':
        return views.idle ? views.idle() : renderLoading();
      case 'loading':
        return views.loading ? views.loading() : renderLoading();
      case 'error':
        return views.error ? views.error(this.#task.error, this.retry) : renderError(this.#task.error, { onRetry: this.retry });
      case 'empty':
        return views.empty ? views.empty(this.#task.value as T) : renderEmpty();
      case 'ready':
        return views.ready(this.#task.value as T);
    }
  }
}
