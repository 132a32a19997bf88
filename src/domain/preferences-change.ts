import type {
  ContactMethod,
  ContactPreferencesChange,
  E164,
  FieldError,
  PreferenceCell,
  SmsConsent,
  Timestamp,
} from './types.js';
import type { PersonRecord } from './records.js';
import { offersChannel, reasonAvailability, setPreference } from './preference-rules.js';
import { recordStaffEntry, summarizeConsent } from './consent-rules.js';
import { checkPreferences, consentAfter, planMethods, type PreferencesChangeContext } from './preferences-plan.js';

export type { PreferencesChangeContext } from './preferences-plan.js';

/** How `applyPreferencesChange` names new things and tells time. */
export interface ApplyOptions {
  /** When the change happens; stamps consent events. */
  at: Timestamp;
  /** The id of a method added with `clientId`. Default `${personId}-${clientId}`. */
  newMethodId?: (personId: string, clientId: string) => string;
  /** How many other accounts hold a value; default 0 (a backend with an index knows better). */
  sharedAccountCount?: (value: string, personId: string) => number;
}

/** A Save applied: the person's new record and everything else it changed. */
export interface PreferencesChangeApplied {
  ok: true;
  record: PersonRecord;
  /** Other people changed through a household phone, in their new state. */
  alsoUpdated: PersonRecord[];
  /** Consents that changed (cell numbers entered by staff), in their new state. */
  consents: SmsConsent[];
  /** The id given to each method added, by its `clientId`. */
  methodIds: ReadonlyMap<string, string>;
}

/** A Save refused, with every rule it broke. */
export interface PreferencesChangeRefused {
  ok: false;
  errors: FieldError[];
}

/**
 * Checks one Save against the rules the elements follow, so that a backend refuses what the
 * elements never offer. Returns every broken rule as a field error (`methods.added.0.value`
 * `invalidPhone`, `preferences.3.channel` `textNotAllowed`, …); an empty list means valid.
 *
 * Rules: added and edited values normalize (phones to E.164, emails lower-cased); one method
 * per type and no value twice on a person; household phones only for a household member;
 * sign-in methods are not changed or removed here; preference switches only for methods that
 * exist after the change (or are added in it), for reasons the district enabled that apply to
 * the person, on channels the method's type offers; text switched on only for a cell number
 * that opted in (or that staff enter now, which counts as opted in); the language one the
 * district offers; SMS notifications only with an opted-in cell, email ones only with an email.
 */
export function validatePreferencesChange(
  record: PersonRecord,
  change: ContactPreferencesChange,
  context: PreferencesChangeContext,
): FieldError[] {
  const plan = planMethods(record, change, context);
  checkPreferences(record, change, context, plan);
  return plan.errors;
}


/**
 * Applies one Save — after checking it with the rules of `validatePreferencesChange` — and
 * returns the person's new record, without changing the records given.
 *
 * - Added methods get an id (`newMethodId`), `source` `user` or `staff`, `confirmed`.
 *   Edited values reset the method's delivery health (a new number or address starts fresh).
 * - A cell number staff enter counts as opted in (unless its holder opted out); the changed
 *   consents are returned with their audit events.
 * - Switches of removed methods go; so do switches a method's new type cannot carry, and text
 *   switches of a number entered now that has not opted in.
 * - A switch of a household phone is set on the household phone of every other ACTIVE member
 *   of that household too, for whom the reason applies; those members are returned in
 *   `alsoUpdated`. Only preferences travel: the number itself is each member's own record.
 */
export function applyPreferencesChange(
  record: PersonRecord,
  change: ContactPreferencesChange,
  context: PreferencesChangeContext,
  options: ApplyOptions,
): PreferencesChangeApplied | PreferencesChangeRefused {
  const plan = planMethods(record, change, context);
  checkPreferences(record, change, context, plan);
  if (plan.errors.length > 0) return { ok: false, errors: plan.errors };

  const person = record.person;
  const newMethodId = options.newMethodId ?? ((personId: string, clientId: string) => `${personId}-${clientId}`);
  const methodIds = new Map<string, string>();
  for (const clientId of plan.addedClientIds.keys()) methodIds.set(clientId, newMethodId(person.id, clientId));
  const idOf = (key: string) => methodIds.get(key) ?? key;

  const consents: SmsConsent[] = [];
  const consentNow = new Map<E164, SmsConsent>();
  const originalById = new Map(record.methods.map((method) => [method.id, method]));
  const finalMethods: ContactMethod[] = [];
  const droppedText = new Set<string>();
  for (const [key, planned] of plan.methods) {
    if (!plan.entered.has(key)) {
      finalMethods.push(planned);
      continue;
    }
    const status = consentAfter(context, planned, true);
    if (context.actor.kind === 'staff' && planned.type === 'cellPhone') {
      const entry = recordStaffEntry(context.consents.get(planned.value), planned.value, context.actor.person, options.at);
      if (entry.event) {
        consents.push(entry.consent);
        consentNow.set(planned.value, entry.consent);
      }
    }
    if (status !== 'optedIn') droppedText.add(idOf(key));
    const consent = consentNow.get(planned.value) ?? context.consents.get(planned.value);
    const original = originalById.get(key);
    const valueChanged = original?.value !== planned.value;
    finalMethods.push({
      ...planned,
      id: idOf(key),
      householdId: planned.type === 'householdPhone' ? (person.householdId ?? null) : null,
      smsConsent: planned.type === 'email' || planned.type === 'secondaryEmail' || !consent ? null : summarizeConsent(consent),
      ...(valueChanged && {
        source: context.actor.kind === 'staff' ? 'staff' : 'user',
        confirmation: 'confirmed',
        health: 'ok',
        healthSince: null,
        sharedAccountCount: options.sharedAccountCount?.(planned.value, person.id) ?? 0,
      }),
    });
  }

  const byId = new Map(finalMethods.map((method) => [method.id, method]));
  let preferences: PreferenceCell[] = record.preferences.filter((cell) => {
    const method = byId.get(cell.methodId);
    if (!cell.enabled || !method || !offersChannel(method.type, cell.channel)) return false;
    return cell.channel !== 'text' || (method.type === 'cellPhone' && !droppedText.has(method.id));
  });
  const householdCells: Array<{ householdId: string; cell: PreferenceCell }> = [];
  for (const cell of change.preferences ?? []) {
    const methodId = idOf(cell.methodId);
    preferences = setPreference(preferences, methodId, cell.reason, cell.channel, cell.enabled);
    const method = byId.get(methodId)!;
    const householdId = method.householdId ?? person.householdId;
    if (method.type === 'householdPhone' && householdId) householdCells.push({ householdId, cell });
  }

  return {
    ok: true,
    record: {
      person: change.language === undefined ? person : { ...person, language: change.language },
      methods: finalMethods,
      preferences,
      conversationChannel: change.conversationChannel === undefined ? record.conversationChannel : change.conversationChannel,
    },
    alsoUpdated: carryToHousehold(person.id, householdCells, context),
    consents,
    methodIds,
  };
}

/** Sets household-phone switches on the household phones of the other active members. */
function carryToHousehold(
  personId: string,
  householdCells: ReadonlyArray<{ householdId: string; cell: PreferenceCell }>,
  context: PreferencesChangeContext,
): PersonRecord[] {
  const changed = new Map<string, PersonRecord>();
  for (const { householdId, cell } of householdCells) {
    for (const memberId of context.households?.get(householdId)?.memberIds ?? []) {
      if (memberId === personId) continue;
      const member = changed.get(memberId) ?? context.people?.get(memberId);
      if (!member || !member.person.active) continue;
      if (reasonAvailability(member.person, cell.reason, context.settings) !== 'available') continue;
      const phone = member.methods.find(
        (method) => method.type === 'householdPhone' && (method.householdId ?? member.person.householdId) === householdId,
      );
      if (!phone) continue;
      const preferences = setPreference(member.preferences, phone.id, cell.reason, cell.channel, cell.enabled);
      if (preferences !== member.preferences) changed.set(memberId, { ...member, preferences });
    }
  }
  return [...changed.values()];
}
