import type {
  ContactMethod,
  ConversationChannel,
  DistrictSettings,
  E164,
  Person,
  PreferenceCell,
  SmsConsent,
} from './types.js';

/**
 * Everything the rules need to know about one account — the shape a backend keeps per
 * person. The pure rules (batch application, delivery planning, shared-contact grouping)
 * read and return these, so a Node backend can run them over its own store.
 */
export interface PersonRecord {
  person: Person;
  /** The person's contact methods. Phones in E.164, emails lower-cased. */
  methods: ContactMethod[];
  /** The switches that are on. A switch not listed is off. */
  preferences: PreferenceCell[];
  /** The person's conversation channel, or null to follow the district default. */
  conversationChannel: ConversationChannel | null;
}

/** A household: the people who share a household phone. */
export interface HouseholdRecord {
  id: string;
  /** Every member, active or not; the rules look at each member's `active`. */
  memberIds: string[];
}

/** A district's people, households and texting consent, as the rules read them. */
export interface DistrictRecords {
  settings: DistrictSettings;
  people: ReadonlyMap<string, PersonRecord>;
  households: ReadonlyMap<string, HouseholdRecord>;
  /** Consent by phone number. A number with no entry has not been asked. */
  consents: ReadonlyMap<E164, SmsConsent>;
}
