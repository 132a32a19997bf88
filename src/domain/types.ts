/**
 * The domain's data shapes. Every shape is generated from the HTTP contract
 * (`openapi/school-comms.openapi.yaml`) so the elements, the adapter, the mock
 * backend and any vendor backend agree on one definition; this module names them.
 * Regenerate with `npm run generate:types` after editing the contract.
 */
export type {
  // people
  PersonRole,
  PersonSummary,
  Person,
  StudentRef,
  Household,
  // contact methods and preferences
  ContactMethodType,
  ContactMethodSource,
  ConfirmationState,
  DeliveryHealth,
  ContactMethod,
  ContactReason,
  PreferenceChannel,
  PreferenceCell,
  ConversationChannel,
  ContactPreferences,
  NewContactMethod,
  ContactMethodEdit,
  ContactPreferencesChange,
  ContactPreferencesSaveResult,
  ConfirmationAnswer,
  // SMS consent
  SmsConsentStatus,
  ConsentSource,
  PhoneType,
  ConsentEvent,
  SmsConsentSummary,
  SmsConsent,
  SmsConsentDecision,
  OptInReportRow,
  KeywordClassification,
  InboundSms,
  InboundSmsResult,
  OutboundSms,
  OutboundSmsResult,
  // batch
  BatchMode,
  BatchSetting,
  BatchCell,
  BatchRequest,
  SavedFilter,
  BatchCellCount,
  BatchSkips,
  BatchPreview,
  BatchJobState,
  BatchResult,
  BatchJob,
  BatchError,
  // conversations
  Participant,
  MessagePreview,
  ConversationSummary,
  Conversation,
  Attachment,
  SeenReceipt,
  DeliveryState,
  MessageDelivery,
  Translation,
  Message,
  NewMessage,
  NewConversation,
  ConversationChange,
  ConversationEvent,
  ConversationEventBatch,
  InboxEventBatch,
  UnreadSummary,
  DirectoryEntry,
  // reports
  SharedMethodKind,
  SharingKind,
  InconsistencyKind,
  InconsistencyFlag,
  SharedAccount,
  SharedContactGroup,
  // delivery
  SavedAudience,
  DeliveryPlanRequest,
  DeliveryChannel,
  RecipientRef,
  PlannedDelivery,
  SkipReason,
  SkippedRecipient,
  DeliveryTotals,
  DeliveryPlan,
  // session
  ViewerRole,
  Permission,
  Viewer,
  Language,
  School,
  TextingSettings,
  AttachmentLimits,
  DistrictSettings,
  // errors and paging
  Problem,
  FieldError,
  PageInfo,
  E164,
  Timestamp,
  LanguageTag,
} from './generated/http-contract.js';

/** One page of a cursor-paged list. `nextCursor: null` marks the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** How many items match in all, when the backend can tell cheaply. */
  total?: number;
}
