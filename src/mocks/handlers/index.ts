import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Fault } from '../backend/controls.js';
import { problemReply, type MockBackend } from '../backend/mock-backend.js';
import type { MockReply, Operation } from '../backend/operation.js';
import { ProblemError } from '../backend/problems.js';

export interface HandlerOptions {
  /**
   * Where the API lives. A path (`/api`, the default) matches on any origin, so the same
   * handlers serve the browser's page origin and Node's `http://localhost`.
   */
  baseUrl?: string;
}

const FAULT_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  422: 'validation',
  429: 'rateLimited',
};

/** The problem answer of an injected failure status. */
function faultProblem(status: number): ProblemError {
  const code = FAULT_CODES[status] ?? (status >= 500 ? 'server' : 'error');
  const extras: ConstructorParameters<typeof ProblemError>[2] = { detail: 'Injected by the mock backend controls.' };
  if (status === 429 || status === 503) extras.retryAfter = 1;
  if (status === 422) extras.fields = [];
  return new ProblemError(status, code, extras);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

function toResponse(reply: MockReply, basePath = ''): Response {
  const headers = new Headers(reply.headers);
  // Operations name resources by their contract path; the client needs them under the base URL.
  const location = headers.get('Location');
  if (location?.startsWith('/')) headers.set('Location', `${basePath}${location}`);
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(reply.body), { status: reply.status, headers });
}

async function readBody(request: Request): Promise<unknown | ProblemError> {
  const type = request.headers.get('Content-Type') ?? '';
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (type.startsWith('multipart/form-data')) {
    try {
      return await request.formData();
    } catch {
      return new ProblemError(422, 'validation', { fields: [{ field: 'body', code: 'invalidMultipart' }], detail: 'The form data could not be read.' });
    }
  }
  const text = await request.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new ProblemError(422, 'validation', { fields: [{ field: 'body', code: 'invalidJson' }], detail: 'The body is not JSON.' });
  }
}

/** `/conversations/{conversationId}` → `/conversations/:conversationId` */
function mswPath(base: string, template: string): string {
  const prefix = base.startsWith('/') ? `*${base}` : base;
  return `${prefix.replace(/\/$/, '')}${template.replace(/\{(\w+)\}/g, ':$1')}`;
}

function paramCount(op: Operation): number {
  return (op.path.match(/\{/g) ?? []).length;
}

/**
 * msw request handlers for every operation of the HTTP contract, over one mock backend.
 * They run in the browser (`setupWorker`) and in Node (`setupServer`). Injected faults:
 * `'offline'` answers with a network error, `'timeout'` never answers until the request
 * is aborted, a status answers with that problem, `'answerLost'` handles the request and then
 * answers with a network error.
 */
export function createHandlers(backend: MockBackend, options: HandlerOptions = {}): HttpHandler[] {
  const base = options.baseUrl ?? '/api';
  const basePath = new URL(base, 'http://localhost').pathname.replace(/\/$/, '');
  // Fixed paths before parameterised ones: `/conversations/unread` must not read as an id.
  const operations = [...backend.operations.values()].sort((a, b) => paramCount(a) - paramCount(b));
  return operations.map((op) => {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'patch';
    return http[method](mswPath(base, op.path), async ({ request, params }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(basePath.length) || '/';
      const { delayMs, fault } = backend.controls.take({ method: op.method, path, template: op.path, operationId: op.operationId });
      if (delayMs > 0) await sleep(delayMs, request.signal);
      if (fault !== null && fault !== 'answerLost') return injectFault(fault, request.signal);
      const body = await readBody(request);
      if (body instanceof ProblemError) return toResponse(problemReply(body));
      const reply = await backend.handle(op.operationId, {
        params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
        query: url.searchParams,
        headers: request.headers,
        body,
        signal: request.signal,
      });
      if (fault === 'answerLost') return HttpResponse.error();
      return toResponse(reply, basePath);
    });
  });
}

async function injectFault(fault: Exclude<Fault, 'answerLost'>, signal: AbortSignal): Promise<Response> {
  if (fault === 'offline') return HttpResponse.error();
  if (fault === 'timeout') {
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    return HttpResponse.error();
  }
  return toResponse(problemReply(faultProblem(fault)));
}
