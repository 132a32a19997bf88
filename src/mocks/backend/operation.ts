import type { ViewerContext } from './auth.js';
import type { MockBackend } from './mock-backend.js';

/** An answer before it becomes HTTP: status, JSON body (absent for 204) and headers. */
export interface MockReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as operations read it. */
export interface MockRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  /** Parsed JSON, or `FormData` for multipart uploads, or undefined. */
  body: unknown;
  /** Aborts when the client gives up; long polls stop waiting. */
  signal: AbortSignal;
}

export interface OperationRequest extends MockRequest {
  /** The signed-in viewer; null only on the contract's public operations. */
  viewer: ViewerContext | null;
}

/** A request to an operation that requires signing in. */
export interface SignedInRequest extends OperationRequest {
  viewer: ViewerContext;
}

/** One operation of the HTTP contract. */
export interface Operation {
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** The contract's path template, e.g. `/conversations/{conversationId}`. */
  path: string;
  /** Callable without signing in (the contract's `security: [{}]`). */
  public?: boolean;
  /** A public operation that treats a bad token as no token, because answering anonymously harms nothing. */
  anonymousOnBadToken?: boolean;
  /** Takes an `Idempotency-Key`; a repeated key returns the first reply. */
  idempotent?: boolean;
  /** Status of a replayed reply, when it differs from the first (a repeated send answers 200). */
  replayStatus?: number;
  run(backend: MockBackend, request: OperationRequest): MockReply | Promise<MockReply>;
}

/** Declares an operation whose requests always carry a viewer. */
export function signedIn(
  op: Omit<Operation, 'run' | 'public'> & { run(backend: MockBackend, request: SignedInRequest): MockReply | Promise<MockReply> },
): Operation {
  return op as Operation;
}

export const json = (body: unknown, status = 200, headers?: Record<string, string>): MockReply =>
  headers ? { status, body, headers } : { status, body };
