import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  ForbiddenError,
  HttpCommsAdapter,
  NetworkError,
  NotFoundError,
  ServerError,
  UnauthorizedError,
  type InboxChanges,
} from '../../src/api/index.js';
import type { ConversationEvent } from '../../src/domain/types.js';
import { now, pause, problem, useMockWorker } from './http-adapter.fixtures.js';

const worker = useMockWorker();
/** Upper bounds only: a slow machine waits longer, a fast one does not. */
const patient = { timeout: 4000, interval: 5 };

/** A stand-in event; the adapter passes events through untouched. */
const event = (id: string) => ({ type: 'messageCreated', message: { id } }) as unknown as ConversationEvent;

interface Poll {
  after: string | null;
  waitSeconds: string | null;
  at: number;
}

/**
 * Serves GET /api/conversations/c1/events from a script: the n-th poll gets `answers[n]`, and
 * polls past the script are held open (like a server with nothing new) until aborted.
 */
function scriptConversationEvents(answers: (() => Response | Promise<Response>)[]) {
  const polls: Poll[] = [];
  worker.use(http.get('/api/conversations/c1/events', async ({ request }) => {
    const url = new URL(request.url);
    polls.push({ after: url.searchParams.get('after'), waitSeconds: url.searchParams.get('waitSeconds'), at: now() });
    const answer = answers[polls.length - 1];
    if (answer) return answer();
    await delay('infinite');
    return HttpResponse.json({});
  }));
  return polls;
}

const batch = (events: ConversationEvent[], cursor: string) => () => HttpResponse.json({ events, cursor });

function collect<T>() {
  const batches: T[] = [];
  const errors: [unknown, boolean][] = [];
  return { batches, errors, handlers: { next: (b: T) => batches.push(b), error: (e: unknown, r: boolean) => errors.push([e, r]) } };
}

describe('HttpCommsAdapter.subscribeToConversation', () => {
  it('delivers batches in order, each once, following the cursor and skipping empty ones', async () => {
    const polls = scriptConversationEvents([
      batch([event('m1')], 'k1'),
      batch([], 'k2'),
      batch([event('m2'), event('m3')], 'k3'),
    ]);
    const { batches, errors, handlers } = collect<ConversationEvent[]>();
    const stop = new HttpCommsAdapter({ waitSeconds: 20, retryDelayMs: 1 }).subscribeToConversation('c1', 'k0', handlers);
    await waitUntil(() => polls.length === 4, 'fourth poll not sent', patient);
    stop();
    expect(polls.map((p) => p.after)).to.deep.equal(['k0', 'k1', 'k2', 'k3']);
    expect(polls.every((p) => p.waitSeconds === '20')).to.equal(true);
    expect(batches).to.deep.equal([[event('m1')], [event('m2'), event('m3')]]);
    expect(errors).to.deep.equal([]);
  });

  it('keeps a poll open beyond timeoutMs, by waitSeconds', async () => {
    const polls = scriptConversationEvents([
      async () => {
        await delay(250);
        return HttpResponse.json({ events: [event('m1')], cursor: 'k1' });
      },
    ]);
    const { batches, errors, handlers } = collect<ConversationEvent[]>();
    const stop = new HttpCommsAdapter({ timeoutMs: 50, waitSeconds: 1 }).subscribeToConversation('c1', 'k0', handlers);
    await waitUntil(() => polls.length === 2, 'second poll not sent', patient);
    stop();
    expect(errors).to.deep.equal([]);
    expect(batches).to.deep.equal([[event('m1')]]);
  });

  it('reports transient failures with willRetry and backs off more each time', async () => {
    const polls = scriptConversationEvents([
      () => problem(500, 'server'),
      () => HttpResponse.error(),
      () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }),
      batch([event('m1')], 'k1'),
    ]);
    const { batches, errors, handlers } = collect<ConversationEvent[]>();
    const stop = new HttpCommsAdapter({ retryDelayMs: 40, maxRetryDelayMs: 1000 }).subscribeToConversation('c1', 'k0', handlers);
    await waitUntil(() => polls.length === 5, 'fifth poll not sent', patient);
    stop();
    expect(errors.map(([e, retry]) => [(e as Error).constructor, retry])).to.deep.equal([
      [ServerError, true],
      [NetworkError, true],
      [ServerError, true],
    ]);
    // Backoff 40·2ⁿ, shortened by jitter to no less than half.
    expect(polls[1]!.at - polls[0]!.at).to.be.at.least(18);
    expect(polls[2]!.at - polls[1]!.at).to.be.at.least(38);
    expect(polls[3]!.at - polls[2]!.at).to.be.at.least(78);
    expect(polls.map((p) => p.after)).to.deep.equal(['k0', 'k0', 'k0', 'k0', 'k1']);
    expect(batches).to.deep.equal([[event('m1')]]);
  });

  for (const [status, kind] of [
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
  ] as const) {
    it(`stops for good on ${status}`, async () => {
      const polls = scriptConversationEvents([() => problem(status, 'refused'), batch([event('m1')], 'k1')]);
      const { batches, errors, handlers } = collect<ConversationEvent[]>();
      const unauthorized: unknown[] = [];
      const stop = new HttpCommsAdapter({ retryDelayMs: 1, onUnauthorized: (e) => unauthorized.push(e) })
        .subscribeToConversation('c1', 'k0', handlers);
      await waitUntil(() => errors.length === 1, 'error not reported', patient);
      await pause(60);
      stop();
      expect(errors[0]![0]).to.be.instanceOf(kind);
      expect(errors[0]![1]).to.equal(false);
      expect(polls.length).to.equal(1);
      expect(batches).to.deep.equal([]);
      expect(unauthorized.length).to.equal(status === 401 ? 1 : 0);
    });
  }

  it('aborts the poll in flight when unsubscribed, and neither polls nor delivers again', async () => {
    const signals: AbortSignal[] = [];
    const spy: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    const polls = scriptConversationEvents([
      async () => {
        await delay(400);
        return HttpResponse.json({ events: [event('late')], cursor: 'k1' });
      },
    ]);
    const { batches, errors, handlers } = collect<ConversationEvent[]>();
    const stop = new HttpCommsAdapter({ fetch: spy }).subscribeToConversation('c1', 'k0', handlers);
    await waitUntil(() => polls.length === 1, 'first poll not sent', patient);
    stop();
    stop();
    expect(signals.length).to.equal(1);
    expect(signals[0]!.aborted).to.equal(true);
    await pause(500);
    expect(polls.length).to.equal(1);
    expect(batches).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('pauses after an empty answer that came back at once, so a server that does not hold polls is not hammered', async () => {
    let polls = 0;
    worker.use(http.get('/api/conversations/c1/events', () => {
      polls++;
      return HttpResponse.json({ events: [], cursor: `k${polls}` });
    }));
    const { batches, handlers } = collect<ConversationEvent[]>();
    const stop = new HttpCommsAdapter({ waitSeconds: 25, retryDelayMs: 100 }).subscribeToConversation('c1', 'k0', handlers);
    await waitUntil(() => polls === 2, 'second poll not sent', patient);
    await pause(300);
    stop();
    // At most one poll per 100 ms pause (a spinning loop would send dozens), and polling goes on.
    expect(polls).to.be.within(3, 6);
    expect(batches).to.deep.equal([]);
  });

  it('sends no request once unsubscribed during a backoff', async () => {
    const polls = scriptConversationEvents([() => problem(503, 'server'), batch([event('m1')], 'k1')]);
    const { batches, errors, handlers } = collect<ConversationEvent[]>();
    // The backoff lasts 150–300 ms; unsubscribe 20 ms into it.
    let stop = () => {};
    stop = new HttpCommsAdapter({ retryDelayMs: 300 }).subscribeToConversation('c1', 'k0', {
      ...handlers,
      error: (e, retry) => {
        handlers.error(e, retry);
        setTimeout(stop, 20);
      },
    });
    await waitUntil(() => errors.length === 1, 'error not reported', patient);
    await pause(400);
    expect(polls.length).to.equal(1);
    expect(batches).to.deep.equal([]);
  });
});

describe('HttpCommsAdapter.subscribeToInbox', () => {
  const unread = (conversations: number, messages: number) => ({ conversations, messages });
  const summary = (id: string) => ({ id, title: id });

  it('starts from the present: a first poll without after and with waitSeconds=0, not delivered', async () => {
    const polls: Poll[] = [];
    const answers = [
      { conversations: [summary('old')], unread: unread(1, 2), cursor: 'i1' },
      { conversations: [], unread: unread(1, 2), cursor: 'i2' },
      { conversations: [summary('c7')], unread: unread(2, 3), cursor: 'i3' },
      { conversations: [], unread: unread(1, 1), cursor: 'i4' },
    ];
    worker.use(http.get('/api/conversations/events', async ({ request }) => {
      const url = new URL(request.url);
      polls.push({ after: url.searchParams.get('after'), waitSeconds: url.searchParams.get('waitSeconds'), at: now() });
      const answer = answers[polls.length - 1];
      if (answer) return HttpResponse.json(answer);
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const { batches, errors, handlers } = collect<InboxChanges>();
    const stop = new HttpCommsAdapter({ waitSeconds: 25, retryDelayMs: 1 }).subscribeToInbox(handlers);
    await waitUntil(() => polls.length === 5, 'fifth poll not sent', patient);
    stop();
    expect(polls.map((p) => [p.after, p.waitSeconds])).to.deep.equal([
      [null, '0'],
      ['i1', '25'],
      ['i2', '25'],
      ['i3', '25'],
      ['i4', '25'],
    ]);
    // The baseline and the unchanged empty batch are skipped; a change of unread counts alone is delivered.
    expect(batches).to.deep.equal([
      { conversations: [summary('c7')], unread: unread(2, 3) },
      { conversations: [], unread: unread(1, 1) },
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('retries the baseline poll after a transient failure', async () => {
    const polls: (string | null)[] = [];
    worker.use(http.get('/api/conversations/events', async ({ request }) => {
      polls.push(new URL(request.url).searchParams.get('after'));
      if (polls.length === 1) return problem(503, 'server');
      if (polls.length === 2) return HttpResponse.json({ conversations: [], unread: unread(0, 0), cursor: 'i1' });
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const { errors, handlers } = collect<InboxChanges>();
    const stop = new HttpCommsAdapter({ retryDelayMs: 5 }).subscribeToInbox(handlers);
    await waitUntil(() => polls.length === 3, 'third poll not sent', patient);
    stop();
    expect(polls).to.deep.equal([null, null, 'i1']);
    expect(errors.map(([e, retry]) => [(e as Error).constructor, retry])).to.deep.equal([[ServerError, true]]);
  });
});
