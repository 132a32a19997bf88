// Every operation of the HTTP contract is called by some method of HttpCommsAdapter (except the
// backend-facing sms-gateway ones), and each call matches its operation: path, method, declared
// query parameters, required headers and body media type. Calls are observed through an injected
// fetch, so the test checks what the adapter really sends, not a hand-kept list.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CommsAdapter } from '../../src/api/adapter.js';
import { HttpCommsAdapter } from '../../src/api/http-adapter.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: { type?: string };
}
interface Operation {
  operationId: string;
  tags: string[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, unknown> };
}
type PathItem = { parameters?: Operation['parameters'] } & Partial<Record<'get' | 'post' | 'patch' | 'put' | 'delete', Operation>>;

const document = parse(readFileSync(new URL('../../openapi/school-comms.openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, PathItem>;
  components: { parameters: Record<string, Parameter> };
};

const resolve = (p: Parameter | { $ref: string }): Parameter =>
  '$ref' in p ? document.components.parameters[p.$ref.split('/').pop()!]! : p;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  operation: Operation;
  parameters: Parameter[];
}

const routes: Route[] = Object.entries(document.paths).flatMap(([template, item]) =>
  (['get', 'post', 'patch', 'put', 'delete'] as const).flatMap((method) => {
    const operation = item[method];
    if (!operation) return [];
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    const literalSegments = template.split('/').filter((s) => s && !s.startsWith('{')).length;
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
    return [{ method: method.toUpperCase(), template, pattern, literalSegments, operation, parameters }];
  }),
);

/** The contract's route for a request; a literal path wins over a templated one (`/conversations/events`). */
function routeOf(method: string, pathname: string): Route | undefined {
  return routes
    .filter((r) => r.method === method && r.pattern.test(pathname))
    .sort((a, b) => b.literalSegments - a.literalSegments)[0];
}

const key = { idempotencyKey: 'key-coverage-1' };
const page = { cursor: 'c', limit: 5 };
const ignore = () => undefined;

/** Each adapter method with the operation it must call, and a call of it. Typed so no method can be left out. */
const calls: { [M in keyof CommsAdapter]: [operationId: string, call: (a: CommsAdapter) => unknown] } = {
  getViewer: ['getViewer', (a) => a.getViewer()],
  getDistrictSettings: ['getDistrictSettings', (a) => a.getDistrictSettings()],
  getContactPreferences: ['getContactPreferences', (a) => a.getContactPreferences('p1')],
  updateContactPreferences: ['updateContactPreferences', (a) => a.updateContactPreferences('p1', { language: 'es' }, { version: 'v1' })],
  listUnconfirmedMethods: ['listUnconfirmedMethods', (a) => a.listUnconfirmedMethods('p1')],
  answerMethodConfirmation: ['answerMethodConfirmation', (a) => a.answerMethodConfirmation('m1', 'mine', key)],
  listBatchFilters: ['listBatchFilters', (a) => a.listBatchFilters('students', page)],
  previewBatch: ['previewBatch', (a) => a.previewBatch({ mode: 'students', cells: [] })],
  startBatchJob: ['startBatchJob', (a) => a.startBatchJob({ mode: 'students', cells: [] }, key)],
  getBatchJob: ['getBatchJob', (a) => a.getBatchJob('j1')],
  listBatchJobs: ['listBatchJobs', (a) => a.listBatchJobs({ state: 'running', ...page })],
  cancelBatchJob: ['cancelBatchJob', (a) => a.cancelBatchJob('j1')],
  listBatchJobErrors: ['listBatchJobErrors', (a) => a.listBatchJobErrors('j1', page)],
  listConversations: ['listConversations', (a) => a.listConversations({ archived: true, search: 'x', ...page })],
  getUnreadSummary: ['getUnreadSummary', (a) => a.getUnreadSummary()],
  getConversation: ['getConversation', (a) => a.getConversation('c1')],
  createConversation: ['createConversation', (a) => a.createConversation({ participantIds: ['p2'], firstMessage: { body: 'x' } }, key)],
  updateConversation: ['updateConversation', (a) => a.updateConversation('c1', { title: 'T' }, { version: 'v1' })],
  stopConversation: ['stopConversation', (a) => a.stopConversation('c1')],
  listMessages: ['listMessages', (a) => a.listMessages('c1', page)],
  sendMessage: ['sendMessage', (a) => a.sendMessage('c1', { body: 'x' }, key)],
  markSeen: ['markSeen', (a) => a.markSeen('c1', 'm1')],
  uploadAttachment: ['uploadAttachment', (a) => a.uploadAttachment(new File(['x'], 'x.txt'), key)],
  searchDirectory: ['searchDirectory', (a) => a.searchDirectory({ search: 'x', roles: ['staff', 'guardian'], ...page })],
  subscribeToConversation: ['pollConversationEvents', (a) => a.subscribeToConversation('c1', 'e0', { next: ignore })],
  subscribeToInbox: ['pollInboxEvents', (a) => a.subscribeToInbox({ next: ignore })],
  getSmsConsent: ['getSmsConsent', (a) => a.getSmsConsent('+15550101234')],
  getSmsConsentForMethod: ['getSmsConsentForMethod', (a) => a.getSmsConsentForMethod('m1')],
  recordSmsConsent: ['recordSmsConsent', (a) => a.recordSmsConsent({ phone: '+15550101234', numberType: 'cell', consent: 'optIn' }, key)],
  listSmsConsent: ['listSmsConsent', (a) => a.listSmsConsent({ status: 'optedIn', numberType: 'cell', search: '5', ...page })],
  listSharedContactGroups: [
    'listSharedContactGroups',
    (a) => a.listSharedContactGroups({ kind: 'phone', flag: 'sharedAcrossUnrelated', flagged: true, search: 'x', sort: 'value', order: 'asc', ...page }),
  ],
  listSavedAudiences: ['listSavedAudiences', (a) => a.listSavedAudiences(page)],
  planDelivery: ['planDelivery', (a) => a.planDelivery({ reason: 'general', personIds: ['p1'] }, key)],
  listPlannedDeliveries: ['listPlannedDeliveries', (a) => a.listPlannedDeliveries('plan1', page)],
  listSkippedRecipients: ['listSkippedRecipients', (a) => a.listSkippedRecipients('plan1', page)],
};

interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: BodyInit | null | undefined;
}

/** Calls one adapter method through a recording fetch; subscriptions are stopped after their first poll. */
async function requestsOf(call: (a: CommsAdapter) => unknown): Promise<Sent[]> {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    sent.push({ method: init.method!, url: new URL(String(input)), headers: new Headers(init.headers), body: init.body });
    // Answer in a later task, as a network does, so a subscription's loop yields to the test.
    await new Promise((r) => setTimeout(r, 1));
    const body = { items: [], nextCursor: null, events: [], conversations: [], unread: { conversations: 0, messages: 0 }, cursor: 'e1' };
    return init.method === 'POST' && sent.at(-1)!.url.pathname.endsWith('/seen')
      ? new Response(null, { status: 204 })
      : Response.json(body);
  };
  const adapter = new HttpCommsAdapter({ baseUrl: 'https://school.example/api/', fetch, retries: 0 });
  const result = call(adapter);
  if (typeof result === 'function') {
    while (sent.length === 0) await new Promise((r) => setTimeout(r, 1));
    result();
  } else {
    await result;
  }
  return sent;
}

describe('HttpCommsAdapter covers the HTTP contract', () => {
  const observed = new Map<keyof CommsAdapter, Sent[]>();
  before(async () => {
    for (const [method, [, call]] of Object.entries(calls) as [keyof CommsAdapter, (typeof calls)[keyof CommsAdapter]][]) {
      observed.set(method, await requestsOf(call));
    }
  });
  after(() => observed.clear());

  it('calls every operation of the contract except the backend-facing sms-gateway ones', () => {
    const called = new Set(
      [...observed.values()].flat().map((s) => routeOf(s.method, s.url.pathname.replace(/^\/api/, ''))?.operation.operationId),
    );
    const expected = routes.filter((r) => !r.operation.tags.includes('sms-gateway')).map((r) => r.operation.operationId);
    assert.deepEqual([...called].filter(Boolean).sort(), [...expected].sort());
    assert.ok(routes.some((r) => r.operation.tags.includes('sms-gateway')), 'the sms-gateway operations are still in the contract');
  });

  for (const [method, [operationId]] of Object.entries(calls)) {
    it(`${method} calls ${operationId} as the contract declares it`, () => {
      const sent = observed.get(method as keyof CommsAdapter)!;
      assert.ok(sent.length >= 1, 'no request sent');
      for (const request of sent) {
        assert.equal(request.url.origin, 'https://school.example');
        const route = routeOf(request.method, request.url.pathname.replace(/^\/api/, ''));
        assert.equal(route?.operation.operationId, operationId, `${request.method} ${request.url.pathname}`);
        const declared = (where: Parameter['in']) => route!.parameters.filter((p) => p.in === where);
        for (const name of request.url.searchParams.keys()) {
          assert.ok(declared('query').some((p) => p.name === name), `query parameter "${name}" is not in the contract`);
        }
        for (const header of declared('header').filter((p) => p.required)) {
          assert.ok(request.headers.get(header.name), `required header ${header.name} missing`);
        }
        assert.equal(request.headers.get('Accept'), 'application/json');
        const media = Object.keys(route!.operation.requestBody?.content ?? {});
        if (media.includes('application/json')) {
          assert.equal(request.headers.get('Content-Type'), 'application/json');
          assert.equal(typeof request.body, 'string');
        } else if (media.includes('multipart/form-data')) {
          assert.ok(request.body instanceof FormData);
        } else {
          assert.equal(request.body, undefined);
        }
      }
    });
  }

  it('finds array query parameters only in the style the adapter writes (form, not exploded)', () => {
    const arrays = routes.flatMap((r) => r.parameters).filter((p) => p.in === 'query' && p.schema?.type === 'array');
    assert.ok(arrays.length > 0);
    for (const p of arrays) assert.ok(p.style === 'form' && p.explode === false, `${p.name} must be form, explode: false`);
  });
});
