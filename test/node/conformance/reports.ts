import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function reportsConformance(ctx: ConformanceContext): void {
  describe('shared-contact report', () => {
    it('listSharedContactGroups: flags the duplicated guardian, filters, sorts, pages with total; 403; 422; 401', async () => {
      const { call, f } = ctx;
      const flagged = await call('listSharedContactGroups', { as: f.admin, query: { flag: 'possibleDuplicateGuardian' } });
      assert.equal(flagged.status, 200);
      assert.ok(flagged.body.items.some((g: { value: string }) => g.value === f.duplicatedGuardian.phone));
      const emails = await call('listSharedContactGroups', { as: f.admin, query: { kind: 'email', sort: 'value', order: 'asc' } });
      const values = emails.body.items.map((g: { value: string }) => g.value);
      assert.deepEqual(values, [...values].sort());
      assert.ok(emails.body.items.every((g: { kind: string }) => g.kind === 'email'));
      const byName = await call('listSharedContactGroups', { as: f.admin, query: { q: 'Grace Okafor' } });
      assert.ok(byName.body.items.some((g: { value: string; sharing: string[] }) => g.value === f.staffAlsoGuardian.phone && g.sharing.includes('sameHuman')));
      const ids: string[] = [];
      let cursor: string | undefined;
      let total = 0;
      do {
        const page = await call('listSharedContactGroups', { as: f.admin, query: { limit: 9, cursor } });
        total = page.body.total;
        const counts = page.body.items.map((g: { accountCount: number }) => g.accountCount);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
        ids.push(...page.body.items.map((g: { id: string }) => g.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      assert.equal(new Set(ids).size, total);
      assert.equal((await call('listSharedContactGroups', { as: f.teacher })).status, 403);
      assert.equal((await call('listSharedContactGroups', { as: f.admin, query: { sort: 'name' } })).status, 422);
      assert.equal((await call('listSharedContactGroups')).status, 401);
    });

  });
}
