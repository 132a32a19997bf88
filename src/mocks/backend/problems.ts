import type { FieldError, Problem } from '../../domain/types.js';

const TITLES: Record<number, string> = {
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Changed by someone else',
  422: 'Some values were refused',
  429: 'Too many requests',
  500: 'The server failed',
  503: 'Service unavailable',
};

/** An answer in the contract's problem shape; operations throw it, the HTTP layer renders it. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(status: number, code: string, extras: Omit<Partial<Problem>, 'status' | 'code'> = {}) {
    const title = extras.title ?? TITLES[status] ?? 'Error';
    super(`${status} ${code}: ${extras.detail ?? title}`);
    this.name = 'ProblemError';
    this.problem = { type: `urn:school-comms:problem:${code}`, status, code, title, ...extras };
  }

  get status(): number {
    return this.problem.status;
  }
}

export const unauthorized = (detail = 'Sign in to continue.') => new ProblemError(401, 'unauthorized', { detail });

export const forbidden = (code = 'forbidden', detail?: string) => new ProblemError(403, code, detail ? { detail } : {});

export const notFound = (what: string) => new ProblemError(404, 'notFound', { detail: `No ${what} visible to you.` });

/** 409 carrying the resource as it is now. */
export const conflict = (current: object, code = 'conflict', detail?: string) =>
  new ProblemError(409, code, { current: current as Record<string, unknown>, ...(detail ? { detail } : {}) });

/** 422 with the fields that broke a rule; `code` names the rule when one rule explains it all. */
export function invalid(fields: FieldError[], code = 'validation', detail?: string): ProblemError {
  return new ProblemError(422, code, { fields, ...(detail ? { detail } : {}) });
}

export const field = (path: string, code: string, message?: string): FieldError =>
  message ? { field: path, code, message } : { field: path, code };

/** The contract's specific problem codes for rule codes of field errors. */
const SPECIFIC_CODES: Record<string, string> = { textNotAllowed: 'textNotAllowed', notEnabled: 'reasonNotEnabled' };

/** The problem code of a 422: a specific one when one rule explains every refusal, else `validation`. */
export function problemCodeFor(errors: readonly FieldError[]): string {
  const codes = new Set(errors.map((e) => SPECIFIC_CODES[e.code] ?? 'validation'));
  return codes.size === 1 ? [...codes][0]! : 'validation';
}
