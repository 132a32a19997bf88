/**
 * Compile-time checks of the HTTP transport's typing: `npm test` type-checks this file, and each
 * `@ts-expect-error` fails the check if the contract stops refusing the call below it.
 */
import type { ContactPreferencesSaveResult, Viewer } from '../../src/domain/types.js';
import type { ContractRequest } from '../../src/api/http/request.js';

declare const request: ContractRequest;
declare const file: File;

export async function typedCalls(): Promise<void> {
  const viewer: Viewer = await request('get', '/viewer', {});
  const saved: ContactPreferencesSaveResult = await request('patch', '/people/{personId}/contact-preferences', {
    path: { personId: 'p1' },
    header: { 'If-Match': 'v1' },
    body: { language: 'es' },
  });
  const seen: void = await request('post', '/conversations/{conversationId}/seen', {
    path: { conversationId: 'c1' },
    body: { upToMessageId: 'm1' },
  });
  await request('post', '/attachments', { header: { 'Idempotency-Key': 'key-12345' }, form: { file } });
  await request('get', '/directory', { query: { q: 'ana', role: ['guardian', 'staff'] } });
  void [viewer, saved, seen];

  // @ts-expect-error a path the contract does not have
  await request('get', '/viewers', {});
  // @ts-expect-error a method the path does not have
  await request('patch', '/viewer', {});
  // @ts-expect-error a required path parameter left out
  await request('get', '/people/{personId}/contact-preferences', {});
  // @ts-expect-error If-Match is required on this edit
  await request('patch', '/people/{personId}/contact-preferences', { path: { personId: 'p1' }, body: {} });
  // @ts-expect-error Idempotency-Key is required on a send
  await request('post', '/conversations/{conversationId}/messages', { path: { conversationId: 'c1' }, body: { body: 'hi' } });
  // @ts-expect-error a query parameter the operation does not declare
  await request('get', '/conversations', { query: { search: 'x' } });
  // @ts-expect-error a role outside the enum
  await request('get', '/directory', { query: { q: 'ana', role: ['parent'] } });
  // @ts-expect-error the required `q` left out
  await request('get', '/directory', { query: { role: ['staff'] } });
  // @ts-expect-error a body of the wrong shape
  await request('post', '/conversations/{conversationId}/seen', { path: { conversationId: 'c1' }, body: { messageId: 'm1' } });
  // @ts-expect-error a GET takes no body
  await request('get', '/viewer', { body: {} });
  // @ts-expect-error a multipart field the contract does not name
  await request('post', '/attachments', { header: { 'Idempotency-Key': 'key-12345' }, form: { upload: file } });
  // @ts-expect-error the result is typed by the contract
  const wrong: Viewer = await request('get', '/district/settings', {});
  void wrong;
}
