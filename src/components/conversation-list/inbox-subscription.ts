import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommsAdapter, InboxChanges, Unsubscribe } from '../../api/adapter.js';

export interface InboxSubscriptionOptions {
  /** The adapter in use; the subscription follows it when it changes. */
  adapter(): Partial<CommsAdapter> | undefined;
  /** Each batch of live changes. */
  changes(changes: InboxChanges): void;
}

/**
 * Keeps one inbox subscription open while the element is on the page: made once per adapter,
 * closed when the element leaves. An adapter without `subscribeToInbox` simply gives no live
 * updates. When the adapter gives up for good (`willRetry: false`), `stopped` turns true until
 * `resume()`.
 */
export class InboxSubscription implements ReactiveController {
  /** Live updates stopped for good; the element says so and offers to resume. */
  stopped = false;
  #unsubscribe: Unsubscribe | undefined;
  #subscribedTo: object | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: InboxSubscriptionOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const adapter = this.host.isConnected ? this.options.adapter() : undefined;
    if (adapter === this.#subscribedTo && (this.#unsubscribe !== undefined || this.stopped)) return;
    this.#close();
    const subscribe = adapter?.subscribeToInbox;
    if (!adapter || typeof subscribe !== 'function') return;
    this.#subscribedTo = adapter;
    this.#unsubscribe = subscribe.call(adapter, {
      next: (changes) => this.options.changes(changes),
      error: (_error, willRetry) => {
        if (willRetry) return;
        this.#unsubscribe = undefined;
        this.stopped = true;
        this.host.requestUpdate();
      },
    });
  }

  hostDisconnected(): void {
    this.#close();
  }

  /** Subscribe again after the adapter gave up. */
  resume(): void {
    this.stopped = false;
    this.#close();
    this.host.requestUpdate();
  }

  #close(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }
}
