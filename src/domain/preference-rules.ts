import type {
  ContactMethod,
  ContactMethodType,
  ContactReason,
  DistrictSettings,
  Person,
  PreferenceCell,
  PreferenceChannel,
  SmsConsentStatus,
} from './types.js';
import { CONTACT_REASONS, channelsForType } from './vocabulary.js';

/** What a person's grid shows for a reason. */
export type ReasonAvailability =
  /** The district uses it and it applies to this person. */
  | 'available'
  /** The district has not enabled it: shown as "Not enabled". */
  | 'notEnabled'
  /** Enabled, but not for this person: the Staff reason without a district assignment. */
  | 'notApplicable';

/** The parts of a person the reason rules read. */
export type ReasonSubject = Pick<Person, 'role' | 'hasDistrictAssignment'>;

/** The parts of the district settings the reason rules read. */
export type ReasonSettings = Pick<DistrictSettings, 'enabledReasons'>;

/**
 * Whether the Staff reason applies: only to staff accounts with a district assignment (it
 * notifies staff of behavior-referral resolutions).
 */
export function staffReasonApplies(person: ReasonSubject): boolean {
  return person.role === 'staff' && person.hasDistrictAssignment === true;
}

/** Whether a reason is offered to a person, and if not, why. */
export function reasonAvailability(
  person: ReasonSubject,
  reason: ContactReason,
  settings: ReasonSettings,
): ReasonAvailability {
  if (!settings.enabledReasons.includes(reason)) return 'notEnabled';
  if (reason === 'staff' && !staffReasonApplies(person)) return 'notApplicable';
  return 'available';
}

/** Every reason, in the district tools' order, with whether it is offered to the person. */
export function reasonsFor(
  person: ReasonSubject,
  settings: ReasonSettings,
): Array<{ reason: ContactReason; availability: ReasonAvailability }> {
  return CONTACT_REASONS.map((reason) => ({ reason, availability: reasonAvailability(person, reason, settings) }));
}

/** The reasons a person can set preferences for: enabled by the district and applying to them. */
export function applicableReasons(person: ReasonSubject, settings: ReasonSettings): ContactReason[] {
  return CONTACT_REASONS.filter((reason) => reasonAvailability(person, reason, settings) === 'available');
}

/** Why text (SMS) cannot be switched on for a method. */
export type TextUnavailableReason =
  /** Only cell phones receive texts. */
  | 'notCellPhone'
  /** The number's holder opted out (by a form or by texting STOP). */
  | 'optedOut'
  /** Nobody has asked the number's holder yet; consent comes from them, not from staff. */
  | 'notAsked'
  /** The district does not text at all. */
  | 'textingDisabled';

/** Whether text can be switched on for a method. */
export type TextAvailability = { available: true } | { available: false; why: TextUnavailableReason };

/** What `textAvailability` needs to know besides the method. */
export interface TextAvailabilityOptions {
  /** The number's consent; defaults to the method's `smsConsent`, and to not asked without one. */
  consent?: SmsConsentStatus;
  /** Whether the district texts at all. Default true. */
  textingEnabled?: boolean;
}

/**
 * Whether a method can carry text preferences: a cell phone whose holder opted in, in a
 * district that texts. Switching text off is always possible; this governs switching it on.
 */
export function textAvailability(
  method: Pick<ContactMethod, 'type' | 'smsConsent'>,
  options: TextAvailabilityOptions = {},
): TextAvailability {
  if (options.textingEnabled === false) return { available: false, why: 'textingDisabled' };
  if (method.type !== 'cellPhone') return { available: false, why: 'notCellPhone' };
  const status = options.consent ?? method.smsConsent?.status ?? 'notAsked';
  if (status === 'optedIn') return { available: true };
  return { available: false, why: status };
}

/** The channels a method type offers: voice and text for phones, email for emails. */
export function channelsOffered(type: ContactMethodType): readonly PreferenceChannel[] {
  return channelsForType(type);
}

/** Whether a method type offers a channel at all (before consent is considered). */
export function offersChannel(type: ContactMethodType, channel: PreferenceChannel): boolean {
  return channelsForType(type).includes(channel);
}

/** The key that identifies one switch of the grid. */
export function preferenceKey(cell: Pick<PreferenceCell, 'methodId' | 'reason' | 'channel'>): string {
  return `${cell.methodId}\u0000${cell.reason}\u0000${cell.channel}`;
}

/** Whether a switch is on in a list of on-switches. */
export function isPreferenceOn(
  preferences: readonly PreferenceCell[],
  methodId: string,
  reason: ContactReason,
  channel: PreferenceChannel,
): boolean {
  return preferences.some(
    (cell) => cell.enabled && cell.methodId === methodId && cell.reason === reason && cell.channel === channel,
  );
}

/**
 * Sets one switch in a list of on-switches, returning the new list (the same array when
 * nothing changes). Lists keep only switches that are on.
 */
export function setPreference(
  preferences: PreferenceCell[],
  methodId: string,
  reason: ContactReason,
  channel: PreferenceChannel,
  enabled: boolean,
): PreferenceCell[] {
  const on = isPreferenceOn(preferences, methodId, reason, channel);
  if (on === enabled) return preferences;
  if (enabled) return [...preferences, { methodId, reason, channel, enabled: true }];
  return preferences.filter(
    (cell) => !(cell.methodId === methodId && cell.reason === reason && cell.channel === channel),
  );
}
