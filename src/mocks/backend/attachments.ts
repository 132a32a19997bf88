import type { Attachment } from '../../domain/types.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { field, forbidden, invalid } from './problems.js';
import { mayUseConversations } from './conversation-view.js';

/** Whether a content type matches one of the district's allowed types (`image/*` style patterns included). */
export function typeAllowed(contentType: string, allowed: readonly string[]): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.endsWith('/*') ? type.startsWith(p.slice(0, -1)) : type === p;
  });
}

/** Stores an uploaded file's description; the mock keeps no bytes. */
export function storeAttachment(backend: MockBackend, file: { name: string; size: number; type: string }, ownerId: string | null): Attachment {
  const state = backend.state;
  const id = state.nextId('att');
  const attachment: Attachment = {
    id,
    name: file.name || 'file',
    size: file.size,
    contentType: file.type || 'application/octet-stream',
    url: `https://files.example.org/${id}/${encodeURIComponent(file.name || 'file')}`,
  };
  state.attachments.set(id, { attachment, ownerId });
  return attachment;
}

export const uploadAttachment = signedIn({
  operationId: 'uploadAttachment',
  method: 'POST',
  path: '/attachments',
  idempotent: true,
  run(backend, { viewer, body }: SignedInRequest) {
    if (!mayUseConversations(backend.state, viewer)) throw forbidden('studentNotAllowed', 'Students may not use conversations here.');
    const limits = backend.district.settings.attachments;
    const file = body instanceof FormData ? body.get('file') : null;
    if (!file || typeof file === 'string') throw invalid([field('file', 'required', 'Send the file as multipart form data.')]);
    if (file.size > limits.maxBytes) {
      throw invalid([field('file', 'tooLarge', `At most ${limits.maxBytes} bytes.`)], 'tooLarge');
    }
    if (!typeAllowed(file.type || 'application/octet-stream', limits.allowedTypes)) {
      throw invalid([field('file', 'typeNotAllowed', `Allowed: ${limits.allowedTypes.join(', ')}.`)], 'typeNotAllowed');
    }
    return json(storeAttachment(backend, file, viewer.person.id), 201);
  },
});
