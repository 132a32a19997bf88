import type { ContactReason, DeliveryPlan } from '../../domain/types.js';
import { CONTACT_REASONS } from '../../domain/vocabulary.js';
import { planDelivery as planDeliveries, ReasonNotEnabledError } from '../../domain/delivery-planning.js';
import type { PersonRecord } from '../../domain/records.js';
import { isStaffLike } from './auth.js';
import { BodyChecker } from './body-checker.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { DEFAULT_LIMIT, pageOf } from './paging.js';
import { field, forbidden, invalid, notFound } from './problems.js';
import type { DeliveryPlanRecord } from './state.js';

function planOf(backend: MockBackend, planId: string, viewerId: string): DeliveryPlanRecord {
  const record = backend.state.plans.get(planId);
  // Plans are private to whoever made them.
  if (!record || record.ownerId !== viewerId) throw notFound('delivery plan');
  return record;
}

export const planDelivery = signedIn({
  operationId: 'planDelivery',
  method: 'POST',
  path: '/delivery-plans',
  idempotent: true,
  run(backend, { viewer, body }: SignedInRequest) {
    if (!isStaffLike(viewer)) throw forbidden('forbidden', 'Only staff plan communications.');
    const state = backend.state;
    const check = new BodyChecker(body);
    const reason = check.string('reason', { required: true, values: CONTACT_REASONS }) as ContactReason | undefined;
    const personIds = check.array('personIds', { max: 1000 }, check.stringItem);
    const audienceId = check.string('audienceId');
    const urgent = check.boolean('urgent') ?? false;
    if (personIds && audienceId) check.fail('audienceId', 'exclusive', 'Give personIds or audienceId, not both.');
    if (!personIds && !audienceId) check.fail('personIds', 'required', 'Give personIds or audienceId.');
    const audience = audienceId ? state.district.savedAudiences.find((a) => a.id === audienceId) : undefined;
    if (audienceId && !audience) check.fail('audienceId', 'notFound');
    personIds?.forEach((id, i) => {
      if (!state.person(id)) check.fail(`personIds.${i}`, 'notFound');
    });
    check.done();
    // Each person once, however often the request names them (the planner does not de-duplicate).
    const ids = [...new Set(personIds ?? audience!.personIds)];
    const recipients = ids.map((id) => state.person(id)).filter((r): r is PersonRecord => !!r);
    let planned;
    try {
      planned = planDeliveries({ recipients, reason: reason!, urgent, consents: state.district.consents, settings: state.district.settings });
    } catch (error) {
      if (error instanceof ReasonNotEnabledError) throw invalid([field('reason', 'notEnabled', error.message)], 'reasonNotEnabled');
      throw error;
    }
    const id = state.nextId('plan', 4);
    const record: DeliveryPlanRecord = {
      ownerId: viewer.person.id,
      deliveries: planned.deliveries,
      skipped: planned.skipped,
      plan: {
        id,
        reason: reason!,
        recipientCount: planned.recipientCount,
        deliveryCount: planned.deliveryCount,
        byChannel: planned.byChannel,
        duplicatesCollapsed: planned.duplicatesCollapsed,
        skippedCount: planned.skippedCount,
      },
    };
    state.plans.set(id, record);
    const first = new URLSearchParams({ limit: String(DEFAULT_LIMIT) });
    const plan: DeliveryPlan = {
      ...record.plan,
      deliveries: pageOf(record.deliveries, first, `deliveries|${id}`),
      skipped: pageOf(record.skipped, first, `skipped|${id}`),
    };
    return json(plan, 201);
  },
});

export const listPlannedDeliveries = signedIn({
  operationId: 'listPlannedDeliveries',
  method: 'GET',
  path: '/delivery-plans/{planId}/deliveries',
  run(backend, { viewer, params, query }: SignedInRequest) {
    const record = planOf(backend, params.planId!, viewer.person.id);
    return json(pageOf(record.deliveries, query, `deliveries|${record.plan.id}`));
  },
});

export const listSkippedRecipients = signedIn({
  operationId: 'listSkippedRecipients',
  method: 'GET',
  path: '/delivery-plans/{planId}/skipped',
  run(backend, { viewer, params, query }: SignedInRequest) {
    const record = planOf(backend, params.planId!, viewer.person.id);
    return json(pageOf(record.skipped, query, `skipped|${record.plan.id}`));
  },
});
