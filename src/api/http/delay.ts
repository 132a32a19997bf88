/** Resolves after `ms`; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Exponential backoff before try number `attempt + 1`: `baseMs · 2^attempt`, capped at `maxMs`,
 * then shortened at random by up to half so that many clients failing together spread out.
 */
export function backoff(attempt: number, baseMs: number, maxMs: number): number {
  const ms = Math.min(maxMs, baseMs * 2 ** attempt);
  return ms - (ms / 2) * Math.random();
}

/** Throws `error` outside the current call chain, so a bug in a callback is seen but stops nothing. */
export function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}
