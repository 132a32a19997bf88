import type {
  ContactMethod,
  ContactReason,
  DeliveryChannel,
  DeliveryTotals,
  DistrictSettings,
  E164,
  PlannedDelivery,
  PreferenceCell,
  RecipientRef,
  SkipReason,
  SkippedRecipient,
  SmsConsentSummary,
  TextingSettings,
} from './types.js';
import type { PersonRecord } from './records.js';
import { smsLabel } from './sms-labels.js';

/** What planning a communication needs. */
export interface DeliveryPlanningInput {
  /**
   * The audience, each person once (a backend resolving ids de-duplicates them). Planning does
   * not pay for a set of every id: a person listed twice still appears once per delivery, but
   * counts twice in `recipientCount` and, when unreachable, is listed twice in `skipped`.
   */
  recipients: Iterable<PersonRecord>;
  reason: ContactReason;
  /** Urgent communications call every voice number whose preference is on. */
  urgent?: boolean;
  /** Consent by number; a number with no entry has not been asked. */
  consents: ReadonlyMap<E164, Pick<SmsConsentSummary, 'status'>>;
  settings: Pick<DistrictSettings, 'enabledReasons'> & { texting: Pick<TextingSettings, 'enabled'> };
}

/** A planned communication: one delivery per distinct endpoint, and who cannot be reached. */
export interface DeliveryPlanOutcome {
  reason: ContactReason;
  /** One per distinct channel and endpoint, in the order their first recipient came in the input. */
  deliveries: PlannedDelivery[];
  /** People who get nothing, in input order, with why. */
  skipped: SkippedRecipient[];
  recipientCount: number;
  deliveryCount: number;
  byChannel: DeliveryTotals;
  /** Messages saved by sending once per shared endpoint. */
  duplicatesCollapsed: number;
  skippedCount: number;
  /** Distinct numbers whose text preference is on but which opted out, so were not texted. */
  optedOutNumbers: number;
}

/** Thrown when a communication is planned for a reason the district has not enabled. */
export class ReasonNotEnabledError extends Error {
  readonly code = 'reasonNotEnabled';
  constructor(readonly reason: ContactReason) {
    super(`The district has not enabled the ${reason} reason.`);
    this.name = 'ReasonNotEnabledError';
  }
}

const VOICE = 1;
const TEXT = 2;
const EMAIL = 4;

const CHANNEL_BIT = { voice: VOICE, text: TEXT, email: EMAIL } as const;

/**
 * Fills `bits[i]` with the channels switched on for `methods[i]` and the reason, reading the
 * preferences once (methods are few; preferences are the bigger list).
 */
function switchesOn(record: PersonRecord, reason: ContactReason, bits: Uint8Array): void {
  const methods = record.methods;
  const preferences: readonly PreferenceCell[] = record.preferences;
  bits.fill(0, 0, methods.length);
  for (let c = 0; c < preferences.length; c++) {
    const cell = preferences[c]!;
    if (cell.reason !== reason || !cell.enabled) continue;
    for (let i = 0; i < methods.length; i++) {
      if (methods[i]!.id === cell.methodId) {
        bits[i]! |= CHANNEL_BIT[cell.channel];
        break;
      }
    }
  }
}

/**
 * Plans a communication: chooses each recipient's endpoints from their preferences for the
 * reason, then sends ONE message per distinct endpoint, listing everyone it reaches there.
 *
 * Per recipient (inactive accounts are skipped as `inactive`):
 * - **Text** goes to a cell phone whose text switch is on and whose number opted in. A number
 *   that opted out is never texted (counted in `optedOutNumbers`); one not asked is not texted
 *   by a planned communication. No text at all when the district does not text.
 * - **Email** goes to an address whose email switch is on and which is healthy. A bouncing
 *   address falls back to text on the person's opted-in cell phones (`fallbackFrom: 'email'`),
 *   whatever their text switches say, until the address is reset.
 * - **Voice**: an urgent communication calls every phone whose voice switch is on. A
 *   non-urgent one calls only people it reaches no other way — a person who asked for calls
 *   still hears the news, but phones do not ring for it when a text or email gets there.
 * - Methods whose health is `invalid` are never used. The Staff reason reaches only staff with a
 *   district assignment.
 * - Nothing usable: skipped as `optedOut` (a wanted number opted out), `bouncingNoFallback`
 *   (the email bounces and no cell can take over) or `noUsableMethod`.
 *
 * SMS deliveries to a phone shared by several recipients, or held by other accounts, carry a
 * label naming whom they are for (see `smsLabel`). The outcome does not depend on the input's
 * order except the order of `deliveries` and `skipped`: each delivery's recipients are sorted
 * by name then id, so its label and `fallbackFrom` (`email` only when every recipient reaches
 * it by fallback) are the same whatever the order.
 *
 * Built for large audiences: one pass, no per-recipient sorting, a map lookup per endpoint.
 *
 * @throws ReasonNotEnabledError for a reason the district has not enabled.
 */
export function planDelivery(input: DeliveryPlanningInput): DeliveryPlanOutcome {
  const { reason, consents } = input;
  if (!input.settings.enabledReasons.includes(reason)) throw new ReasonNotEnabledError(reason);
  const urgent = input.urgent === true;
  const texting = input.settings.texting.enabled;

  const endpoints: Record<DeliveryChannel, Map<string, PlannedDelivery>> = {
    sms: new Map(),
    voice: new Map(),
    email: new Map(),
  };
  const deliveries: PlannedDelivery[] = [];
  const skipped: SkippedRecipient[] = [];
  const labelled = new Set<PlannedDelivery>();
  const optedOut = new Set<string>();
  let recipientCount = 0;
  let pairs = 0;
  let ref: RecipientRef | null = null;
  let reached = 0;

  const add = (channel: DeliveryChannel, method: ContactMethod, fallback: boolean): void => {
    const map = endpoints[channel];
    let delivery = map.get(method.value);
    if (delivery === undefined) {
      delivery = { channel, endpoint: method.value, recipients: [ref!], label: null, fallbackFrom: fallback ? 'email' : null };
      map.set(method.value, delivery);
      deliveries.push(delivery);
    } else {
      const recipients = delivery.recipients;
      if (recipients[recipients.length - 1] === ref) return;
      recipients.push(ref!);
      if (!fallback) delivery.fallbackFrom = null;
      if (channel === 'sms' || recipients.length === 2) labelled.add(delivery);
    }
    if (channel === 'sms' && method.sharedAccountCount > 0) labelled.add(delivery);
    pairs++;
    reached++;
  };

  let bits = new Uint8Array(8);
  for (const record of input.recipients) {
    const person = record.person;
    recipientCount++;
    if (!person.active) {
      skipped.push({ person: { id: person.id, role: person.role, displayName: person.displayName }, why: 'inactive', endpoint: null });
      continue;
    }
    ref = { personId: person.id, displayName: person.displayName, language: person.language };
    reached = 0;
    let blockedNumber: string | null = null;
    let bouncing: string | null = null;
    let voiceLater = 0;
    const methods = record.methods;
    const applies = reason !== 'staff' || (person.role === 'staff' && person.hasDistrictAssignment === true);
    if (applies) {
      if (bits.length < methods.length) bits = new Uint8Array(methods.length);
      switchesOn(record, reason, bits);
    }
    for (let i = 0; applies && i < methods.length; i++) {
      const method = methods[i]!;
      const on = bits[i]!;
      if (on === 0 || method.health === 'invalid') continue;
      if (method.type === 'email' || method.type === 'secondaryEmail') {
        if ((on & EMAIL) === 0) continue;
        if (method.health === 'bouncing') bouncing ??= method.value;
        else add('email', method, false);
        continue;
      }
      if ((on & TEXT) !== 0 && texting && method.type === 'cellPhone') {
        const status = consents.get(method.value)?.status;
        if (status === 'optedIn') add('sms', method, false);
        else if (status === 'optedOut') {
          optedOut.add(method.value);
          blockedNumber ??= method.value;
        }
      }
      if ((on & VOICE) !== 0) {
        // Non-urgent calls wait until the person's other channels are known (a bit per method).
        if (urgent || i > 30) add('voice', method, false);
        else voiceLater |= 1 << i;
      }
    }
    if (bouncing !== null && texting) {
      for (let i = 0; i < methods.length; i++) {
        const method = methods[i]!;
        if (method.type !== 'cellPhone' || method.health === 'invalid') continue;
        if (consents.get(method.value)?.status === 'optedIn') add('sms', method, true);
      }
    }
    if (reached === 0 && voiceLater !== 0) {
      for (let i = 0; i < methods.length; i++) if ((voiceLater & (1 << i)) !== 0) add('voice', methods[i]!, false);
    }
    if (reached === 0) {
      const why: SkipReason = blockedNumber ? 'optedOut' : bouncing ? 'bouncingNoFallback' : 'noUsableMethod';
      skipped.push({
        person: { id: person.id, role: person.role, displayName: person.displayName },
        why,
        endpoint: blockedNumber ?? bouncing ?? null,
      });
    }
  }

  for (const delivery of labelled) {
    if (delivery.recipients.length > 1) pairs -= sortDistinct(delivery.recipients);
    if (delivery.channel === 'sms') delivery.label = smsLabel(delivery.recipients);
  }
  return {
    reason,
    deliveries,
    skipped,
    recipientCount,
    deliveryCount: deliveries.length,
    byChannel: { sms: endpoints.sms.size, voice: endpoints.voice.size, email: endpoints.email.size },
    duplicatesCollapsed: pairs - deliveries.length,
    skippedCount: skipped.length,
    optedOutNumbers: optedOut.size,
  };
}

/** Sorts recipients by name then id and drops repeats of one person; returns how many it dropped. */
function sortDistinct(recipients: RecipientRef[]): number {
  recipients.sort(compareRecipients);
  let kept = 1;
  for (let i = 1; i < recipients.length; i++) {
    if (recipients[i]!.personId !== recipients[kept - 1]!.personId) recipients[kept++] = recipients[i]!;
  }
  const dropped = recipients.length - kept;
  recipients.length = kept;
  return dropped;
}

function compareRecipients(a: RecipientRef, b: RecipientRef): number {
  if (a.displayName !== b.displayName) return a.displayName < b.displayName ? -1 : 1;
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}
