import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function catalogConformance(ctx: ConformanceContext): void {
  describe('saved filters and audiences', () => {
    it('listBatchFilters: filters of the mode; 403 for non-admins; 422 without a mode; 401', async () => {
      const { call, f } = ctx;
      const staff = await call('listBatchFilters', { as: f.admin, query: { mode: 'staff' } });
      assert.equal(staff.status, 200);
      assert.ok(staff.body.items.some((x: { id: string }) => x.id === f.staffFilter));
      assert.ok(staff.body.items.every((x: { mode: string }) => x.mode === 'staff'));
      assert.equal((await call('listBatchFilters', { as: f.teacher, query: { mode: 'staff' } })).status, 403);
      assert.equal((await call('listBatchFilters', { as: f.admin })).status, 422);
      assert.equal((await call('listBatchFilters', { query: { mode: 'staff' } })).status, 401);
    });

    it('listSavedAudiences: staff see audiences with sizes, families none; 422; 401', async () => {
      const { call, f } = ctx;
      const audiences = await call('listSavedAudiences', { as: f.teacher });
      assert.ok(audiences.body.items.some((a: { id: string; size: number }) => a.id === f.audience && a.size > 0));
      assert.deepEqual((await call('listSavedAudiences', { as: f.guardian })).body.items, []);
      assert.equal((await call('listSavedAudiences', { as: f.teacher, query: { limit: 0 } })).status, 422);
      assert.equal((await call('listSavedAudiences')).status, 401);
    });
  });
}
