import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { HttpCommsAdapter, NetworkError, RateLimitedError, ServerError, TimeoutError, ValidationError } from '../../src/api/index.js';
import { now, pause, problem, rejectionOf, useMockWorker } from './http-adapter.fixtures.js';

const worker = useMockWorker();
const viewer = { id: 'p1', role: 'guardian', displayName: 'Ana', permissions: [], language: 'en' };

/** A GET /api/viewer handler that fails with `failures` answers, then succeeds; records request times. */
function flakyViewer(failures: (() => Response | Promise<Response>)[]) {
  const times: number[] = [];
  worker.use(http.get('/api/viewer', () => {
    times.push(now());
    const failure = failures[times.length - 1];
    return failure ? failure() : HttpResponse.json(viewer);
  }));
  return times;
}

describe('HttpCommsAdapter retries', () => {
  it('retries a GET after 5xx answers and resolves with the later success', async () => {
    const times = flakyViewer([() => problem(503, 'server'), () => new HttpResponse('<h1>502</h1>', { status: 502 })]);
    const result = await new HttpCommsAdapter({ retries: 2, retryDelayMs: 1 }).getViewer();
    expect(result).to.deep.equal(viewer);
    expect(times.length).to.equal(3);
  });

  it('retries a GET after a network error and after a timeout', async () => {
    const times = flakyViewer([
      () => HttpResponse.error(),
      async () => {
        await delay(3000);
        return HttpResponse.json(viewer);
      },
    ]);
    const result = await new HttpCommsAdapter({ retries: 2, retryDelayMs: 1, timeoutMs: 300 }).getViewer();
    expect(result).to.deep.equal(viewer);
    expect(times.length).to.equal(3);
  });

  it('gives up after `retries` retries with the last error', async () => {
    const times = flakyViewer(Array.from({ length: 10 }, () => () => problem(500, 'server')));
    const error = await rejectionOf(new HttpCommsAdapter({ retries: 3, retryDelayMs: 1 }).getViewer());
    expect(error).to.be.instanceOf(ServerError);
    expect(times.length).to.equal(4);
  });

  it('tries a GET three times in all by default', async () => {
    const times = flakyViewer(Array.from({ length: 10 }, () => () => HttpResponse.error()));
    const error = await rejectionOf(new HttpCommsAdapter({ retryDelayMs: 1 }).getViewer());
    expect(error).to.be.instanceOf(NetworkError);
    expect(times.length).to.equal(3);
  });

  it('does not retry when retries is 0', async () => {
    const times = flakyViewer([() => problem(500, 'server')]);
    await rejectionOf(new HttpCommsAdapter({ retries: 0 }).getViewer());
    expect(times.length).to.equal(1);
  });

  it('does not retry a refusal (4xx other than 429)', async () => {
    const times = flakyViewer([() => problem(422, 'validation')]);
    const error = await rejectionOf(new HttpCommsAdapter({ retries: 2, retryDelayMs: 1 }).getViewer());
    expect(error).to.be.instanceOf(ValidationError);
    expect(times.length).to.equal(1);
  });

  it('backs off, doubling the delay between retries', async () => {
    const times = flakyViewer([() => problem(500, 'server'), () => problem(500, 'server')]);
    await new HttpCommsAdapter({ retries: 2, retryDelayMs: 60 }).getViewer();
    // Jitter shortens a delay by at most half: 60·2⁰/2 and 60·2¹/2.
    expect(times[1]! - times[0]!).to.be.at.least(28);
    expect(times[2]! - times[1]!).to.be.at.least(58);
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    const times = flakyViewer([() => problem(429, 'rateLimited', {}, { 'Retry-After': '1' })]);
    const result = await new HttpCommsAdapter({ retries: 1, retryDelayMs: 1 }).getViewer();
    expect(result).to.deep.equal(viewer);
    expect(times[1]! - times[0]!).to.be.at.least(950);
  });

  it('does not retry when Retry-After asks for longer than maxRetryDelayMs', async () => {
    const times = flakyViewer([() => problem(429, 'rateLimited', { retryAfter: 60 })]);
    const started = now();
    const error = await rejectionOf(new HttpCommsAdapter({ retries: 2, maxRetryDelayMs: 5000 }).getViewer());
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(60);
    expect(times.length).to.equal(1);
    expect(now() - started).to.be.below(1000);
  });

  describe('POST and PATCH are never retried', () => {
    const failures = [
      ['a 500', () => problem(500, 'server')],
      ['a 429', () => problem(429, 'rateLimited', {}, { 'Retry-After': '0' })],
      ['a network error', () => HttpResponse.error()],
    ] as const;
    for (const [name, failure] of failures) {
      it(`sends a message once after ${name}`, async () => {
        let requests = 0;
        worker.use(http.post('/api/conversations/c1/messages', () => {
          requests++;
          return failure();
        }));
        const adapter = new HttpCommsAdapter({ retries: 3, retryDelayMs: 1 });
        await rejectionOf(adapter.sendMessage('c1', { body: 'Hi' }, { idempotencyKey: 'key-0000001' }));
        await pause(30);
        expect(requests).to.equal(1);
      });

      it(`saves preferences once after ${name}`, async () => {
        let requests = 0;
        worker.use(http.patch('/api/people/p1/contact-preferences', () => {
          requests++;
          return failure();
        }));
        const adapter = new HttpCommsAdapter({ retries: 3, retryDelayMs: 1 });
        await rejectionOf(adapter.updateContactPreferences('p1', { language: 'es' }, { version: 'v1' }));
        await pause(30);
        expect(requests).to.equal(1);
      });
    }

    it('does not retry a POST after a timeout', async () => {
      worker.use(http.post('/api/batch/previews', async () => {
        await delay(2000);
        return HttpResponse.json({});
      }));
      // Counted at fetch: a timed-out attempt may end before the mock server even sees it.
      let attempts = 0;
      const counting: typeof fetch = (input, init) => {
        attempts++;
        return fetch(input, init);
      };
      const adapter = new HttpCommsAdapter({ fetch: counting, retries: 3, retryDelayMs: 1, timeoutMs: 50 });
      const error = await rejectionOf(
        adapter.previewBatch({ mode: 'students', cells: [{ methodType: 'email', reason: 'general', setting: 'on' }] }),
      );
      expect(error).to.be.instanceOf(TimeoutError);
      await pause(50);
      expect(attempts).to.equal(1);
    });
  });
});
