// Shared set-up of the HttpCommsAdapter browser tests. Each test writes its own msw handlers.
import { HttpResponse, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';

/** Starts an msw worker for the test file; handlers are reset after every test. */
export function useMockWorker() {
  const worker = setupWorker();
  before(() =>
    worker.start({
      quiet: true,
      // Only API calls must be handled; the test page's own files pass through.
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.includes('/api/')) print.error();
      },
    }),
  );
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
  return worker;
}

/** An `application/problem+json` answer of the contract's `Problem` shape. */
export function problem(status: number, code: string, extra: Record<string, JsonBodyType> = {}, headers: HeadersInit = {}) {
  return HttpResponse.json(
    { status, code, title: `Problem ${code}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...Object.fromEntries(new Headers(headers)) } },
  );
}

/** The rejection of a promise (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to reject, but it resolved.');
}

/** Resolves after `ms`. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds since the page loaded, for gaps between requests. */
export const now = () => performance.now();
