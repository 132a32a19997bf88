import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConformanceContext } from './context.js';

export function preferencesUpdateConformance(ctx: ConformanceContext): void {
  describe('contact preferences: saving', () => {
    const load = (as: string, personId: string) => ctx.call('getContactPreferences', { as, params: { personId } });

    it('updateContactPreferences: a household-phone change reaches every active member; new ETag', async () => {
      const { call, f } = ctx;
      const before = await load(f.guardian, f.guardian);
      const household = before.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
      const on = before.body.preferences.some((p: { methodId: string; reason: string; channel: string }) => p.methodId === household.id && p.reason === 'general' && p.channel === 'voice');
      const saved = await call('updateContactPreferences', {
        as: f.guardian,
        params: { personId: f.guardian },
        headers: { 'If-Match': before.body.version },
        body: { preferences: [{ methodId: household.id, reason: 'general', channel: 'voice', enabled: !on }], language: 'es' },
      });
      assert.equal(saved.status, 200);
      assert.notEqual(saved.headers.get('ETag'), before.body.version);
      assert.equal(saved.body.preferences.language, 'es');
      const also = saved.body.alsoUpdated.map((p: { id: string }) => p.id);
      assert.ok(also.includes(f.household.partnerId));
      assert.ok(!also.includes(f.household.inactiveMemberId));
      const partner = await load(f.admin, f.household.partnerId);
      const partnerHousehold = partner.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
      assert.equal(
        partner.body.preferences.some((p: { methodId: string; reason: string; channel: string }) => p.methodId === partnerHousehold.id && p.reason === 'general' && p.channel === 'voice'),
        !on,
      );
    });

    it('updateContactPreferences: 409 with the current preferences when the version is stale', async () => {
      const { call, f } = ctx;
      const stale = await call('updateContactPreferences', { as: f.spanishGuardian, params: { personId: f.spanishGuardian }, headers: { 'If-Match': 'v0' }, body: { language: 'en' } });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.current.personId, f.spanishGuardian);
      assert.equal(stale.body.current.language, 'es');
    });

    it('updateContactPreferences: refuses text on a non-cell or a never-asked number, and reasons not enabled or not applicable', async () => {
      const { call, f } = ctx;
      const tobias = await load(f.neverAskedGuardian.personId, f.neverAskedGuardian.personId);
      const cell = tobias.body.methods.find((m: { type: string }) => m.type === 'cellPhone');
      const save = (personId: string, version: string, preferences: unknown[]) =>
        call('updateContactPreferences', { as: personId, params: { personId }, headers: { 'If-Match': version }, body: { preferences } });
      const notAsked = await save(f.neverAskedGuardian.personId, tobias.body.version, [{ methodId: cell.id, reason: 'general', channel: 'text', enabled: true }]);
      assert.equal(notAsked.status, 422);
      assert.equal(notAsked.body.code, 'textNotAllowed');
      assert.equal(notAsked.body.fields[0].field.startsWith('preferences.0'), true);
      const dennis = await load(f.guardian, f.guardian);
      const household = dennis.body.methods.find((m: { type: string }) => m.type === 'householdPhone');
      const landline = await save(f.guardian, dennis.body.version, [{ methodId: household.id, reason: 'emergency', channel: 'text', enabled: true }]);
      assert.equal(landline.body.code, 'textNotAllowed');
      const email = dennis.body.methods.find((m: { type: string }) => m.type === 'email');
      const teacherReason = await save(f.guardian, dennis.body.version, [{ methodId: email.id, reason: 'teacher', channel: 'email', enabled: true }]);
      assert.equal(teacherReason.body.code, 'reasonNotEnabled');
      const staffReason = await save(f.guardian, dennis.body.version, [{ methodId: email.id, reason: 'staff', channel: 'email', enabled: true }]);
      assert.equal(staffReason.status, 422);
    });

    it('updateContactPreferences: 403 for staff editing others; 404; 422 without If-Match or with a malformed body; 401', async () => {
      const { call, f } = ctx;
      const version = (await load(f.teacher, f.guardian)).body.version;
      assert.equal((await call('updateContactPreferences', { as: f.teacher, params: { personId: f.guardian }, headers: { 'If-Match': version }, body: { language: 'en' } })).status, 403);
      assert.equal((await call('updateContactPreferences', { as: f.guardian, params: { personId: f.household.partnerId }, headers: { 'If-Match': version }, body: {} })).status, 403);
      assert.equal((await call('updateContactPreferences', { as: f.admin, params: { personId: 'gdn-none' }, headers: { 'If-Match': 'v1' }, body: {} })).status, 404);
      const noVersion = await call('updateContactPreferences', { as: f.guardian, params: { personId: f.guardian }, body: { language: 'en' } });
      assert.equal(noVersion.body.fields[0].field, 'If-Match');
      const malformed = await call('updateContactPreferences', { as: f.guardian, params: { personId: f.guardian }, headers: { 'If-Match': version }, body: { preferences: [{ methodId: 'x', reason: 'sometimes', channel: 'voice', enabled: 'yes' }] } });
      assert.deepEqual(malformed.body.fields.map((e: { field: string }) => e.field).sort(), ['preferences.0.enabled', 'preferences.0.reason']);
      assert.equal((await call('updateContactPreferences', { params: { personId: f.guardian }, headers: { 'If-Match': version }, body: {} })).status, 401);
      ctx.backend.controls.failNext({ operationId: 'updateContactPreferences', status: 429 });
      assert.equal((await call('updateContactPreferences', { as: f.guardian, params: { personId: f.guardian }, headers: { 'If-Match': version }, body: {} })).status, 429);
    });

    it('updateContactPreferences: an administrator adds a cell number, which counts as opted in', async () => {
      const { call, f } = ctx;
      const before = await load(f.admin, f.staffWithoutAssignment);
      const saved = await call('updateContactPreferences', {
        as: f.admin,
        params: { personId: f.staffWithoutAssignment },
        headers: { 'If-Match': before.body.version },
        body: {
          methods: { added: [{ clientId: 'new-cell', type: 'cellPhone', value: '+1 (217) 555-0177' }] },
          preferences: [{ methodId: 'new-cell', reason: 'emergency', channel: 'text', enabled: true }],
        },
      });
      assert.equal(saved.status, 200);
      const cell = saved.body.preferences.methods.find((m: { type: string }) => m.type === 'cellPhone');
      assert.equal(cell.value, '+12175550177');
      assert.equal(cell.smsConsent.status, 'optedIn');
      assert.ok(saved.body.preferences.preferences.some((p: { methodId: string; channel: string }) => p.methodId === cell.id && p.channel === 'text'));
    });
  });
}
