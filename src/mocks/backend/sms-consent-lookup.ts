import type { SmsConsent } from '../../domain/types.js';
import { isPhoneType } from '../../domain/vocabulary.js';
import { isStaffLike, type ViewerContext } from './auth.js';
import { findMethod } from './confirmation.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { field, forbidden, invalid, notFound } from './problems.js';

const E164 = /^\+[1-9][0-9]{6,14}$/;

/** Families see their own numbers' consent; staff see any number's. */
function checkMaySee(backend: MockBackend, viewer: ViewerContext, phone: string): void {
  if (!isStaffLike(viewer) && !backend.state.person(viewer.person.id)!.methods.some((m) => m.value === phone)) {
    throw forbidden('forbidden', 'You can see only your own numbers.');
  }
}

/** A number's consent and audit trail; `notAsked` for a number never asked. */
function consentOf(backend: MockBackend, phone: string): SmsConsent {
  const consent = backend.state.district.consents.get(phone);
  return consent ? structuredClone(consent) : { phone, status: 'notAsked', updatedAt: null, source: null, actor: null, history: [] };
}

export const getSmsConsent = signedIn({
  operationId: 'getSmsConsent',
  method: 'GET',
  path: '/sms-consent/{phone}',
  run(backend, { viewer, params }: SignedInRequest) {
    const phone = params.phone!;
    if (!E164.test(phone)) throw invalid([field('phone', 'invalidPhone', 'Use E.164, e.g. +15550101234.')]);
    checkMaySee(backend, viewer, phone);
    return json(consentOf(backend, phone));
  },
});

export const getSmsConsentForMethod = signedIn({
  operationId: 'getSmsConsentForMethod',
  method: 'GET',
  path: '/contact-methods/{methodId}/sms-consent',
  run(backend, { viewer, params }: SignedInRequest) {
    const found = findMethod(backend, params.methodId!, viewer.person.id);
    if (!found) throw notFound('contact method');
    const { type, value } = found.method;
    // The same rule as the number's own lookup, applied before saying whether it is a phone at all.
    checkMaySee(backend, viewer, value);
    if (!isPhoneType(type)) throw invalid([field('methodId', 'notPhone', 'Only phones have texting consent.')]);
    return json(consentOf(backend, value));
  },
});
