import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface JobPollerOptions {
  /** Milliseconds between two polls. */
  interval: () => number;
  /** Whether there is a job worth polling. */
  active: () => boolean;
  /** One poll. Pass `signal` on: it aborts when polling stops or the element leaves the page. */
  poll: (signal: AbortSignal) => Promise<void>;
}

/**
 * Asks for a job's progress on a timer while its element is on the page: stops (aborting the
 * request in flight) when the element leaves, and starts again at once when it comes back.
 * The poll decides whether to `schedule()` the next one.
 */
export class JobPoller implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: JobPollerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.options.active()) this.schedule(0);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.stop();
  }

  /** Polls after `delay` (default: the interval), replacing a poll already planned. */
  schedule(delay: number = this.options.interval()): void {
    clearTimeout(this.#timer);
    if (!this.#connected) return;
    this.#timer = setTimeout(() => {
      this.#abort = new AbortController();
      void this.options.poll(this.#abort.signal);
    }, delay);
  }

  /** No more polls until the next `schedule()`; a request in flight is aborted. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort(new DOMException('Polling stopped.', 'AbortError'));
    this.#abort = null;
  }
}
