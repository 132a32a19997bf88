import type { paths } from '../../domain/generated/http-contract.js';
import { type CommsError, NetworkError, ServerError, TimeoutError, UnauthorizedError } from '../errors.js';
import { backoff, reportLater, sleep } from './delay.js';
import type { HttpCommsAdapterOptions } from './options.js';
import { errorFromResponse, retryAfterSeconds } from './response-errors.js';

// ---------- types: every call is checked against the generated contract ----------

export type HttpMethod = 'get' | 'post' | 'patch';

/** Paths of the contract that have an operation for `M`. */
export type PathWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

/** The generated operation behind `M path`. */
export type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

/** One parameter group (`path`, `query`, `header`): required, optional, or absent as the contract says. */
type Group<Params, K extends string> =
  Params extends { [k in K]?: infer V }
    ? [NonNullable<V>] extends [never]
      ? { [k in K]?: never }
      : Params extends { [k in K]: unknown }
        ? { [k in K]: V }
        : { [k in K]?: V }
    : { [k in K]?: never };

type ParameterGroups<O> = O extends { parameters: infer Params }
  ? Group<Params, 'path'> & Group<Params, 'query'> & Group<Params, 'header'>
  : unknown;

/** `body` for a JSON request body; `form` (field name → file) for a multipart one. */
type Body<O> = O extends { requestBody: { content: infer C } }
  ? 'application/json' extends keyof C
    ? { body: C['application/json'] }
    : 'multipart/form-data' extends keyof C
      ? { form: { [F in keyof C['multipart/form-data']]: Blob } }
      : never
  : { body?: never; form?: never };

/** What one call sends: the operation's parameters and body, plus call options. */
export type CallInit<O> = ParameterGroups<O> &
  Body<O> & {
    signal?: AbortSignal;
    /** This call's time limit instead of the adapter's (a long-poll's is longer). */
    timeoutMs?: number;
    /** This call's retries instead of the adapter's. Ignored unless the method is GET. */
    retries?: number;
  };

type SuccessStatus = 200 | 201 | 202 | 204;

/** The JSON body of the operation's 2xx answers (`void` for one without a body, like 204). */
export type Success<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: S extends SuccessStatus
        ? R[S] extends { content: { 'application/json': infer B } }
          ? B
          : void
        : never;
    }[keyof R]
  : never;

/** Sends one operation of the contract. See `createRequest`. */
export type ContractRequest = <M extends HttpMethod, P extends PathWith<M>>(
  method: M,
  path: P,
  init: CallInit<Operation<P, M>>,
) => Promise<Success<Operation<P, M>>>;

// ---------- runtime ----------

interface LooseInit {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  header?: Record<string, string | undefined>;
  body?: unknown;
  form?: Record<string, Blob>;
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
}

/**
 * `?a=1&b=x,y`: values percent-encoded, arrays joined by a literal comma (the contract's
 * `style: form, explode: false`); absent and empty values left out, `false` kept.
 */
function queryString(query: Record<string, unknown> = {}): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    pairs.push(`${name}=${[value].flat().map((item) => encodeURIComponent(String(item))).join(',')}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function requestBody(init: LooseInit, headers: Headers): BodyInit | undefined {
  if (init.form) {
    // The browser writes the multipart Content-Type with its boundary.
    const form = new FormData();
    for (const [name, blob] of Object.entries(init.form)) form.append(name, blob);
    return form;
  }
  if (init.body === undefined) return undefined;
  headers.set('Content-Type', 'application/json');
  return JSON.stringify(init.body);
}

/**
 * The transport of `HttpCommsAdapter`: a small typed layer over `fetch`. The types tie each call's
 * path, parameters, body and result to the generated contract; at run time it builds the URL,
 * applies headers, time limit and abort, retries safe requests and maps every failure to the
 * typed errors of `errors.ts`.
 */
export function createRequest(options: HttpCommsAdapterOptions): ContractRequest {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const {
    timeoutMs = 15000,
    retries = 2,
    retryDelayMs = 500,
    maxRetryDelayMs = 10000,
    credentials,
  } = options;

  /** One attempt: the answer and its whole body, or the abort reason, `TimeoutError` or `NetworkError`. */
  async function exchange(method: string, url: string, init: LooseInit, limit: number) {
    const { signal } = init;
    signal?.throwIfAborted();
    const headers = new Headers(await options.headers?.());
    signal?.throwIfAborted();
    headers.set('Accept', 'application/json');
    for (const [name, value] of Object.entries(init.header ?? {})) if (value != null) headers.set(name, value);
    const body = requestBody(init, headers);

    const controller = new AbortController();
    const forwardAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', forwardAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    try {
      const response = await (options.fetch ?? fetch)(url, {
        method,
        headers,
        body,
        credentials,
        signal: controller.signal,
      });
      // Read the body under the same time limit and signal: a stalled body is a timeout too.
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new TimeoutError(limit, { cause: error });
      throw new NetworkError(undefined, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return (async (method: HttpMethod, path: string, init: LooseInit) => {
    const url =
      base +
      path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(init.path![name]!)) +
      queryString(init.query);
    const tries = method === 'get' ? (init.retries ?? retries) : 0;
    for (let attempt = 0; ; attempt++) {
      let failure: CommsError;
      let waitSeconds: number | undefined;
      try {
        const { response, text } = await exchange(method.toUpperCase(), url, init, init.timeoutMs ?? timeoutMs);
        if (response.ok) {
          if (response.status === 204) return undefined;
          try {
            return JSON.parse(text);
          } catch (error) {
            throw new ServerError('The answer was not JSON.', { status: response.status, cause: error });
          }
        }
        failure = errorFromResponse(response, text);
        waitSeconds = retryAfterSeconds(response, failure.problem);
      } catch (error) {
        if (!(error instanceof NetworkError || error instanceof TimeoutError)) throw error;
        failure = error;
      }
      if (failure instanceof UnauthorizedError) {
        try {
          options.onUnauthorized?.(failure);
        } catch (error) {
          reportLater(error);
        }
      }
      const wait = waitSeconds === undefined ? backoff(attempt, retryDelayMs, maxRetryDelayMs) : waitSeconds * 1000;
      if (attempt >= tries || !failure.retryable || wait > maxRetryDelayMs) throw failure;
      await sleep(wait, init.signal);
    }
  }) as ContractRequest;
}
