import { json, signedIn, type SignedInRequest } from './operation.js';
import { readablePerson, renderPreferences } from './preferences-view.js';

export const getContactPreferences = signedIn({
  operationId: 'getContactPreferences',
  method: 'GET',
  path: '/people/{personId}/contact-preferences',
  run(backend, { viewer, params }: SignedInRequest) {
    const state = backend.state;
    const record = readablePerson(state, viewer, params.personId!);
    const body = renderPreferences(state, record, viewer);
    return json(body, 200, { ETag: body.version });
  },
});
