import { withDerivedFields } from '../district/index.js';
import { BodyChecker } from './body-checker.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { readablePerson } from './preferences-view.js';
import { forbidden, notFound } from './problems.js';

export const listUnconfirmedMethods = signedIn({
  operationId: 'listUnconfirmedMethods',
  method: 'GET',
  path: '/people/{personId}/unconfirmed-methods',
  run(backend, { viewer, params }: SignedInRequest) {
    const state = backend.state;
    const record = readablePerson(state, viewer, params.personId!);
    const items = record.methods
      .filter((m) => m.confirmation === 'unconfirmed')
      .map((m) => withDerivedFields(state.district, state.valueIndex, m));
    return json({ items });
  },
});

/** Whose method an id is, looking at the viewer's own methods first. */
export function findMethod(backend: MockBackend, methodId: string, viewerId: string) {
  const own = backend.state.person(viewerId)!;
  const mine = own.methods.find((m) => m.id === methodId);
  if (mine) return { record: own, method: mine };
  for (const record of backend.district.people.values()) {
    const method = record.methods.find((m) => m.id === methodId);
    if (method) return { record, method };
  }
  return null;
}

export const answerMethodConfirmation = signedIn({
  operationId: 'answerMethodConfirmation',
  method: 'POST',
  path: '/contact-methods/{methodId}/confirmation',
  idempotent: true,
  run(backend, { viewer, params, body }: SignedInRequest) {
    const state = backend.state;
    const check = new BodyChecker(body);
    const answer = check.string('answer', { required: true, values: ['mine', 'notMine'] });
    check.done();
    const found = findMethod(backend, params.methodId!, viewer.person.id);
    if (!found) throw notFound('contact method');
    // Only the holder answers "is this yours?"; nobody answers for them.
    if (found.record.person.id !== viewer.person.id) throw forbidden('forbidden', 'Only its holder can confirm a contact method.');
    // Confirming never changes delivery or sign-in: only the confirmation state moves.
    const next = state.editPerson(viewer.person.id, (draft) => {
      draft.methods.find((m) => m.id === found.method.id)!.confirmation = answer === 'mine' ? 'confirmed' : 'notMine';
    });
    return json(withDerivedFields(state.district, state.valueIndex, next.methods.find((m) => m.id === found.method.id)!));
  },
});
