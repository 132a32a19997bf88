// The checks shared by validating and applying a contact-preferences Save. Internal to the
// domain layer: the public functions are in preferences-change.ts.
import type {
  ContactMethod,
  ContactMethodType,
  ContactPreferencesChange,
  DistrictSettings,
  E164,
  FieldError,
  SmsConsent,
  SmsConsentSummary,
} from './types.js';
import type { HouseholdRecord, PersonRecord } from './records.js';
import { normalizeContactValue } from './contact-values.js';
import { isPhoneType } from './vocabulary.js';
import { offersChannel, preferenceKey, reasonAvailability, textAvailability } from './preference-rules.js';
import type { ConsentActor } from './consent-rules.js';

/** What validating and applying a Save needs besides the person's record. */
export interface PreferencesChangeContext {
  settings: Pick<DistrictSettings, 'enabledReasons'> & Partial<Pick<DistrictSettings, 'languages' | 'texting'>>;
  /** Consent by number. A number with no entry has not been asked. */
  consents: ReadonlyMap<E164, SmsConsent>;
  /** Who saves: the person themself, or staff on their behalf (a cell number staff enter counts as opted in). */
  actor: ConsentActor;
  /** Households and people, to carry household-phone preferences to the other active members. */
  households?: ReadonlyMap<string, HouseholdRecord>;
  people?: ReadonlyMap<string, PersonRecord>;
}

/** The methods after a change, and the rules it broke so far. */
export interface Plan {
  errors: FieldError[];
  /** The methods after the change, keyed by id or, for added ones, by clientId. */
  methods: Map<string, ContactMethod>;
  /** Methods whose number or type was entered in this change, by id/clientId. */
  entered: Set<string>;
  addedClientIds: Map<string, number>;
}

function fieldError(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}

/** Whether a number texts: opted in, or a cell number staff enter now (unless its holder opted out). */
export function consentAfter(
  context: PreferencesChangeContext,
  method: ContactMethod,
  enteredNow: boolean,
): SmsConsentSummary['status'] {
  const status = context.consents.get(method.value)?.status ?? 'notAsked';
  if (enteredNow && context.actor.kind === 'staff' && method.type === 'cellPhone' && status === 'notAsked') {
    return 'optedIn';
  }
  return status;
}

export function planMethods(record: PersonRecord, change: ContactPreferencesChange, context: PreferencesChangeContext): Plan {
  const errors: FieldError[] = [];
  const person = record.person;
  const existing = new Map(record.methods.map((method) => [method.id, method]));
  const methods = new Map(existing);
  const entered = new Set<string>();
  const addedClientIds = new Map<string, number>();
  const touched: Array<{ key: string; field: string }> = [];
  const { added = [], updated = [], removed = [] } = change.methods ?? {};
  const needsHousehold = (type: ContactMethodType) => type === 'householdPhone' && !person.householdId;

  const removedIds = new Set<string>();
  removed.forEach((id, i) => {
    const method = existing.get(id);
    if (!method) errors.push(fieldError(`methods.removed.${i}`, 'unknownMethod', `No method ${id} on this person.`));
    else if (removedIds.has(id)) errors.push(fieldError(`methods.removed.${i}`, 'duplicate', `Method ${id} is removed twice.`));
    else if (method.usedForSignIn) errors.push(fieldError(`methods.removed.${i}`, 'usedForSignIn', 'A sign-in method cannot be removed here.'));
    removedIds.add(id);
    methods.delete(id);
  });

  const updatedIds = new Set<string>();
  updated.forEach((edit, i) => {
    const field = `methods.updated.${i}`;
    const method = existing.get(edit.id);
    if (!method) return errors.push(fieldError(`${field}.id`, 'unknownMethod', `No method ${edit.id} on this person.`));
    if (updatedIds.has(edit.id)) return errors.push(fieldError(`${field}.id`, 'duplicate', `Method ${edit.id} is edited twice.`));
    if (removedIds.has(edit.id)) return errors.push(fieldError(`${field}.id`, 'conflict', `Method ${edit.id} is both edited and removed.`));
    updatedIds.add(edit.id);
    const type = edit.type ?? method.type;
    if (needsHousehold(type)) errors.push(fieldError(`${field}.type`, 'notApplicable', 'The person belongs to no household.'));
    const normalized = normalizeContactValue(type, edit.value ?? method.value);
    if (!normalized.ok) {
      errors.push(fieldError(`${field}.${edit.value === undefined ? 'type' : 'value'}`, normalized.code, `Refused: ${normalized.reason}.`));
      return;
    }
    if (normalized.value !== method.value && method.usedForSignIn) {
      errors.push(fieldError(`${field}.value`, 'usedForSignIn', 'A sign-in method cannot be changed here.'));
    }
    if (normalized.value === method.value && type === method.type) return;
    methods.set(edit.id, { ...method, type, value: normalized.value });
    entered.add(edit.id);
    touched.push({ key: edit.id, field });
  });

  added.forEach((method, i) => {
    const field = `methods.added.${i}`;
    if (addedClientIds.has(method.clientId) || existing.has(method.clientId)) {
      return errors.push(fieldError(`${field}.clientId`, 'duplicate', `clientId ${method.clientId} is already used.`));
    }
    addedClientIds.set(method.clientId, i);
    if (needsHousehold(method.type)) errors.push(fieldError(`${field}.type`, 'notApplicable', 'The person belongs to no household.'));
    const normalized = normalizeContactValue(method.type, method.value);
    if (!normalized.ok) return errors.push(fieldError(`${field}.value`, normalized.code, `Refused: ${normalized.reason}.`));
    methods.set(method.clientId, newMethod(record, method.type, normalized.value, '', context));
    entered.add(method.clientId);
    touched.push({ key: method.clientId, field });
  });

  // One method per type, as the district tools lay them out, and no value twice on one person.
  for (const { key, field } of touched) {
    const method = methods.get(key)!;
    for (const [otherKey, other] of methods) {
      if (otherKey === key) continue;
      if (other.type === method.type) errors.push(fieldError(`${field}.type`, 'duplicate', `The person already has a ${method.type}.`));
      else if (other.value === method.value) errors.push(fieldError(`${field}.value`, 'duplicate', 'The person already has this value.'));
    }
  }
  return { errors, methods, entered, addedClientIds };
}

export function newMethod(
  record: PersonRecord,
  type: ContactMethodType,
  value: string,
  id: string,
  context: PreferencesChangeContext,
): ContactMethod {
  return {
    id,
    personId: record.person.id,
    type,
    value,
    source: context.actor.kind === 'staff' ? 'staff' : 'user',
    confirmation: 'confirmed',
    health: 'ok',
    healthSince: null,
    householdId: type === 'householdPhone' ? (record.person.householdId ?? null) : null,
    sharedAccountCount: 0,
    smsConsent: null,
  };
}

export function checkPreferences(record: PersonRecord, change: ContactPreferencesChange, context: PreferencesChangeContext, plan: Plan): void {
  const seen = new Set<string>();
  const textingEnabled = context.settings.texting?.enabled ?? true;
  (change.preferences ?? []).forEach((cell, i) => {
    const field = `preferences.${i}`;
    const method = plan.methods.get(cell.methodId);
    if (!method) return plan.errors.push(fieldError(`${field}.methodId`, 'unknownMethod', `No method ${cell.methodId} after this change.`));
    const key = preferenceKey(cell);
    if (seen.has(key)) return plan.errors.push(fieldError(field, 'duplicate', 'The same switch is set twice.'));
    seen.add(key);
    const availability = reasonAvailability(record.person, cell.reason, context.settings);
    if (availability !== 'available') return plan.errors.push(fieldError(`${field}.reason`, availability, `Reason ${cell.reason} is ${availability}.`));
    if (!offersChannel(method.type, cell.channel)) {
      return plan.errors.push(fieldError(`${field}.channel`, 'notApplicable', `A ${method.type} has no ${cell.channel} channel.`));
    }
    if (cell.channel === 'text' && cell.enabled) {
      const text = textAvailability(method, { consent: consentAfter(context, method, plan.entered.has(cell.methodId)), textingEnabled });
      if (!text.available) plan.errors.push(fieldError(`${field}.channel`, 'textNotAllowed', `Text is not available: ${text.why}.`));
    }
  });

  if (change.language !== undefined && context.settings.languages) {
    if (!context.settings.languages.some((language) => language.code === change.language)) {
      plan.errors.push(fieldError('language', 'unsupportedLanguage', `The district does not offer ${change.language}.`));
    }
  }
  const channel = change.conversationChannel;
  const methods = [...plan.methods.entries()];
  if (channel === 'sms') {
    const texts = methods.some(([key, method]) =>
      textAvailability(method, { consent: consentAfter(context, method, plan.entered.has(key)), textingEnabled }).available,
    );
    if (!texts) plan.errors.push(fieldError('conversationChannel', 'textNotAllowed', 'No cell number that has opted in to texts.'));
  } else if (channel === 'email') {
    if (!methods.some(([, method]) => !isPhoneType(method.type) && method.health !== 'invalid')) {
      plan.errors.push(fieldError('conversationChannel', 'notApplicable', 'No email address to notify.'));
    }
  }
}

