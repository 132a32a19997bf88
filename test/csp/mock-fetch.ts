import { getResponse, type HttpHandler } from 'msw';
import { trackRequest } from './activity.js';

/**
 * Answers the page's requests under `basePath` with the mock backend's msw handlers, in the
 * page itself: a service worker cannot be registered under Trusted Types without a policy of
 * the page's own, and the gate checks the page as a host would ship it. Other requests go to
 * the network as usual. Requests count as in flight for the gate, except long polls, which the
 * server holds open by design.
 */
export function answerApiInPage(handlers: HttpHandler[], basePath = '/api/'): void {
  const networkFetch = globalThis.fetch.bind(globalThis);
  const answer = async (request: Request, url: URL): Promise<Response> => {
    if (url.origin !== location.origin || !url.pathname.startsWith(basePath)) return networkFetch(request);
    const signal = request.signal;
    signal.throwIfAborted();
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    const response = await Promise.race([getResponse(handlers, request), aborted]);
    if (response) return response;
    console.error(`No mock handler for ${request.method} ${url.pathname}`);
    return new Response(null, { status: 404 });
  };
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.searchParams.has('waitSeconds')) return answer(request, url);
    return trackRequest(answer(request, url), `${request.method} ${url.pathname}${url.search}`);
  };
}
