import type { PersonRecord } from '../../domain/records.js';
import type { ContactMethodSource, PhoneType, SmsConsentDecision } from '../../domain/types.js';
import { parsePhone } from '../../domain/contact-values.js';
import { recordConsentDecision, type ConsentActor } from '../../domain/consent-rules.js';
import { summaryOf } from '../district/builder.js';
import { isStaffLike, type ViewerContext } from './auth.js';
import { BodyChecker } from './body-checker.js';
import type { MockBackend } from './mock-backend.js';
import { json, type Operation } from './operation.js';
import { field, forbidden, invalid, ProblemError } from './problems.js';
import { METHOD_TYPE_OF_PHONE_TYPE } from './sms-consent-report.js';

const PHONE_TYPES = Object.keys(METHOD_TYPE_OF_PHONE_TYPE) as PhoneType[];

/** Who records the decision: the holder (or an anonymous form), or staff on someone's record. */
function actorFor(backend: MockBackend, viewer: ViewerContext | null, phone: string, target: PersonRecord | null): ConsentActor {
  if (!viewer) return { kind: 'self', person: null };
  const self = summaryOf(viewer.person);
  const own = target ? target.person.id === viewer.person.id : backend.state.person(viewer.person.id)!.methods.some((m) => m.value === phone);
  if (own) return { kind: 'self', person: self };
  if (!isStaffLike(viewer)) throw forbidden('forbidden', 'You can record consent only for your own numbers.');
  return { kind: 'staff', person: self };
}

/** Puts the number on the person's record when it is not there yet. */
function addNumberToRecord(backend: MockBackend, record: PersonRecord, phone: string, numberType: PhoneType, source: ContactMethodSource): void {
  const state = backend.state;
  if (record.methods.some((m) => m.value === phone)) return;
  const type = METHOD_TYPE_OF_PHONE_TYPE[numberType];
  state.editPerson(record.person.id, (draft) => {
    draft.methods.push({
      id: state.nextId('m', 7),
      personId: draft.person.id,
      type,
      value: phone,
      source,
      confirmation: 'confirmed',
      health: 'ok',
      healthSince: null,
      householdId: type === 'householdPhone' ? (draft.person.householdId ?? null) : null,
      sharedAccountCount: 0,
      usedForSignIn: false,
    });
  });
}

export const recordSmsConsent: Operation = {
  operationId: 'recordSmsConsent',
  method: 'POST',
  path: '/sms-consent',
  public: true,
  idempotent: true,
  run(backend, { viewer, body }) {
    const state = backend.state;
    const check = new BodyChecker(body);
    const rawPhone = check.string('phone', { required: true });
    const numberType = check.string('numberType', { required: true, values: PHONE_TYPES }) as PhoneType | undefined;
    const consent = check.string('consent', { nullable: true, values: ['optIn', 'optOut'] }) as SmsConsentDecision['consent'] | undefined;
    if (!check.has('consent')) check.fail('consent', 'required');
    const personId = check.string('personId', { nullable: true });
    const parsed = rawPhone === undefined ? null : parsePhone(rawPhone);
    if (parsed && !parsed.ok) check.fail('phone', 'invalidPhone', `The number is ${parsed.reason}.`);
    else if (parsed?.ok && parsed.e164 !== rawPhone) check.fail('phone', 'invalidPhone', 'Send the number in E.164.');
    const target = personId ? (state.person(personId) ?? null) : null;
    if (personId && !target) check.fail('personId', 'notFound');
    check.done();
    const phone = rawPhone!;
    const decision: SmsConsentDecision = { phone, numberType: numberType!, consent: consent ?? null, personId: personId ?? null };
    const actor = actorFor(backend, viewer, phone, target);
    const outcome = recordConsentDecision(state.district.consents.get(phone), decision, actor, state.clock.now());
    if (!outcome.ok) {
      if (outcome.code === 'staffCannotOptOut') {
        throw new ProblemError(403, 'staffCannotOptOut', { detail: 'Only the holder of a number can opt it out of texts.' });
      }
      throw invalid([field('consent', outcome.code)]);
    }
    if (outcome.event) {
      state.district.consents.set(phone, outcome.consent);
      state.touch();
    }
    if (target) addNumberToRecord(backend, target, phone, decision.numberType, actor.kind === 'staff' ? 'staff' : 'user');
    return json(structuredClone(outcome.consent));
  },
};
