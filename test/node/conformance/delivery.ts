import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function deliveryConformance(ctx: ConformanceContext): void {
  describe('delivery plans', () => {
    it('planDelivery + pages: one delivery per endpoint, shared phones labelled; 403; 422; 401', async () => {
      const { call, f } = ctx;
      const plan = await call('planDelivery', { as: f.teacher, body: { reason: 'emergency', audienceId: f.audience, urgent: true } });
      assert.equal(plan.status, 201);
      const all = [...plan.body.deliveries.items];
      let cursor = plan.body.deliveries.nextCursor;
      while (cursor) {
        const page = await call('listPlannedDeliveries', { as: f.teacher, params: { planId: plan.body.id }, query: { cursor } });
        all.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
      assert.equal(all.length, plan.body.deliveryCount);
      const endpoints = all.map((d: { channel: string; endpoint: string }) => `${d.channel}|${d.endpoint}`);
      assert.equal(new Set(endpoints).size, endpoints.length, 'one message per distinct endpoint');
      const skipped = await call('listSkippedRecipients', { as: f.teacher, params: { planId: plan.body.id } });
      assert.equal(skipped.body.total, plan.body.skippedCount);
      assert.equal((await call('listPlannedDeliveries', { as: f.admin, params: { planId: plan.body.id } })).status, 404);
      assert.equal((await call('listSkippedRecipients', { as: f.admin, params: { planId: plan.body.id } })).status, 404);
      assert.equal((await call('listPlannedDeliveries', { params: { planId: plan.body.id } })).status, 401);
      assert.equal((await call('listSkippedRecipients', { params: { planId: plan.body.id } })).status, 401);
      assert.equal((await call('listSkippedRecipients', { as: f.teacher, params: { planId: plan.body.id }, query: { limit: 999 } })).status, 422);
      assert.equal((await call('listPlannedDeliveries', { as: f.teacher, params: { planId: plan.body.id }, query: { limit: 999 } })).status, 422);
      assert.equal((await call('planDelivery', { as: f.guardian, body: { reason: 'general', personIds: [f.guardian] } })).status, 403);
      const neither = await call('planDelivery', { as: f.teacher, body: { reason: 'general' } });
      assert.equal(neither.status, 422);
      const notEnabled = await call('planDelivery', { as: f.teacher, body: { reason: 'teacher', personIds: [f.guardian] } });
      assert.equal(notEnabled.body.code, 'reasonNotEnabled');
      assert.equal((await call('planDelivery', { body: { reason: 'general', personIds: [f.guardian] } })).status, 401);
    });
  });
}
