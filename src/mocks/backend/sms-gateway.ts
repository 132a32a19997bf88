import { canSendText, handleInboundSms, toInboundSmsResult } from '../../domain/consent-rules.js';
import type { InboundSmsResult } from '../../domain/types.js';
import { consentSummaryOf } from '../district/index.js';
import { isStaffLike } from './auth.js';
import { BodyChecker } from './body-checker.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { field, forbidden, invalid } from './problems.js';

const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * Applies a text received on the district's number: keyword handling on that number only,
 * the audit trail, revocation-like free text queued for review, the confirmation to send back.
 */
export function receiveText(backend: MockBackend, from: string, body: string): InboundSmsResult {
  const state = backend.state;
  const holderId = [...(state.valueIndex.get(from) ?? [])][0];
  const language = holderId ? state.person(holderId)?.person.language : null;
  const at = state.clock.now();
  const outcome = handleInboundSms(state.district.consents.get(from), { from, body }, state.district.settings.texting, at, language);
  if (outcome.event) {
    state.district.consents.set(from, outcome.consent);
    state.touch();
  }
  if (outcome.match.classification === 'review') state.reviewQueue.push({ from, body, at });
  return toInboundSmsResult(outcome);
}

export const receiveInboundSms = signedIn({
  operationId: 'receiveInboundSms',
  method: 'POST',
  path: '/sms/inbound',
  run(backend, { body }: SignedInRequest) {
    const check = new BodyChecker(body);
    const from = check.string('from', { required: true, pattern: E164, patternCode: 'invalidPhone' });
    const to = check.string('to', { required: true, pattern: E164, patternCode: 'invalidPhone' });
    const text = check.string('body', { required: true, max: 1600 });
    if (to && E164.test(to) && to !== backend.district.settings.texting.number) check.fail('to', 'unknownNumber', 'Not the district texting number.');
    check.done();
    return json(receiveText(backend, from!, text!));
  },
});

export const sendSms = signedIn({
  operationId: 'sendSms',
  method: 'POST',
  path: '/sms/outbound',
  idempotent: true,
  run(backend, { viewer, body }: SignedInRequest) {
    if (!isStaffLike(viewer)) throw forbidden('forbidden', 'Only staff send texts.');
    const state = backend.state;
    const check = new BodyChecker(body);
    const to = check.string('to', { required: true, pattern: E164, patternCode: 'invalidPhone' });
    const text = check.string('body', { required: true, min: 1, max: 1600 });
    check.done();
    const permission = canSendText(consentSummaryOf(state.district, to!));
    if (!permission.ok) throw invalid([field('to', 'optedOut', 'The number opted out of texts.')], permission.code);
    const sms = { id: state.nextId('sms', 6), to: to!, body: text!, at: state.clock.now(), byId: viewer.person.id };
    state.sentSms.push(sms);
    return json({ id: sms.id, to: sms.to, status: 'queued' }, 201);
  },
});
