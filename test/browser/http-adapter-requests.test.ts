import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { type CommsAdapter, HttpCommsAdapter } from '../../src/api/index.js';
import { rejectionOf, useMockWorker } from './http-adapter.fixtures.js';

const worker = useMockWorker();
const key = (idempotencyKey: string) => ({ idempotencyKey });

/** Answers every API request with `body` (or 204 when null) and keeps a copy of each request. */
function recordRequests(body: object | null = { items: [], nextCursor: null }, status = 200) {
  const requests: Request[] = [];
  worker.use(http.all('*/api/*', ({ request }) => {
    requests.push(request.clone());
    return body === null ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body, { status });
  }));
  return requests;
}

const only = (requests: Request[]) => {
  expect(requests.length).to.equal(1);
  return requests[0]!;
};
const urlOf = (request: Request) => new URL(request.url);
const queryOf = (request: Request) => Object.fromEntries(urlOf(request).searchParams);

describe('HttpCommsAdapter requests', () => {
  const adapter = new HttpCommsAdapter();

  describe('base URL', () => {
    it('defaults to /api on the page origin', async () => {
      const requests = recordRequests({});
      await adapter.getViewer();
      expect(only(requests).url).to.equal(`${location.origin}/api/viewer`);
    });

    it('tolerates trailing slashes and accepts absolute URLs', async () => {
      const requests = recordRequests({});
      await new HttpCommsAdapter({ baseUrl: '/tenant-7/api/' }).getViewer();
      await new HttpCommsAdapter({ baseUrl: `${location.origin}/api//` }).getDistrictSettings();
      expect(requests.map((r) => r.url)).to.deep.equal([
        `${location.origin}/tenant-7/api/viewer`,
        `${location.origin}/api/district/settings`,
      ]);
    });
  });

  describe('headers and credentials', () => {
    it('asks the auth hook before every request and sends its headers', async () => {
      const requests = recordRequests({});
      let calls = 0;
      const authed = new HttpCommsAdapter({
        headers: async () => ({ Authorization: `Bearer token-${++calls}`, 'X-Portal': 'sis' }),
      });
      await authed.getViewer();
      await authed.getUnreadSummary();
      expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
      expect(requests[0]!.headers.get('X-Portal')).to.equal('sis');
    });

    it('asks the auth hook again for each retry', async () => {
      let answers = 0;
      const tokens: (string | null)[] = [];
      worker.use(http.get('/api/viewer', ({ request }) => {
        tokens.push(request.headers.get('Authorization'));
        return ++answers === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({});
      }));
      let calls = 0;
      await new HttpCommsAdapter({ retryDelayMs: 1, headers: () => ({ Authorization: `t${++calls}` }) }).getViewer();
      expect(tokens).to.deep.equal(['t1', 't2']);
    });

    it('rejects with the auth hook\'s error and sends nothing', async () => {
      const requests = recordRequests({});
      const failure = new Error('no session');
      const error = await rejectionOf(new HttpCommsAdapter({ headers: () => Promise.reject(failure) }).getViewer());
      expect(error).to.equal(failure);
      expect(requests.length).to.equal(0);
    });

    it('passes credentials to fetch and uses the injected fetch', async () => {
      recordRequests({});
      const inits: RequestInit[] = [];
      const spy: typeof fetch = (input, init) => {
        inits.push(init!);
        return fetch(input, init);
      };
      await new HttpCommsAdapter({ fetch: spy, credentials: 'include' }).getViewer();
      expect(inits.map((init) => init.credentials)).to.deep.equal(['include']);
    });

    it('sends Accept: application/json and lets it win over the hook', async () => {
      const requests = recordRequests({});
      await new HttpCommsAdapter({ headers: () => ({ Accept: 'text/html' }) }).getViewer();
      expect(only(requests).headers.get('Accept')).to.equal('application/json');
    });
  });

  describe('Idempotency-Key on every create and send', () => {
    const file = new File(['x'], 'x.txt', { type: 'text/plain' });
    const sends: [string, (a: CommsAdapter, k: string) => Promise<unknown>][] = [
      ['answerMethodConfirmation', (a, k) => a.answerMethodConfirmation('m1', 'mine', key(k))],
      ['startBatchJob', (a, k) => a.startBatchJob({ mode: 'staff', filterId: 'f1', cells: [] }, key(k))],
      ['createConversation', (a, k) => a.createConversation({ participantIds: ['p2'], firstMessage: { body: 'Hi' } }, key(k))],
      ['sendMessage', (a, k) => a.sendMessage('c1', { body: 'Hi' }, key(k))],
      ['uploadAttachment', (a, k) => a.uploadAttachment(file, key(k))],
      ['recordSmsConsent', (a, k) => a.recordSmsConsent({ phone: '+15550101234', numberType: 'cell', consent: 'optIn' }, key(k))],
      ['planDelivery', (a, k) => a.planDelivery({ reason: 'general', audienceId: 'a1' }, key(k))],
    ];
    for (const [name, send] of sends) {
      it(`${name} sends the caller's key`, async () => {
        const requests = recordRequests({}, 201);
        await send(adapter, `key-${name}`);
        expect(only(requests).method).to.equal('POST');
        expect(requests[0]!.headers.get('Idempotency-Key')).to.equal(`key-${name}`);
      });
    }
  });

  describe('If-Match from version', () => {
    it('sends the version of the preferences being saved, with the change as JSON', async () => {
      const requests = recordRequests({});
      const change = { language: 'es', preferences: [{ methodId: 'm1', reason: 'general' as const, channel: 'email' as const, enabled: false }] };
      await adapter.updateContactPreferences('p1', change, { version: 'v41' });
      const request = only(requests);
      expect(request.method).to.equal('PATCH');
      expect(urlOf(request).pathname).to.equal('/api/people/p1/contact-preferences');
      expect(request.headers.get('If-Match')).to.equal('v41');
      expect(request.headers.get('Content-Type')).to.equal('application/json');
      expect(await request.json()).to.deep.equal(change);
    });

    it('sends If-Match on a rename, and none when no version is given', async () => {
      const requests = recordRequests({});
      await adapter.updateConversation('c1', { title: 'Field trip' }, { version: 'v3' });
      await adapter.updateConversation('c1', { muted: true });
      expect(requests.map((r) => r.headers.get('If-Match'))).to.deep.equal(['v3', null]);
    });
  });

  describe('paths', () => {
    it('URL-encodes a phone number: +1… becomes %2B1…', async () => {
      const requests = recordRequests({});
      await adapter.getSmsConsent('+15550101234');
      expect(urlOf(only(requests)).pathname).to.equal('/api/sms-consent/%2B15550101234');
    });

    it('URL-encodes ids so they stay one path segment', async () => {
      const requests = recordRequests({});
      await adapter.getConversation('a/b c?');
      expect(urlOf(only(requests)).pathname).to.equal('/api/conversations/a%2Fb%20c%3F');
    });

    it("puts a method id in the method's consent path, encoded", async () => {
      const requests = recordRequests({});
      await adapter.getSmsConsentForMethod('m 1/2');
      expect(only(requests).method).to.equal('GET');
      expect(urlOf(only(requests)).pathname).to.equal('/api/contact-methods/m%201%2F2/sms-consent');
    });
  });

  describe('query parameters', () => {
    it('sends cursor and limit, and leaves out a null cursor', async () => {
      const requests = recordRequests();
      await adapter.listMessages('c1', { cursor: 'older-1', limit: 30 });
      await adapter.listMessages('c1', { cursor: null, limit: 30 });
      await adapter.listMessages('c1');
      expect(requests.map(queryOf)).to.deep.equal([{ cursor: 'older-1', limit: '30' }, { limit: '30' }, {}]);
      expect(urlOf(requests[2]!).search).to.equal('');
    });

    it('pages every paged list with cursor and limit', async () => {
      const requests = recordRequests();
      const page = { cursor: 'next-2', limit: 5 };
      await adapter.listBatchFilters('students', page);
      await adapter.listBatchJobs({ state: 'running', ...page });
      await adapter.listBatchJobErrors('j1', page);
      await adapter.listSavedAudiences(page);
      await adapter.listPlannedDeliveries('plan-1', page);
      await adapter.listSkippedRecipients('plan-1', page);
      expect(requests.map((r) => urlOf(r).pathname + urlOf(r).search)).to.deep.equal([
        '/api/batch/filters?mode=students&cursor=next-2&limit=5',
        '/api/batch/jobs?state=running&cursor=next-2&limit=5',
        '/api/batch/jobs/j1/errors?cursor=next-2&limit=5',
        '/api/audiences?cursor=next-2&limit=5',
        '/api/delivery-plans/plan-1/deliveries?cursor=next-2&limit=5',
        '/api/delivery-plans/plan-1/skipped?cursor=next-2&limit=5',
      ]);
    });

    it('sends directory roles comma-separated (form, not exploded) and the search as q', async () => {
      const requests = recordRequests();
      await adapter.searchDirectory({ search: 'ana m', roles: ['guardian', 'staff'], limit: 10 });
      const request = only(requests);
      expect(urlOf(request).search).to.equal('?q=ana%20m&role=guardian,staff&limit=10');
      expect(queryOf(request)).to.deep.equal({ q: 'ana m', role: 'guardian,staff', limit: '10' });
    });

    it('leaves out an empty role list', async () => {
      const requests = recordRequests();
      await adapter.searchDirectory({ search: 'ana', roles: [] });
      expect(queryOf(only(requests))).to.deep.equal({ q: 'ana' });
    });

    it('sends every shared-contact filter, false included', async () => {
      const requests = recordRequests();
      await adapter.listSharedContactGroups({
        kind: 'email',
        flag: 'possibleDuplicateGuardian',
        flagged: false,
        search: 'smith',
        sort: 'value',
        order: 'asc',
        cursor: 'g-200',
        limit: 100,
      });
      expect(queryOf(only(requests))).to.deep.equal({
        kind: 'email',
        flag: 'possibleDuplicateGuardian',
        flagged: 'false',
        q: 'smith',
        sort: 'value',
        order: 'asc',
        cursor: 'g-200',
        limit: '100',
      });
    });

    it('sends the opt-in report filters and the conversation list query', async () => {
      const requests = recordRequests();
      await adapter.listSmsConsent({ status: 'optedOut', numberType: 'cell', search: '555' });
      await adapter.listConversations({ archived: true, search: 'bus' });
      expect(requests.map(queryOf)).to.deep.equal([
        { status: 'optedOut', numberType: 'cell', q: '555' },
        { archived: 'true', q: 'bus' },
      ]);
    });
  });

  describe('bodies', () => {
    it('uploads an attachment as multipart/form-data', async () => {
      const requests = recordRequests({ id: 'att1', name: 'note.txt', size: 5, contentType: 'text/plain', url: '/f/att1' }, 201);
      const file = new File(['hello'], 'note.txt', { type: 'text/plain' });
      const attachment = await adapter.uploadAttachment(file, key('key-upload-1'));
      const request = only(requests);
      expect(request.headers.get('Content-Type')).to.match(/^multipart\/form-data; boundary=/);
      const sent = (await request.formData()).get('file') as File;
      expect(sent.name).to.equal('note.txt');
      expect(await sent.text()).to.equal('hello');
      expect(attachment.id).to.equal('att1');
    });

    it('marks seen with a JSON body and resolves on 204', async () => {
      const requests = recordRequests(null);
      const result = await adapter.markSeen('c1', 'm9');
      const request = only(requests);
      expect(result).to.equal(undefined);
      expect(urlOf(request).pathname).to.equal('/api/conversations/c1/seen');
      expect(await request.json()).to.deep.equal({ upToMessageId: 'm9' });
    });

    it('answers a confirmation with { answer }', async () => {
      const requests = recordRequests({});
      await adapter.answerMethodConfirmation('m 1', 'notMine', key('key-confirm-1'));
      const request = only(requests);
      expect(urlOf(request).pathname).to.equal('/api/contact-methods/m%201/confirmation');
      expect(await request.json()).to.deep.equal({ answer: 'notMine' });
    });

    it('unwraps the unconfirmed methods list', async () => {
      recordRequests({ items: [{ id: 'm1' }] });
      expect(await adapter.listUnconfirmedMethods('p1')).to.deep.equal([{ id: 'm1' }]);
    });
  });
});
