import type { SmsConsent } from '../../domain/types.js';
import { isStaffLike } from './auth.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { field, forbidden, invalid } from './problems.js';

const E164 = /^\+[1-9][0-9]{6,14}$/;

export const getSmsConsent = signedIn({
  operationId: 'getSmsConsent',
  method: 'GET',
  path: '/sms-consent/{phone}',
  run(backend, { viewer, params }: SignedInRequest) {
    const state = backend.state;
    const phone = params.phone!;
    if (!E164.test(phone)) throw invalid([field('phone', 'invalidPhone', 'Use E.164, e.g. +15550101234.')]);
    // Families see their own numbers' consent; staff see any number's.
    if (!isStaffLike(viewer) && !state.person(viewer.person.id)!.methods.some((m) => m.value === phone)) {
      throw forbidden('forbidden', 'You can see only your own numbers.');
    }
    const consent: SmsConsent = state.district.consents.get(phone) ?? {
      phone,
      status: 'notAsked',
      updatedAt: null,
      source: null,
      actor: null,
      history: [],
    };
    return json(structuredClone(consent));
  },
});
