import type { FieldError, Problem } from '../domain/types.js';

/**
 * What went wrong, in the terms an element needs to choose its words and its next step.
 * Every adapter rejects with a `CommsError` of one of these kinds (or with the abort reason
 * when the caller aborted).
 */
export type CommsErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'validation'
  | 'rateLimited'
  | 'server';

interface CommsErrorInit {
  status?: number;
  code?: string;
  problem?: Problem;
  cause?: unknown;
}

/** Base class of every error an adapter reports. Check `kind` rather than `instanceof` across bundles. */
export class CommsError extends Error {
  /** HTTP status, when the error came from an HTTP answer. */
  readonly status: number | undefined;
  /** The backend's machine-readable code (`conversationStopped`, `staffCannotOptOut`, …). */
  readonly code: string;
  /** The backend's problem body, when it sent one. */
  readonly problem: Problem | undefined;

  constructor(
    readonly kind: CommsErrorKind,
    message: string,
    init: CommsErrorInit = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CommsError';
    this.status = init.status;
    this.code = init.code ?? init.problem?.code ?? kind;
    this.problem = init.problem;
  }

  /** Whether trying the same request again later may succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'rateLimited';
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends CommsError {
  constructor(message = 'The server could not be reached.', init: CommsErrorInit = {}) {
    super('network', message, init);
    this.name = 'NetworkError';
  }
}

/** No answer arrived within the adapter's time limit. */
export class TimeoutError extends CommsError {
  constructor(readonly timeoutMs: number, init: CommsErrorInit = {}) {
    super('timeout', `No answer within ${timeoutMs} ms.`, init);
    this.name = 'TimeoutError';
  }
}

/** Not signed in, or the session expired (401). */
export class UnauthorizedError extends CommsError {
  constructor(message = 'Not signed in.', init: CommsErrorInit = {}) {
    super('unauthorized', message, { status: 401, ...init });
    this.name = 'UnauthorizedError';
  }
}

/** Signed in but not allowed (403). `code` says which rule refused it. */
export class ForbiddenError extends CommsError {
  constructor(message = 'Not allowed.', init: CommsErrorInit = {}) {
    super('forbidden', message, { status: 403, ...init });
    this.name = 'ForbiddenError';
  }
}

/** No such resource, or not visible to the viewer (404). */
export class NotFoundError extends CommsError {
  constructor(message = 'Not found.', init: CommsErrorInit = {}) {
    super('notFound', message, { status: 404, ...init });
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the resource first (409). `current` is the resource as it is now. */
export class ConflictError<T = unknown> extends CommsError {
  constructor(
    readonly current: T | undefined,
    message = 'Changed by someone else.',
    init: CommsErrorInit = {},
  ) {
    super('conflict', message, { status: 409, ...init });
    this.name = 'ConflictError';
  }
}

/** The request broke a rule (422). `fields` says which field and which rule. */
export class ValidationError extends CommsError {
  constructor(
    readonly fields: FieldError[],
    message = 'Some values were refused.',
    init: CommsErrorInit = {},
  ) {
    super('validation', message, { status: 422, ...init });
    this.name = 'ValidationError';
  }

  /** The errors of one field path, e.g. `methods.added.0.value`. */
  forField(field: string): FieldError[] {
    return this.fields.filter((f) => f.field === field);
  }
}

/** Too many requests (429). Wait `retryAfterSeconds` before trying again. */
export class RateLimitedError extends CommsError {
  constructor(
    readonly retryAfterSeconds: number | undefined,
    message = 'Too many requests.',
    init: CommsErrorInit = {},
  ) {
    super('rateLimited', message, { status: 429, ...init });
    this.name = 'RateLimitedError';
  }
}

/** The server failed (5xx). */
export class ServerError extends CommsError {
  constructor(message = 'The server failed.', init: CommsErrorInit = {}) {
    super('server', message, { status: 500, ...init });
    this.name = 'ServerError';
  }
}

/** Whether a value is a `CommsError`, even one made by another copy of the kit. */
export function isCommsError(value: unknown): value is CommsError {
  return value instanceof CommsError || (value instanceof Error && typeof (value as CommsError).kind === 'string' && 'retryable' in value);
}

/** Whether a value is the rejection of an aborted request. */
export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}
