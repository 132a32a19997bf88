// Imported by the page before any element module, so it sees every timer the kit starts.
//
// What the page still has to do on its own: requests in flight, and short timers pending (a
// search field's debounce, a `revokeObjectURL` after an export). The gate waits until there is
// none before it reads its verdict: a render that a typed search sets off a moment later still
// counts, however slow the machine, and no fixed pause has to guess how long that takes.

/** Longer timers are polls and announcement batches that repeat: waiting for them never ends. */
const SHORT_TIMER_MS = 1000;

const requests = new Map<Promise<unknown>, string>();
const timers = new Map<number, number>();
let threw = false;
const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);

window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]): number => {
  // A string handler goes to the browser untouched, so Trusted Types still judges it.
  if (typeof handler !== 'function' || delay >= SHORT_TIMER_MS) return nativeSetTimeout(handler, delay, ...args);
  const id = nativeSetTimeout(() => {
    timers.delete(id);
    handler(...args);
  }, delay);
  timers.set(id, delay);
  return id;
}) as typeof window.setTimeout;

window.clearTimeout = ((id?: number): void => {
  if (id !== undefined) timers.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;

// A page that has thrown fails the gate anyway, and what threw may never finish loading:
// nothing should wait for such a page to settle.
window.addEventListener('error', () => (threw = true));
window.addEventListener('unhandledrejection', () => (threw = true));

/** True once an error went uncaught in the page, or `noteThrow()` was called. */
export function pageThrew(): boolean {
  return threw;
}

/** For errors the page catches itself that still mean it is broken (an update that threw). */
export function noteThrow(): void {
  threw = true;
}

/** Counts `request` (`what`: its method and path) as in flight until it settles. */
export function trackRequest<T>(request: Promise<T>, what: string): Promise<T> {
  requests.set(request, what);
  return request.finally(() => requests.delete(request));
}

/** What the page is still doing, in words; empty when nothing. */
export function pageBusyWith(): string[] {
  return [
    ...[...requests.values()].map((what) => `request in flight: ${what}`),
    ...[...timers.values()].map((delay) => `timer pending: ${delay} ms`),
  ];
}

/** Resolves after the tasks already queued (a violation report is dispatched as one). */
export function nextTask(delay = 0): Promise<void> {
  return new Promise((resolve) => nativeSetTimeout(resolve, delay));
}
