import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canSendText,
  handleInboundSms,
  notAskedConsent,
  recordConsentDecision,
  recordStaffEntry,
  toInboundSmsResult,
} from '../../src/domain/consent-rules.js';
import { keywordReply, replyLanguageFor } from '../../src/domain/sms-replies.js';
import type { SmsConsent } from '../../src/domain/types.js';
import { consent, settings } from './fixtures.js';

const PHONE = '+12015550111';
const T1 = '2026-03-01T12:00:00Z';
const T2 = '2026-03-02T12:00:00Z';
const texting = settings().texting;
const guardian = { id: 'g1', role: 'guardian' as const, displayName: 'Ana Lopez' };
const staff = { id: 'st1', role: 'staff' as const, displayName: 'Ms. Reyes' };

describe('recordConsentDecision', () => {
  it('records a guardian opting in and out on a form, with the audit trail', () => {
    const optIn = recordConsentDecision(undefined, { phone: PHONE, numberType: 'cell', consent: 'optIn' }, { kind: 'self', person: guardian }, T1);
    assert.ok(optIn.ok);
    assert.equal(optIn.consent.status, 'optedIn');
    const optOut = recordConsentDecision(optIn.consent, { phone: PHONE, numberType: 'cell', consent: 'optOut' }, { kind: 'self', person: null }, T2);
    assert.ok(optOut.ok);
    assert.deepEqual(
      { status: optOut.consent.status, updatedAt: optOut.consent.updatedAt, source: optOut.consent.source, actor: optOut.consent.actor },
      { status: 'optedOut', updatedAt: T2, source: 'webForm', actor: null },
    );
    assert.deepEqual(optOut.consent.history, [
      { at: T1, status: 'optedIn', source: 'webForm', actor: guardian },
      { at: T2, status: 'optedOut', source: 'webForm', actor: null },
    ]);
  });

  it('never lets staff record opted out on a guardian\'s behalf', () => {
    const result = recordConsentDecision(consent(PHONE, 'optedIn'), { phone: PHONE, numberType: 'cell', consent: 'optOut' }, { kind: 'staff', person: staff }, T1);
    assert.deepEqual(result, { ok: false, code: 'staffCannotOptOut' });
  });

  it('counts a cell number staff enter as opted in', () => {
    for (const answer of ['optIn', null] as const) {
      const result = recordConsentDecision(undefined, { phone: PHONE, numberType: 'cell', consent: answer }, { kind: 'staff', person: staff }, T1);
      assert.ok(result.ok);
      assert.equal(result.consent.status, 'optedIn');
      assert.deepEqual(result.event, { at: T1, status: 'optedIn', source: 'staffEntry', actor: staff });
    }
  });

  it('keeps an opt-out when staff enter the number again', () => {
    const optedOut = consent(PHONE, 'optedOut');
    assert.deepEqual(recordStaffEntry(optedOut, PHONE, staff, T1), { ok: true, consent: optedOut, event: null });
  });

  it('asks consent for cell numbers only, and requires an answer for them', () => {
    assert.deepEqual(
      recordConsentDecision(undefined, { phone: PHONE, numberType: 'home', consent: 'optIn' }, { kind: 'self', person: null }, T1),
      { ok: false, code: 'notCellPhone' },
    );
    assert.deepEqual(
      recordConsentDecision(undefined, { phone: PHONE, numberType: 'home', consent: null }, { kind: 'self', person: null }, T1),
      { ok: true, consent: notAskedConsent(PHONE), event: null },
    );
    assert.deepEqual(
      recordConsentDecision(undefined, { phone: PHONE, numberType: 'cell', consent: null }, { kind: 'self', person: null }, T1),
      { ok: false, code: 'required' },
    );
  });
});

describe('handleInboundSms', () => {
  it('opts out by STOP, confirms once, and audits the text received', () => {
    const first = handleInboundSms(consent(PHONE, 'optedIn'), { from: PHONE, body: 'Stop!' }, texting, T1);
    assert.equal(first.consent.status, 'optedOut');
    assert.deepEqual(first.event, { at: T1, status: 'optedOut', source: 'keywordStop', actor: null, keyword: 'Stop!' });
    assert.match(first.reply!, /^Riverside Schools: /);
    assert.match(first.reply!, /START/);
    assert.match(first.reply!, /HELP/);
    const again = handleInboundSms(first.consent, { from: PHONE, body: 'STOP' }, texting, T2);
    assert.deepEqual([again.event, again.reply, again.consent], [null, null, first.consent]);
  });

  it('opts back in by START or UNSTOP, which the old product could not do', () => {
    for (const body of ['START', 'unstop', 'Comenzar']) {
      const result = handleInboundSms(consent(PHONE, 'optedOut'), { from: PHONE, body }, texting, T1);
      assert.equal(result.consent.status, 'optedIn', body);
      assert.equal(result.event?.source, 'keywordStart');
      assert.match(result.reply!, /Riverside Schools/);
    }
  });

  it('treats YES from an opted-in number as an ordinary reply', () => {
    const result = handleInboundSms(consent(PHONE, 'optedIn'), { from: PHONE, body: 'Yes' }, texting, T1);
    assert.equal(result.match.classification, 'none');
    assert.equal(result.reply, null);
    assert.equal(result.event, null);
    const fromOptedOut = handleInboundSms(consent(PHONE, 'optedOut'), { from: PHONE, body: 'Yes' }, texting, T1);
    assert.equal(fromOptedOut.consent.status, 'optedIn');
  });

  it('answers HELP whatever the status, without changing it', () => {
    const optedOut = consent(PHONE, 'optedOut');
    const result = handleInboundSms(optedOut, { from: PHONE, body: 'help' }, texting, T1);
    assert.equal(result.consent, optedOut);
    assert.equal(result.event, null);
    assert.match(result.reply!, /Message frequency varies\. Msg & data rates may apply\. Reply STOP/);
    assert.match(result.reply!, /https:\/\/riverside\.example\/privacy/);
  });

  it('replies in the keyword\'s language, and for INFO in the holder\'s', () => {
    assert.match(handleInboundSms(undefined, { from: PHONE, body: 'ALTO' }, texting, T1).reply!, /Se canceló su suscripción.*COMENZAR.*AYUDA/);
    assert.match(handleInboundSms(undefined, { from: PHONE, body: 'Ayuda' }, texting, T1).reply!, /Responda ALTO/);
    assert.match(handleInboundSms(undefined, { from: PHONE, body: 'INFO' }, texting, T1, 'es-MX').reply!, /Responda ALTO/);
    assert.match(handleInboundSms(undefined, { from: PHONE, body: 'INFO' }, texting, T1).reply!, /Reply STOP/);
  });

  it('changes nothing for text to review or ordinary replies', () => {
    for (const body of ['please stop texting me', 'See you at 3']) {
      const current = consent(PHONE, 'optedIn');
      const result = handleInboundSms(current, { from: PHONE, body }, texting, T1);
      assert.deepEqual([result.consent, result.event, result.reply], [current, null, null]);
    }
  });

  it("leaves the person's other numbers alone", () => {
    const other = '+12015550122';
    const store = new Map<string, SmsConsent>([
      [PHONE, consent(PHONE, 'optedIn')],
      [other, consent(other, 'optedIn')],
    ]);
    const result = handleInboundSms(store.get(PHONE), { from: PHONE, body: 'STOP' }, texting, T1);
    store.set(PHONE, result.consent);
    assert.equal(store.get(PHONE)!.status, 'optedOut');
    assert.equal(store.get(other)!.status, 'optedIn');
    assert.deepEqual(toInboundSmsResult(result), {
      classification: 'optOut',
      reply: result.reply,
      consent: { phone: PHONE, status: 'optedOut', updatedAt: T1, source: 'keywordStop', actor: null },
    });
  });
});

describe('canSendText', () => {
  it('refuses opted-out numbers only', () => {
    assert.deepEqual(canSendText(consent(PHONE, 'optedOut')), { ok: false, code: 'recipientOptedOut' });
    assert.deepEqual(canSendText(consent(PHONE, 'optedIn')), { ok: true });
    assert.deepEqual(canSendText(consent(PHONE, 'notAsked')), { ok: true });
    assert.deepEqual(canSendText(undefined), { ok: true });
  });
});

describe('keywordReply', () => {
  it('names the sender and how to stop or get help in every reply', () => {
    for (const kind of ['optOut', 'optIn', 'help'] as const) {
      const en = keywordReply(kind, 'en', texting);
      const es = keywordReply(kind, 'es', texting);
      assert.ok(en.startsWith('Riverside Schools: ') && es.startsWith('Riverside Schools: '));
      assert.match(en, kind === 'optOut' ? /START.*HELP/ : /STOP/);
      assert.match(es, kind === 'optOut' ? /COMENZAR.*AYUDA/ : /ALTO/);
    }
  });
  it('picks Spanish for Spanish language tags', () => {
    assert.deepEqual(['es', 'es-MX', 'ES', 'en', 'vi', null, 'est'].map(replyLanguageFor), ['es', 'es', 'es', 'en', 'en', 'en', 'en']);
  });
});
