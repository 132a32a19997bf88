import type {
  BatchMode,
  ContactMethodType,
  ContactReason,
  ConversationChannel,
  PreferenceChannel,
} from './types.js';

/** Contact reasons in the order the district tools list them. */
export const CONTACT_REASONS: readonly ContactReason[] = [
  'emergency',
  'attendance',
  'behavior',
  'staff',
  'general',
  'foodService',
  'priority',
  'teacher',
];

/** Contact-method types in the order the district tools list them. */
export const CONTACT_METHOD_TYPES: readonly ContactMethodType[] = [
  'householdPhone',
  'homePhone',
  'workPhone',
  'cellPhone',
  'email',
  'secondaryEmail',
];

export const PHONE_METHOD_TYPES: readonly ContactMethodType[] = [
  'householdPhone',
  'homePhone',
  'workPhone',
  'cellPhone',
];

export const EMAIL_METHOD_TYPES: readonly ContactMethodType[] = ['email', 'secondaryEmail'];

export const BATCH_MODES: readonly BatchMode[] = ['studentContacts', 'students', 'staff'];

export const CONVERSATION_CHANNELS: readonly ConversationChannel[] = ['sms', 'email', 'inApp'];

/** Whether a method type holds a phone number (as opposed to an email address). */
export function isPhoneType(type: ContactMethodType): boolean {
  return type !== 'email' && type !== 'secondaryEmail';
}

/** The preference channels a method type can carry: voice and text for phones, email for emails. */
export function channelsForType(type: ContactMethodType): readonly PreferenceChannel[] {
  return isPhoneType(type) ? ['voice', 'text'] : ['email'];
}

/** Default participant limit of a conversation, the viewer included. */
export const DEFAULT_PARTICIPANT_LIMIT = 15;
