import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  CommsError,
  ConflictError,
  ForbiddenError,
  HttpCommsAdapter,
  isAbortError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '../../src/api/index.js';
import { now, pause, problem, rejectionOf, useMockWorker } from './http-adapter.fixtures.js';

const worker = useMockWorker();
const key = { idempotencyKey: 'key-0000001' };
const htmlPage = (status: number) =>
  new HttpResponse('<!doctype html><title>Bad gateway</title><h1>Oops</h1>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

describe('HttpCommsAdapter errors', () => {
  const adapter = new HttpCommsAdapter({ retries: 0 });

  it('maps 401 to UnauthorizedError and tells the host through onUnauthorized', async () => {
    worker.use(http.get('/api/viewer', () => problem(401, 'unauthorized')));
    const seen: unknown[] = [];
    const error = await rejectionOf(new HttpCommsAdapter({ onUnauthorized: (e) => seen.push(e) }).getViewer());
    expect(error).to.be.instanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).status).to.equal(401);
    expect(seen).to.deep.equal([error]);
  });

  it('keeps the code of a 403: conversationStopped on a send', async () => {
    worker.use(http.post('/api/conversations/c1/messages', () => problem(403, 'conversationStopped')));
    const error = await rejectionOf(adapter.sendMessage('c1', { body: 'Hello' }, key));
    expect(error).to.be.instanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).to.equal('conversationStopped');
    expect((error as ForbiddenError).problem?.title).to.equal('Problem conversationStopped');
  });

  it('keeps the code of a 403: staffCannotOptOut on a consent record', async () => {
    worker.use(http.post('/api/sms-consent', () => problem(403, 'staffCannotOptOut')));
    const error = await rejectionOf(
      adapter.recordSmsConsent({ phone: '+15550101234', numberType: 'cell', consent: 'optOut' }, key),
    );
    expect(error).to.be.instanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).to.equal('staffCannotOptOut');
  });

  it('maps 404 to NotFoundError', async () => {
    worker.use(http.get('/api/batch/jobs/j9', () => problem(404, 'notFound')));
    const error = await rejectionOf(adapter.getBatchJob('j9'));
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).status).to.equal(404);
  });

  it('maps 409 to ConflictError carrying the current resource', async () => {
    const current = { personId: 'p1', version: 'v8', language: 'es' };
    worker.use(http.patch('/api/people/p1/contact-preferences', () => problem(409, 'conflict', { current })));
    const error = await rejectionOf(adapter.updateContactPreferences('p1', { language: 'en' }, { version: 'v7' }));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).current).to.deep.equal(current);
  });

  it('maps 422 to ValidationError with its fields', async () => {
    const fields = [{ field: 'participantIds', code: 'participantLimit', message: 'Too many' }];
    worker.use(http.post('/api/conversations', () => problem(422, 'participantLimit', { fields })));
    const error = await rejectionOf(adapter.createConversation({ participantIds: ['a'], firstMessage: { body: 'x' } }, key));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).code).to.equal('participantLimit');
    expect((error as ValidationError).forField('participantIds')).to.deep.equal(fields);
  });

  it('maps 429 to RateLimitedError with Retry-After from the header', async () => {
    worker.use(http.post('/api/sms-consent', () => problem(429, 'rateLimited', {}, { 'Retry-After': '30' })));
    const error = await rejectionOf(adapter.recordSmsConsent({ phone: '+15550101234', numberType: 'home', consent: null }, key));
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(30);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    worker.use(http.get('/api/viewer', () => problem(429, 'rateLimited', {}, { 'Retry-After': at })));
    const error = (await rejectionOf(adapter.getViewer())) as RateLimitedError;
    expect(error.retryAfterSeconds).to.be.within(118, 120);
  });

  it('takes Retry-After from the problem body when the header is missing', async () => {
    worker.use(http.get('/api/viewer', () => problem(429, 'rateLimited', { retryAfter: 12 })));
    const error = (await rejectionOf(adapter.getViewer())) as RateLimitedError;
    expect(error).to.be.instanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).to.equal(12);
  });

  for (const status of [500, 502, 503]) {
    it(`maps ${status} to ServerError keeping the status`, async () => {
      worker.use(http.get('/api/viewer', () => problem(status, 'server')));
      const error = await rejectionOf(adapter.getViewer());
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ServerError).status).to.equal(status);
    });
  }

  describe('answers that are not problem JSON', () => {
    const cases: [string, number, () => Response, new (...args: never[]) => CommsError][] = [
      ['an HTML 502 page', 502, () => htmlPage(502), ServerError],
      ['an HTML 403 page', 403, () => htmlPage(403), ForbiddenError],
      ['an empty 404', 404, () => new HttpResponse(null, { status: 404 }), NotFoundError],
      ['an empty 401', 401, () => new HttpResponse(null, { status: 401 }), UnauthorizedError],
      ['a plain-text 422', 422, () => new HttpResponse('bad', { status: 422 }), ValidationError],
      ['JSON that is not a problem, 409', 409, () => HttpResponse.json({ error: 'x' }, { status: 409 }), ConflictError],
      ['a truncated JSON 500', 500, () => new HttpResponse('{"status":50', { status: 500 }), ServerError],
    ];
    for (const [name, status, answer, kind] of cases) {
      it(`gives the right kind for ${name}`, async () => {
        worker.use(http.get('/api/viewer', answer));
        const error = (await rejectionOf(adapter.getViewer())) as CommsError;
        expect(error).to.be.instanceOf(kind);
        expect(error.status).to.equal(status);
        expect(error.problem).to.equal(undefined);
        expect(error.code).to.equal(error.kind);
      });
    }

    it('gives an empty field list for a 422 without a body', async () => {
      worker.use(http.get('/api/viewer', () => new HttpResponse(null, { status: 422 })));
      const error = (await rejectionOf(adapter.getViewer())) as ValidationError;
      expect(error.fields).to.deep.equal([]);
    });

    it('gives a ConflictError without current for a bare 409', async () => {
      worker.use(http.get('/api/viewer', () => new HttpResponse(null, { status: 409 })));
      const error = (await rejectionOf(adapter.getViewer())) as ConflictError;
      expect(error).to.be.instanceOf(ConflictError);
      expect(error.current).to.equal(undefined);
    });

    it('treats an HTML page answered with 200 as a server failure', async () => {
      worker.use(http.get('/api/viewer', () => htmlPage(200)));
      const error = await rejectionOf(adapter.getViewer());
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ServerError).status).to.equal(200);
    });
  });

  it('maps a failed fetch (offline, DNS, CORS) to NetworkError', async () => {
    worker.use(http.get('/api/viewer', () => HttpResponse.error()));
    const error = await rejectionOf(adapter.getViewer());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).cause).to.be.instanceOf(TypeError);
  });

  it('rejects with TimeoutError when no answer comes in time', async () => {
    worker.use(http.get('/api/viewer', async () => {
      await delay(2000);
      return HttpResponse.json({});
    }));
    const started = now();
    const error = await rejectionOf(new HttpCommsAdapter({ timeoutMs: 60, retries: 0 }).getViewer());
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).to.equal(60);
    expect(now() - started).to.be.below(1000);
  });

  describe('abort', () => {
    it('rejects at once with the reason when the signal is already aborted, sending nothing', async () => {
      let requests = 0;
      worker.use(http.get('/api/viewer', () => {
        requests++;
        return HttpResponse.json({});
      }));
      const reason = new Error('element removed');
      const error = await rejectionOf(adapter.getViewer({ signal: AbortSignal.abort(reason) }));
      expect(error).to.equal(reason);
      await pause(30);
      expect(requests).to.equal(0);
    });

    it('rejects with the reason when aborted during the request, and does not retry', async () => {
      let requests = 0;
      worker.use(http.get('/api/viewer', async () => {
        requests++;
        await delay(2000);
        return HttpResponse.json({});
      }));
      const controller = new AbortController();
      const call = new HttpCommsAdapter({ retries: 3, retryDelayMs: 1 }).getViewer({ signal: controller.signal });
      while (requests === 0) await pause(5);
      const started = now();
      controller.abort();
      const error = await rejectionOf(call);
      expect(isAbortError(error)).to.equal(true);
      expect(now() - started).to.be.below(500);
      await pause(50);
      expect(requests).to.equal(1);
    });

    it('rejects with the reason when aborted while waiting to retry', async () => {
      let requests = 0;
      worker.use(http.get('/api/viewer', () => {
        requests++;
        return problem(503, 'server');
      }));
      const controller = new AbortController();
      const call = new HttpCommsAdapter({ retries: 3, retryDelayMs: 400 }).getViewer({ signal: controller.signal });
      while (requests === 0) await pause(5);
      const reason = new Error('navigated away');
      controller.abort(reason);
      expect(await rejectionOf(call)).to.equal(reason);
      await pause(450);
      expect(requests).to.equal(1);
    });

    it('lets an abort win over the time limit', async () => {
      worker.use(http.get('/api/viewer', async () => {
        await delay(2000);
        return HttpResponse.json({});
      }));
      const controller = new AbortController();
      const call = new HttpCommsAdapter({ timeoutMs: 300, retries: 0 }).getViewer({ signal: controller.signal });
      await pause(20);
      controller.abort('stop');
      expect(await rejectionOf(call)).to.equal('stop');
    });
  });
});
