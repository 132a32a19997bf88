import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function smsConformance(ctx: ConformanceContext): void {
  describe('SMS consent recording and the texting gateway', () => {
    it('recordSmsConsent: an anonymous web form opts in; staff record opted in, never opted out (403); 422; 401', async () => {
      const { call, f, backend } = ctx;
      const phone = f.neverAskedGuardian.phone;
      const form = await call('recordSmsConsent', { body: { phone, numberType: 'cell', consent: 'optIn' } });
      assert.equal(form.status, 200);
      assert.deepEqual([form.body.status, form.body.source, form.body.actor], ['optedIn', 'webForm', null]);
      const refused = await call('recordSmsConsent', { as: f.teacher, body: { phone, numberType: 'cell', consent: 'optOut', personId: f.neverAskedGuardian.personId } });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'staffCannotOptOut');
      const guardian = [...backend.district.people.values()].find((r) => r.person.role === 'guardian' && r.person.active && !r.methods.some((m) => m.type === 'cellPhone'))!;
      const newCell = '+12175550188';
      const entered = await call('recordSmsConsent', { as: f.teacher, body: { phone: newCell, numberType: 'cell', consent: 'optIn', personId: guardian.person.id } });
      assert.deepEqual([entered.body.status, entered.body.source, entered.body.actor.id], ['optedIn', 'staffEntry', f.teacher]);
      assert.ok(backend.state.person(guardian.person.id)!.methods.some((m) => m.value === newCell), 'the number is on the record');
      const own = await call('recordSmsConsent', { as: f.guardian, body: { phone: f.household.phone, numberType: 'home', consent: null, personId: f.guardian } });
      assert.equal(own.status, 200);
      const noAnswer = await call('recordSmsConsent', { body: { phone: '+12175550199', numberType: 'cell', consent: null } });
      assert.equal(noAnswer.status, 422);
      assert.equal(noAnswer.body.fields[0].field, 'consent');
      const badPhone = await call('recordSmsConsent', { body: { phone: '+1555', numberType: 'cell', consent: 'optIn' } });
      assert.equal(badPhone.body.fields[0].code, 'invalidPhone');
      assert.equal((await call('recordSmsConsent', { headers: { Authorization: 'Bearer expired' }, body: { phone, numberType: 'cell', consent: 'optIn' } })).status, 401);
      backend.controls.failNext({ operationId: 'recordSmsConsent', status: 429 });
      assert.equal((await call('recordSmsConsent', { body: { phone, numberType: 'cell', consent: 'optIn' } })).status, 429);
    });

    it('receiveInboundSms: STOP opts out that number only and confirms; START opts back in; HELP; review; 422; 401', async () => {
      const { call, f, backend } = ctx;
      const to = backend.district.settings.texting.number;
      const from = f.staffAlsoGuardian.phone;
      const stop = await call('receiveInboundSms', { as: f.admin, body: { from, to, body: 'Stop' } });
      assert.equal(stop.status, 200);
      assert.deepEqual([stop.body.classification, stop.body.consent.status], ['optOut', 'optedOut']);
      assert.ok(stop.body.reply);
      const history = await call('getSmsConsent', { as: f.admin, params: { phone: from } });
      assert.equal(history.body.history.at(-1).source, 'keywordStop');
      const refused = await call('sendSms', { as: f.admin, body: { to: from, body: 'Reminder: picture day' } });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.code, 'recipientOptedOut');
      const start = await call('receiveInboundSms', { as: f.admin, body: { from, to, body: 'UNSTOP' } });
      assert.deepEqual([start.body.classification, start.body.consent.status], ['optIn', 'optedIn']);
      const help = await call('receiveInboundSms', { as: f.admin, body: { from, to, body: 'help' } });
      assert.equal(help.body.classification, 'help');
      assert.ok(help.body.reply);
      const review = await call('receiveInboundSms', { as: f.admin, body: { from, to, body: 'please stop texting me' } });
      assert.deepEqual([review.body.classification, review.body.reply], ['review', null]);
      assert.equal(backend.state.reviewQueue.at(-1)?.from, from);
      const wrongNumber = await call('receiveInboundSms', { as: f.admin, body: { from, to: '+12175550100', body: 'STOP' } });
      assert.equal(wrongNumber.status, 422);
      assert.equal((await call('receiveInboundSms', { body: { from, to, body: 'STOP' } })).status, 401);
    });

    it('sendSms: 201 queued for an opted-in number, once per key; 403 for families; 422; 401; 429', async () => {
      const { call, f, backend } = ctx;
      const to = [...backend.district.consents.values()].find((c) => c.status === 'optedIn')!.phone;
      const sent = await call('sendSms', { as: f.teacher, body: { to, body: 'Early release today' }, idempotencyKey: 'sms-early-001' });
      assert.deepEqual([sent.status, sent.body.status], [201, 'queued']);
      const again = await call('sendSms', { as: f.teacher, body: { to, body: 'Early release today' }, idempotencyKey: 'sms-early-001' });
      assert.equal(again.body.id, sent.body.id);
      assert.equal(backend.state.sentSms.filter((s) => s.body === 'Early release today').length, 1);
      assert.equal((await call('sendSms', { as: f.guardian, body: { to, body: 'x' } })).status, 403);
      assert.equal((await call('sendSms', { as: f.teacher, body: { to, body: '' } })).status, 422);
      assert.equal((await call('sendSms', { body: { to, body: 'x' } })).status, 401);
      backend.controls.failNext({ operationId: 'sendSms', status: 429 });
      assert.equal((await call('sendSms', { as: f.teacher, body: { to, body: 'x' } })).status, 429);
    });
  });
}
