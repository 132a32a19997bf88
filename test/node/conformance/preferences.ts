import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function preferencesConformance(ctx: ConformanceContext): void {
  describe('contact preferences: reading and confirming', () => {
    it('getContactPreferences: own 200 with ETag, household, shared counts and consent; staff read others without editing', async () => {
      const { call, f } = ctx;
      const own = await call('getContactPreferences', { as: f.guardian, params: { personId: f.guardian } });
      assert.equal(own.status, 200);
      assert.equal(own.headers.get('ETag'), own.body.version);
      assert.equal(own.body.canEdit, true);
      assert.ok(own.body.household.members.every((m: { id: string }) => m.id !== f.household.inactiveMemberId));
      const household = own.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
      assert.ok(household.sharedAccountCount >= 1);
      assert.equal(household.smsConsent.phone, household.value);
      const byTeacher = await call('getContactPreferences', { as: f.teacher, params: { personId: f.guardian } });
      assert.equal(byTeacher.body.canEdit, false);
      const byAdmin = await call('getContactPreferences', { as: f.admin, params: { personId: f.guardian } });
      assert.equal(byAdmin.body.canEdit, true);
    });

    it('getContactPreferences: guardians cannot look at others (403); 404; 401', async () => {
      const { call, f } = ctx;
      assert.equal((await call('getContactPreferences', { as: f.guardian, params: { personId: f.household.partnerId } })).status, 403);
      assert.equal((await call('getContactPreferences', { as: f.admin, params: { personId: 'gdn-none' } })).status, 404);
      assert.equal((await call('getContactPreferences', { params: { personId: f.guardian } })).status, 401);
    });

    it('listUnconfirmedMethods: the synced shared email awaits confirmation; 403; 404; 401', async () => {
      const { call, f } = ctx;
      const { personId, methodId } = f.unconfirmedMethod;
      const list = await call('listUnconfirmedMethods', { as: personId, params: { personId } });
      assert.deepEqual(list.body.items.map((m: { id: string }) => m.id), [methodId]);
      assert.equal((await call('listUnconfirmedMethods', { as: f.guardian, params: { personId } })).status, 403);
      assert.equal((await call('listUnconfirmedMethods', { as: f.admin, params: { personId: 'gdn-none' } })).status, 404);
      assert.equal((await call('listUnconfirmedMethods', { params: { personId } })).status, 401);
    });

    it('answerMethodConfirmation: the holder answers, others get 403; 404; 422; 401; a repeated key replays', async () => {
      const { call, f } = ctx;
      const { personId, methodId } = f.unconfirmedMethod;
      assert.equal((await call('answerMethodConfirmation', { as: f.guardian, params: { methodId }, body: { answer: 'mine' } })).status, 403);
      assert.equal((await call('answerMethodConfirmation', { as: personId, params: { methodId: 'm-none' }, body: { answer: 'mine' } })).status, 404);
      const wrong = await call('answerMethodConfirmation', { as: personId, params: { methodId }, body: { answer: 'maybe' } });
      assert.equal(wrong.status, 422);
      assert.equal(wrong.body.fields[0].field, 'answer');
      assert.equal((await call('answerMethodConfirmation', { params: { methodId }, body: { answer: 'mine' } })).status, 401);
      const answered = await call('answerMethodConfirmation', { as: personId, params: { methodId }, body: { answer: 'notMine' }, idempotencyKey: 'confirm-ana-1' });
      assert.equal(answered.status, 200);
      assert.equal(answered.body.confirmation, 'notMine');
      assert.equal(answered.body.health, 'ok', 'the method keeps receiving messages');
      const replay = await call('answerMethodConfirmation', { as: personId, params: { methodId }, body: { answer: 'notMine' }, idempotencyKey: 'confirm-ana-1' });
      assert.deepEqual(replay.body, answered.body);
      const remaining = await call('listUnconfirmedMethods', { as: personId, params: { personId } });
      assert.deepEqual(remaining.body.items, []);
    });
  });
}
