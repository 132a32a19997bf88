import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contractOperations } from './support/contract.js';
import { conformanceContext } from './conformance/context.js';
import { sessionConformance } from './conformance/session.js';
import { conversationConformance } from './conformance/conversations.js';
import { preferencesConformance } from './conformance/preferences.js';
import { consentConformance } from './conformance/consent.js';
import { catalogConformance } from './conformance/catalogs.js';
import { preferencesUpdateConformance } from './conformance/preferences-update.js';
import { smsConformance } from './conformance/sms.js';
import { reportsConformance } from './conformance/reports.js';
import { batchConformance } from './conformance/batch.js';
import { deliveryConformance } from './conformance/delivery.js';

const ctx = conformanceContext();

describe('contract conformance', () => {
  before(() => ctx.start());
  after(() => ctx.stop());

  it('the backend implements exactly the operations of the contract', () => {
    assert.deepEqual([...ctx.backend.operations.keys()].sort(), contractOperations.map((op) => op.operationId).sort());
  });

  sessionConformance(ctx);
  conversationConformance(ctx);
  preferencesConformance(ctx);
  consentConformance(ctx);
  catalogConformance(ctx);
  preferencesUpdateConformance(ctx);
  smsConformance(ctx);
  reportsConformance(ctx);
  batchConformance(ctx);
  deliveryConformance(ctx);

  it('exercised every documented status of every operation (5xx once through the controls)', () => {
    const missing: string[] = [];
    for (const op of contractOperations) {
      const seen = ctx.exercised.get(op.operationId) ?? new Set<number>();
      for (const status of Object.keys(op.spec.responses)) {
        if (status === 'default') continue;
        if (!seen.has(Number(status))) missing.push(`${op.operationId} ${status}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('exercised every operation of the contract through its handler', () => {
    const missing = contractOperations.map((op) => op.operationId).filter((id) => !ctx.exercised.has(id));
    assert.deepEqual(missing, []);
  });
});
