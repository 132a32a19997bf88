import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function sessionConformance(ctx: ConformanceContext): void {
  describe('session', () => {
    it('getViewer: 200 for each kind of viewer, admins derived from district rights', async () => {
      const { call, f } = ctx;
      assert.equal((await call('getViewer', { as: f.admin })).body.role, 'admin');
      assert.equal((await call('getViewer', { as: f.teacher })).body.role, 'staff');
      assert.equal((await call('getViewer', { as: f.guardian })).body.role, 'guardian');
      const student = await call('getViewer', { as: f.studentMayJoin });
      assert.equal(student.body.role, 'student');
      assert.ok(!student.body.permissions.includes('conversations.start'));
    });

    it('getViewer: 401 without a token, with a foreign token, for an inactive account', async () => {
      const { call, f } = ctx;
      assert.equal((await call('getViewer')).status, 401);
      assert.equal((await call('getViewer', { headers: { Authorization: 'Bearer not-ours' } })).status, 401);
      assert.equal((await call('getViewer', { as: 'nobody-at-all' })).status, 401);
      assert.equal((await call('getViewer', { as: f.household.inactiveMemberId })).status, 401);
    });

    it('getViewer: 5xx when the controls make the server fail', async () => {
      ctx.backend.controls.failNext({ operationId: 'getViewer', status: 500 });
      assert.equal((await ctx.call('getViewer', { as: ctx.f.teacher })).status, 500);
      ctx.backend.controls.failNext({ path: '/viewer', status: 503 });
      const unavailable = await ctx.call('getViewer', { as: ctx.f.teacher });
      assert.equal(unavailable.status, 503);
      assert.equal(unavailable.body.retryAfter, 1);
    });

    it('getDistrictSettings: public, and 429 with Retry-After when rate limited', async () => {
      const settings = await ctx.call('getDistrictSettings');
      assert.equal(settings.status, 200);
      assert.ok(!settings.body.enabledReasons.includes('teacher'));
      assert.equal((await ctx.call('getDistrictSettings', { headers: { Authorization: 'Bearer stale' } })).status, 200);
      ctx.backend.controls.failNext({ method: 'GET', path: '/district/settings', status: 429 });
      const limited = await ctx.call('getDistrictSettings');
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('Retry-After'), '1');
    });
  });
}
