import type { SubscriptionHandlers, Unsubscribe } from '../adapter.js';
import { isCommsError, type RateLimitedError } from '../errors.js';
import { backoff, reportLater, sleep } from './delay.js';

/** Timing of a long-poll loop, from the adapter's options. */
export interface LongPollTiming {
  waitSeconds: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

/** Asks the server for what happened after `after`, holding up to `waitSeconds` when nothing did. */
export type Poll<B> = (after: string | undefined, waitSeconds: number, signal: AbortSignal) => Promise<B>;

/**
 * Long-polls until unsubscribed or until an error that retrying cannot fix.
 *
 * Each answer's `cursor` becomes the next poll's `after`, and `pick` turns the answer into what
 * `handlers.next` receives, or `undefined` when nothing changed; so changes arrive once and in
 * order, and empty batches are skipped. Started without a cursor, the first poll asks with
 * `waitSeconds=0` and its answer is a baseline: `pick` sees it with `baseline: true` to learn the
 * present state. An empty answer that comes back long before the wait ran out (a server or proxy
 * that does not hold requests) is followed by a pause of `retryDelayMs`, so polling never spins.
 * A failure that may pass (network, timeout, 5xx, 429) is reported with `error(e, true)` and the
 * poll repeats after a growing backoff (at least the server's `Retry-After`); any other failure
 * (401, 403, 404, 422, a throwing `headers` hook) is reported with `error(e, false)` and ends the
 * loop. Unsubscribing aborts the poll in flight or the backoff; nothing is delivered or requested
 * after it.
 */
export function longPoll<B extends { cursor: string }, T>(
  poll: Poll<B>,
  after: string | undefined,
  pick: (batch: B, baseline: boolean) => T | undefined,
  handlers: SubscriptionHandlers<T>,
  timing: LongPollTiming,
): Unsubscribe {
  const stopper = new AbortController();
  const { signal } = stopper;
  const call = (callback: () => void) => {
    try {
      callback();
    } catch (error) {
      reportLater(error);
    }
  };

  void (async () => {
    let failures = 0;
    while (!signal.aborted) {
      const baseline = after === undefined;
      const started = Date.now();
      let pause = 0;
      try {
        const batch = await poll(after, baseline ? 0 : timing.waitSeconds, signal);
        if (signal.aborted) return;
        failures = 0;
        after = batch.cursor;
        const changes = pick(batch, baseline);
        if (changes !== undefined) call(() => handlers.next(changes));
        else if (!baseline && Date.now() - started < timing.waitSeconds * 500 + timing.retryDelayMs) pause = timing.retryDelayMs;
      } catch (error) {
        if (signal.aborted) return;
        const transient = isCommsError(error) && error.retryable;
        call(() => handlers.error?.(error, transient));
        if (!transient) return;
        const asked = (error as RateLimitedError).retryAfterSeconds ?? error.problem?.retryAfter ?? 0;
        pause = Math.max(asked * 1000, backoff(failures++, timing.retryDelayMs, timing.maxRetryDelayMs));
      }
      if (pause) await sleep(pause, signal).catch(() => undefined);
    }
  })();

  return () => stopper.abort();
}
