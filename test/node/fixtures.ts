// Small builders of domain records for the Node tests.
import type {
  ContactMethod,
  ContactMethodType,
  ContactReason,
  DistrictSettings,
  Person,
  PreferenceCell,
  PreferenceChannel,
  SmsConsent,
  SmsConsentStatus,
} from '../../src/domain/types.js';
import type { PersonRecord } from '../../src/domain/records.js';

export const ALL_REASONS: ContactReason[] = [
  'emergency',
  'attendance',
  'behavior',
  'staff',
  'general',
  'foodService',
  'priority',
  'teacher',
];

export function settings(overrides: Partial<DistrictSettings> = {}): DistrictSettings {
  return {
    id: 'd1',
    name: 'Riverside Unified',
    schools: [{ id: 's1', name: 'Riverside Elementary' }],
    enabledReasons: ALL_REASONS.filter((reason) => reason !== 'teacher'),
    participantLimit: 15,
    studentsInConversations: false,
    defaultConversationChannel: 'sms',
    texting: {
      enabled: true,
      senderName: 'Riverside Schools',
      number: '+12015550100',
      messageFrequency: 'Message frequency varies',
      privacyUrl: 'https://riverside.example/privacy',
    },
    languages: [
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
    ],
    attachments: { maxBytes: 10_000_000, allowedTypes: ['image/*'] },
    grades: ['K', '1', '2'],
    ...overrides,
  };
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    role: 'guardian',
    displayName: `Person ${id}`,
    active: true,
    householdId: null,
    language: 'en',
    linkedAccountIds: [],
    ...overrides,
  };
}

export function method(
  personId: string,
  type: ContactMethodType,
  value: string,
  overrides: Partial<ContactMethod> = {},
): ContactMethod {
  return {
    id: `${personId}-${type}`,
    personId,
    type,
    value,
    source: 'sis',
    confirmation: 'confirmed',
    health: 'ok',
    healthSince: null,
    householdId: null,
    sharedAccountCount: 0,
    ...overrides,
  };
}

export function on(methodId: string, reason: ContactReason, channel: PreferenceChannel): PreferenceCell {
  return { methodId, reason, channel, enabled: true };
}

export function record(
  p: Person,
  methods: ContactMethod[] = [],
  preferences: PreferenceCell[] = [],
): PersonRecord {
  return { person: p, methods, preferences, conversationChannel: null };
}

export function consent(phone: string, status: SmsConsentStatus): SmsConsent {
  return {
    phone,
    status,
    updatedAt: status === 'notAsked' ? null : '2026-01-01T00:00:00Z',
    source: status === 'notAsked' ? null : 'webForm',
    actor: null,
    history: [],
  };
}

export function consentMap(entries: Array<[string, SmsConsentStatus]>): Map<string, SmsConsent> {
  return new Map(entries.map(([phone, status]) => [phone, consent(phone, status)]));
}
