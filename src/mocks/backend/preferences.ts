import { applyPreferencesChange, validatePreferencesChange, type PreferencesChangeContext } from '../../domain/preferences-change.js';
import { summaryOf } from '../district/builder.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { readPreferencesChange } from './preferences-change-shape.js';
import { canEdit, readablePerson, renderPreferences } from './preferences-view.js';
import { conflict, forbidden, invalid, problemCodeFor } from './problems.js';
import { copyRecord } from './session-copy.js';
import { readIfMatch } from './versions.js';

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

export const updateContactPreferences = signedIn({
  operationId: 'updateContactPreferences',
  method: 'PATCH',
  path: '/people/{personId}/contact-preferences',
  run(backend, { viewer, params, body, headers }: SignedInRequest) {
    const state = backend.state;
    const record = readablePerson(state, viewer, params.personId!);
    if (!canEdit(viewer, record.person.id)) throw forbidden('forbidden', 'You may not change these preferences.');
    const version = readIfMatch(headers, { required: true });
    if (version !== state.prefVersion(record.person.id)) throw conflict(renderPreferences(state, record, viewer));
    const change = readPreferencesChange(body);
    const self = record.person.id === viewer.person.id;
    const context: PreferencesChangeContext = {
      settings: state.district.settings,
      consents: state.district.consents,
      actor: self ? { kind: 'self', person: summaryOf(viewer.person) } : { kind: 'staff', person: summaryOf(viewer.person) },
      households: state.district.households,
      people: state.district.people,
    };
    const errors = validatePreferencesChange(record, change, context);
    if (errors.length) throw invalid(errors, problemCodeFor(errors));
    // The rules get a copy: the stored record may be shared with the pristine district.
    const applied = applyPreferencesChange(copyRecord(record), change, context, {
      at: state.clock.now(),
      newMethodId: () => state.nextId('m', 7),
      sharedAccountCount: (value, personId) => {
        const holders = state.valueIndex.get(value);
        return holders ? holders.size - (holders.has(personId) ? 1 : 0) : 0;
      },
    });
    if (!applied.ok) throw invalid(applied.errors, problemCodeFor(applied.errors));
    state.storePerson(applied.record);
    for (const other of applied.alsoUpdated) state.storePerson(other);
    for (const consent of applied.consents) state.district.consents.set(consent.phone, consent);
    state.touch();
    const preferences = renderPreferences(state, state.person(record.person.id)!, viewer);
    return json(
      { preferences, alsoUpdated: applied.alsoUpdated.map((r) => summaryOf(r.person)) },
      200,
      { ETag: preferences.version },
    );
  },
});
