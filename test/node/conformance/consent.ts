import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function consentConformance(ctx: ConformanceContext): void {
  describe('SMS consent: lookup and opt-in report', () => {
    it('getSmsConsent: history of an opted-out number; notAsked for a number never asked; 403; 422; 401', async () => {
      const { call, f } = ctx;
      const out = await call('getSmsConsent', { as: f.teacher, params: { phone: f.optedOutGuardian.phone } });
      assert.equal(out.status, 200);
      assert.equal(out.body.status, 'optedOut');
      assert.ok(out.body.history.length >= 2);
      const never = await call('getSmsConsent', { as: f.neverAskedGuardian.personId, params: { phone: f.neverAskedGuardian.phone } });
      assert.deepEqual([never.body.status, never.body.history], ['notAsked', []]);
      assert.equal((await call('getSmsConsent', { as: f.guardian, params: { phone: f.optedOutGuardian.phone } })).status, 403);
      assert.equal((await call('getSmsConsent', { as: f.teacher, params: { phone: '555-0101' } })).status, 422);
      assert.equal((await call('getSmsConsent', { params: { phone: f.optedOutGuardian.phone } })).status, 401);
    });

    it("getSmsConsentForMethod: the method's number's consent; same visibility as the number; 404; 422 for a non-phone; 401", async () => {
      const { call, f, backend } = ctx;
      const out = await call('getSmsConsentForMethod', { as: f.teacher, params: { methodId: f.optedOutGuardian.methodId } });
      assert.equal(out.status, 200);
      const byPhone = await call('getSmsConsent', { as: f.teacher, params: { phone: f.optedOutGuardian.phone } });
      assert.deepEqual(out.body, byPhone.body);
      const never = await call('getSmsConsentForMethod', { as: f.neverAskedGuardian.personId, params: { methodId: f.neverAskedGuardian.methodId } });
      assert.deepEqual([never.body.phone, never.body.status, never.body.history], [f.neverAskedGuardian.phone, 'notAsked', []]);
      // A household phone is each member's number: one member may look it up through another's method.
      const partnersHouseholdPhone = backend.state.person(f.household.partnerId)!.methods.find((m) => m.type === 'householdPhone')!;
      const shared = await call('getSmsConsentForMethod', { as: f.household.guardianId, params: { methodId: partnersHouseholdPhone.id } });
      assert.deepEqual([shared.status, shared.body.phone], [200, f.household.phone]);
      assert.equal((await call('getSmsConsentForMethod', { as: f.guardian, params: { methodId: f.optedOutGuardian.methodId } })).status, 403);
      assert.equal((await call('getSmsConsentForMethod', { as: f.teacher, params: { methodId: 'no-such-method' } })).status, 404);
      const email = await call('getSmsConsentForMethod', { as: f.unconfirmedMethod.personId, params: { methodId: f.unconfirmedMethod.methodId } });
      assert.equal(email.status, 422);
      assert.deepEqual(email.body.fields.map((e: { field: string; code: string }) => [e.field, e.code]), [['methodId', 'notPhone']]);
      // Someone else's email: not visible, so not said to be an email either.
      assert.equal((await call('getSmsConsentForMethod', { as: f.optedOutGuardian.personId, params: { methodId: f.unconfirmedMethod.methodId } })).status, 403);
      assert.equal((await call('getSmsConsentForMethod', { params: { methodId: f.optedOutGuardian.methodId } })).status, 401);
    });

    it('listSmsConsent: filters by status and type, searches names and digits, pages with total; 403; 422; 401', async () => {
      const { call, f } = ctx;
      const out = await call('listSmsConsent', { as: f.admin, query: { status: 'optedOut', numberType: 'cell' } });
      assert.equal(out.status, 200);
      assert.ok(out.body.items.length > 0 && out.body.items.every((r: { status: string; numberType: string }) => r.status === 'optedOut' && r.numberType === 'cellPhone'));
      assert.ok(out.body.items.some((r: { personId: string }) => r.personId === f.optedOutGuardian.personId));
      const digits = f.optedOutGuardian.phone.slice(-7);
      const byDigits = await call('listSmsConsent', { as: f.admin, query: { q: `${digits.slice(0, 3)}-${digits.slice(3)}` } });
      assert.ok(byDigits.body.items.some((r: { phone: string }) => r.phone === f.optedOutGuardian.phone));
      const byName = await call('listSmsConsent', { as: f.admin, query: { q: 'JOSE NUNEZ' } });
      assert.ok(byName.body.items.some((r: { personId: string }) => r.personId === f.spanishGuardian));
      assert.ok(byName.body.items.every((r: { displayName: string }) => r.displayName === 'José Núñez'));
      const seen = new Set<string>();
      let cursor: string | undefined;
      let total = 0;
      do {
        const page = await call('listSmsConsent', { as: f.admin, query: { limit: 25, cursor } });
        total = page.body.total;
        for (const r of page.body.items) seen.add(`${r.personId}|${r.phone}`);
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      assert.equal(seen.size, total);
      assert.equal((await call('listSmsConsent', { as: f.teacher })).status, 403);
      assert.equal((await call('listSmsConsent', { as: f.admin, query: { status: 'maybe' } })).status, 422);
      assert.equal((await call('listSmsConsent')).status, 401);
    });
  });
}
