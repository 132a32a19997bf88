import type {
  Attachment,
  DirectoryEntry,
  LanguageTag,
  MessageDelivery,
  SavedFilter,
  Timestamp,
  Translation,
} from '../../domain/types.js';
import type { DistrictRecords, HouseholdRecord, PersonRecord } from '../../domain/records.js';
import type { SmsConsent } from '../../domain/types.js';
import type { DistrictFixtures } from './fixtures.js';

/** What a staff account carries beyond `Person`. */
export interface StaffProfile {
  jobTitle: string;
  /** District rights: batch updates and reports. Such a viewer is an `admin`. */
  districtAdmin: boolean;
  schoolId: string | null;
}

/** One participant's own view of a conversation. */
export interface MemberState {
  muted: boolean;
  archived: boolean;
  /** The newest message this participant has seen. */
  lastSeenMessageId: string | null;
}

export interface SeenRecord {
  personId: string;
  at: Timestamp;
}

/** A message as the backend stores it; each viewer gets a rendering of it. */
export interface MessageRecord {
  id: string;
  authorId: string;
  sentAt: Timestamp;
  body: string;
  language: LanguageTag;
  /** The body in other languages, when known. */
  translations: Translation[];
  via: 'app' | 'sms' | 'email';
  attachments: Attachment[];
  seenBy: SeenRecord[];
  deliveries: MessageDelivery[];
  idempotencyKey: string | null;
}

export interface ConversationRecord {
  id: string;
  title: string;
  participantIds: string[];
  createdAt: Timestamp;
  createdBy: string;
  stoppedAt: Timestamp | null;
  stoppedBy: string | null;
  /** Bumped by shared changes (rename, stop, participants). */
  version: number;
  /** Oldest first. */
  messages: MessageRecord[];
  /** Per participant id. */
  members: Record<string, MemberState>;
}

/** A saved ad hoc filter and whom it selects: students in student modes, staff in staff mode. */
export interface SavedFilterRecord extends SavedFilter {
  personIds: string[];
}

export interface SavedAudienceRecord {
  id: string;
  name: string;
  personIds: string[];
}

/** A synthetic district: the domain's records plus what the mock backend serves around them. */
export interface District extends DistrictRecords {
  seed: number;
  /** The district's "today"; every timestamp is at or before it. */
  referenceDate: Timestamp;
  people: Map<string, PersonRecord>;
  households: Map<string, HouseholdRecord>;
  consents: Map<string, SmsConsent>;
  staffProfiles: Map<string, StaffProfile>;
  conversations: ConversationRecord[];
  savedFilters: SavedFilterRecord[];
  savedAudiences: SavedAudienceRecord[];
  /** Everyone active, sorted by name; the conversation directory searches it. */
  directory: DirectoryEntry[];
  /** Well-known ids for stories and tests; present at every size and seed. */
  fixtures: DistrictFixtures;
  counts: { students: number; guardians: number; staff: number; households: number };
}
