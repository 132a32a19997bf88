import { mockToken } from '../../../src/mocks/index.js';
import { assertConforms, operationById } from './contract.js';

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body. */
  body?: unknown;
  /** Multipart body instead of JSON. */
  form?: FormData;
  /** Person to sign in as; null or absent: no Authorization header. */
  as?: string | null;
  headers?: Record<string, string>;
  /** Default: a fresh key for operations that take one; null sends none. */
  idempotencyKey?: string | null;
  signal?: AbortSignal;
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

let keyCounter = 0;

/**
 * Calls contract operations by operationId over HTTP (intercepted by msw in Node), checks every
 * answer against the contract, and records which operations and statuses were exercised.
 */
export function contractClient(baseUrl = 'http://localhost/api') {
  const exercised = new Map<string, Set<number>>();
  async function call<T = any>(operationId: string, options: CallOptions = {}): Promise<CallResult<T>> {
    const op = operationById.get(operationId);
    if (!op) throw new Error(`No operation ${operationId} in the contract`);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    const url = new URL(baseUrl + path);
    for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers = new Headers(options.headers);
    if (options.as) headers.set('Authorization', `Bearer ${mockToken(options.as)}`);
    const takesKey = (op.spec.parameters ?? []).some((p: { $ref?: string }) => p.$ref === '#/components/parameters/IdempotencyKey');
    if (takesKey && options.idempotencyKey !== null) headers.set('Idempotency-Key', options.idempotencyKey ?? `test-key-${++keyCounter}-${Date.now()}`);
    let body: BodyInit | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }
    const response = await fetch(url, { method: op.method, headers, body, signal: options.signal });
    const text = await response.text();
    const parsed = text === '' ? undefined : JSON.parse(text);
    assertConforms(operationId, response.status, response.headers, parsed);
    let statuses = exercised.get(operationId);
    if (!statuses) exercised.set(operationId, (statuses = new Set()));
    statuses.add(response.status);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
  return { call, exercised };
}
