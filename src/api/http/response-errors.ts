import type { Problem } from '../../domain/types.js';
import {
  type CommsError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from '../errors.js';

/**
 * The problem body of an error answer, or `undefined` when the body is something else: an HTML
 * page from a proxy, plain text, nothing at all, or JSON that is not a problem.
 */
export function parseProblem(text: string): Problem | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && typeof (body as Problem).code === 'string') return body as Problem;
  } catch {
    // Not JSON: the status alone decides the error.
  }
  return undefined;
}

/**
 * Seconds the server asked us to wait: the `Retry-After` header (seconds or an HTTP date), else
 * the problem's `retryAfter`. A cross-origin server must list `Retry-After` in
 * `Access-Control-Expose-Headers` for the header to be readable, hence the body fallback.
 */
export function retryAfterSeconds(response: Response, problem: Problem | undefined): number | undefined {
  const header = response.headers.get('Retry-After')?.trim();
  if (header) {
    if (/^\d+$/.test(header)) return Number(header);
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - Date.now()) / 1000));
  }
  return problem?.retryAfter;
}

/**
 * The typed error for a non-2xx answer. The status decides the kind, so a body that is not a
 * problem still gives the right kind; a problem adds its `code`, `fields`, `current` and words.
 * Statuses the contract never uses map to their nearest kind (400, 413 and 415 are refused
 * input; 410 is gone); anything else unexpected counts as a server failure.
 */
export function errorFromResponse(response: Response, text: string): CommsError {
  const { status } = response;
  const problem = parseProblem(text);
  const message = problem?.detail ?? problem?.title;
  const init = { status, problem };
  switch (status) {
    case 401:
      return new UnauthorizedError(message, init);
    case 403:
      return new ForbiddenError(message, init);
    case 404:
    case 410:
      return new NotFoundError(message, init);
    case 409:
      return new ConflictError(problem?.current, message, init);
    case 400:
    case 413:
    case 415:
    case 422:
      return new ValidationError(problem?.fields ?? [], message, init);
    case 429:
      return new RateLimitedError(retryAfterSeconds(response, problem), message, init);
    default:
      return new ServerError(message ?? `The server answered ${status}.`, init);
  }
}
