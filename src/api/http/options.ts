import type { UnauthorizedError } from '../errors.js';

/**
 * How `HttpCommsAdapter` reaches a backend that implements the HTTP contract
 * (`openapi/school-comms.openapi.yaml`). Every member is optional.
 *
 * @example Bearer token, cross-origin API
 * ```ts
 * new HttpCommsAdapter({
 *   baseUrl: 'https://sis.example.org/comms/api',
 *   headers: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 *   onUnauthorized: () => auth.signInAgain(),
 * });
 * ```
 * @example The portal's own session cookie, API on another subdomain
 * ```ts
 * new HttpCommsAdapter({ baseUrl: 'https://api.portal.example.org/comms', credentials: 'include' });
 * ```
 */
export interface HttpCommsAdapterOptions {
  /**
   * Where the contract's paths start: `/viewer` is fetched from `${baseUrl}/viewer`.
   * Relative (resolved against the page, like any `fetch`) or absolute; a trailing slash is
   * ignored. Default `/api`, the contract's `servers` entry.
   */
  baseUrl?: string;
  /**
   * Extra headers for every request, usually authentication
   * (`() => ({ Authorization: 'Bearer …' })`). Called again before every attempt, retries and
   * long-polls included, so a refreshed token is picked up without recreating the adapter. It may
   * be async. When it throws or rejects, the call rejects with that error and sends nothing.
   * The adapter's own `Accept`, `Content-Type`, `Idempotency-Key` and `If-Match` win over
   * headers of the same name.
   */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /**
   * `fetch`'s credentials mode: `'include'` sends the portal's cookies to an API on another
   * origin (the server must answer with `Access-Control-Allow-Credentials: true`). Default:
   * `fetch`'s own, `'same-origin'`.
   */
  credentials?: RequestCredentials;
  /**
   * Longest wait for one attempt's answer, body included, in milliseconds. When it runs out the
   * attempt is aborted and counts as a `TimeoutError` (which a GET retries). A long-poll may
   * take `waitSeconds` longer. Default 15000.
   */
  timeoutMs?: number;
  /**
   * How many times a failed GET is tried again: after a network error, a timeout, a 5xx or a
   * 429. POST and PATCH are never retried by the adapter: elements retry them on the user's
   * request with the same idempotency key. Default 2 (three attempts in all); 0 turns retries off.
   */
  retries?: number;
  /**
   * Backoff before the first retry, in milliseconds; it doubles for each further one (with
   * random jitter of up to half, so many pages do not retry in step). Also the first backoff of
   * a live subscription after a failed poll, and its pause after an empty answer that came back
   * at once (a server or proxy that does not hold long-polls). Default 500.
   */
  retryDelayMs?: number;
  /**
   * Ceiling of any backoff, in milliseconds. A `Retry-After` (header, or the problem's
   * `retryAfter` member) is honoured exactly, but when it asks for longer than this the GET is not
   * retried and rejects with the `RateLimitedError` or `ServerError` at once, so the element can
   * tell the user. Default 10000.
   */
  maxRetryDelayMs?: number;
  /**
   * How long a live subscription's long-poll asks the server to hold the request when nothing
   * is new (`waitSeconds`, 0–30). Lower it behind proxies that cut idle requests. Default 25.
   */
  waitSeconds?: number;
  /** The `fetch` to use: a wrapped one for logging or tracing, or one for tests. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * Called with each 401 answer (before the call rejects with the same error, and before a
   * live subscription stops), so the host can sign the user in again. Errors it throws are
   * reported as uncaught and do not change the call's outcome.
   */
  onUnauthorized?: (error: UnauthorizedError) => void;
}
