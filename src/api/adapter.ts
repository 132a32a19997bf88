import type {
  Attachment,
  BatchError,
  BatchJob,
  BatchJobState,
  BatchMode,
  BatchPreview,
  BatchRequest,
  ConfirmationAnswer,
  ContactMethod,
  ContactPreferences,
  ContactPreferencesChange,
  ContactPreferencesSaveResult,
  Conversation,
  ConversationChange,
  ConversationEvent,
  ConversationSummary,
  DeliveryPlan,
  DeliveryPlanRequest,
  DirectoryEntry,
  DistrictSettings,
  E164,
  InconsistencyKind,
  Message,
  NewConversation,
  NewMessage,
  OptInReportRow,
  Page,
  PersonRole,
  PhoneType,
  PlannedDelivery,
  SavedAudience,
  SavedFilter,
  SharedContactGroup,
  SharedMethodKind,
  SkippedRecipient,
  SmsConsent,
  SmsConsentDecision,
  SmsConsentStatus,
  UnreadSummary,
  Viewer,
} from '../domain/types.js';

/**
 * Options every adapter call accepts.
 *
 * An element aborts the signal when it no longer needs the answer (it was removed
 * from the page, or the user asked for something newer). An adapter should then
 * stop the work and reject with the signal's `reason`.
 */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Options of a call that creates or sends something.
 *
 * The element makes one key per intended action and reuses it when it retries the
 * same action, so a backend can return the first result instead of acting twice.
 */
export interface MutationOptions extends RequestOptions {
  idempotencyKey: string;
}

/** Options of a call that edits a versioned resource. */
export interface VersionedOptions extends RequestOptions {
  /** The `version` the edit is based on. A stale one must reject with a `ConflictError`. */
  version: string;
}

/** Which page of a cursor-paged list to fetch. */
export interface PageRequest {
  /** The previous page's `nextCursor`; omitted or null for the first page. */
  cursor?: string | null;
  /** Largest page wanted (1–200). The adapter may return fewer. */
  limit?: number;
}

/** Stops a subscription. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/** Callbacks of a live subscription. */
export interface SubscriptionHandlers<T> {
  /** Called with each batch of changes, in order. */
  next(changes: T): void;
  /**
   * Called when the subscription hits an error. The adapter keeps retrying transient
   * failures by itself; `willRetry: false` means it gave up (e.g. unauthorized).
   */
  error?(error: unknown, willRetry: boolean): void;
}

/** The viewer's session: who is using the elements, and how the district is set up. */
export interface SessionAdapter {
  /** The signed-in person, with role and permissions. */
  getViewer(options?: RequestOptions): Promise<Viewer>;
  /** Enabled reasons, conversation limits, texting number, languages and other district settings. */
  getDistrictSettings(options?: RequestOptions): Promise<DistrictSettings>;
}

/** One person's contact methods and preferences (`<contact-prefs-editor>`, `<contact-confirm-prompt>`). */
export interface ContactPreferencesAdapter {
  /** A person's methods, switches that are on, language and conversation channel, with `version`. */
  getContactPreferences(personId: string, options?: RequestOptions): Promise<ContactPreferences>;
  /**
   * Save one set of edits atomically. Rejects with `ConflictError` (carrying the current
   * preferences) when `version` is stale, `ValidationError` with field errors when a value or
   * rule is refused, `ForbiddenError` when the viewer may not edit this person.
   */
  updateContactPreferences(
    personId: string,
    change: ContactPreferencesChange,
    options: VersionedOptions,
  ): Promise<ContactPreferencesSaveResult>;
  /** Methods synced from the SIS onto this person that they have not confirmed. */
  listUnconfirmedMethods(personId: string, options?: RequestOptions): Promise<ContactMethod[]>;
  /** Record "this is mine" or "this is not mine" for a synced method. */
  answerMethodConfirmation(
    methodId: string,
    answer: ConfirmationAnswer['answer'],
    options: MutationOptions,
  ): Promise<ContactMethod>;
}

/** The district's batch contact-preferences job (`<contact-prefs-batch>`). Admin only. */
export interface BatchAdapter {
  /** Saved ad hoc filters for a mode. */
  listBatchFilters(mode: BatchMode, page?: PageRequest & RequestOptions): Promise<Page<SavedFilter>>;
  /** Count what the request would change, changing nothing. */
  previewBatch(request: BatchRequest, options?: RequestOptions): Promise<BatchPreview>;
  /** Start the job. Resolves as soon as it is accepted; poll `getBatchJob` for progress. */
  startBatchJob(request: BatchRequest, options: MutationOptions): Promise<BatchJob>;
  /** A job's progress, and its result once finished. */
  getBatchJob(jobId: string, options?: RequestOptions): Promise<BatchJob>;
  /** Jobs, newest first, optionally only in one state (e.g. `running`, to reattach to one). */
  listBatchJobs(
    query?: { state?: BatchJobState } & PageRequest & RequestOptions,
  ): Promise<Page<BatchJob>>;
  /** Ask a running job to stop. Changes already made stay; the result counts them. */
  cancelBatchJob(jobId: string, options?: RequestOptions): Promise<BatchJob>;
  /** People the job could not update, and why. */
  listBatchJobErrors(jobId: string, page?: PageRequest & RequestOptions): Promise<Page<BatchError>>;
}

/** Query of the conversation list. */
export interface ConversationQuery extends PageRequest, RequestOptions {
  /** List archived conversations instead of the inbox. */
  archived?: boolean;
  /** Match the title or a participant's name. */
  search?: string;
}

/** Query of the directory. */
export interface DirectoryQuery extends PageRequest, RequestOptions {
  search: string;
  roles?: PersonRole[];
}

/** Inbox-wide live changes. */
export interface InboxChanges {
  /** Conversations that changed, in their new state. */
  conversations: ConversationSummary[];
  unread: UnreadSummary;
}

/** Two-way reply-all conversations (`<conversation-list>`, `<conversation-thread>`). */
export interface ConversationsAdapter {
  /** The viewer's conversations, newest activity first. */
  listConversations(query?: ConversationQuery): Promise<Page<ConversationSummary>>;
  /** Counts for the new-message bubble. */
  getUnreadSummary(options?: RequestOptions): Promise<UnreadSummary>;
  /** One conversation with its participants and the viewer's state of it. */
  getConversation(conversationId: string, options?: RequestOptions): Promise<Conversation>;
  /** Start a conversation with its first message. `ValidationError` code `participantLimit` past the limit. */
  createConversation(input: NewConversation, options: MutationOptions): Promise<Conversation>;
  /**
   * Rename (shared with everyone; pass `version`), mute or archive (the viewer's own).
   * A stale `version` on rename rejects with `ConflictError`.
   */
  updateConversation(
    conversationId: string,
    change: ConversationChange,
    options?: RequestOptions & { version?: string },
  ): Promise<Conversation>;
  /** Stop it: history stays readable, nobody can reply. */
  stopConversation(conversationId: string, options?: RequestOptions): Promise<Conversation>;
  /** Messages newest first; follow `nextCursor` to go back in time. */
  listMessages(conversationId: string, page?: PageRequest & RequestOptions): Promise<Page<Message>>;
  /**
   * Send a message. Reusing the idempotency key of an earlier attempt resolves with the
   * message that attempt sent. A stopped conversation rejects with `ForbiddenError`
   * code `conversationStopped`.
   */
  sendMessage(conversationId: string, message: NewMessage, options: MutationOptions): Promise<Message>;
  /** Record that the viewer has seen everything up to this message. */
  markSeen(conversationId: string, upToMessageId: string, options?: RequestOptions): Promise<void>;
  /** Upload a file to attach to a message. Limits come from `DistrictSettings.attachments`. */
  uploadAttachment(file: File, options: MutationOptions): Promise<Attachment>;
  /** People the viewer may add to a conversation. */
  searchDirectory(query: DirectoryQuery): Promise<Page<DirectoryEntry>>;
  /**
   * Live changes to one conversation: new messages from others, seen-by and delivery updates,
   * renames and stops. Starts after `after` (the conversation's `eventCursor`).
   */
  subscribeToConversation(
    conversationId: string,
    after: string,
    handlers: SubscriptionHandlers<ConversationEvent[]>,
  ): Unsubscribe;
  /** Live changes to the viewer's inbox: new activity and unread counts. */
  subscribeToInbox(handlers: SubscriptionHandlers<InboxChanges>): Unsubscribe;
}

/** Query of the opt-in report. */
export interface SmsConsentQuery extends PageRequest, RequestOptions {
  status?: SmsConsentStatus;
  numberType?: PhoneType;
  /** Match a guardian's name or digits of the number. */
  search?: string;
}

/** SMS consent per phone number (`<optin-badge>`, `<optin-form>`, `<optin-report>`). */
export interface SmsConsentAdapter {
  /** One number's consent and audit trail; `notAsked` for a number never asked. */
  getSmsConsent(phone: E164, options?: RequestOptions): Promise<SmsConsent>;
  /**
   * The consent of a phone contact method's number, as `getSmsConsent` answers it for that
   * number. Rejects with `NotFoundError` for an unknown method, `ForbiddenError` for a number the
   * viewer may not see, and `ValidationError` (field `methodId`, code `notPhone`) for a method
   * that is not a phone.
   */
  getSmsConsentForMethod(methodId: string, options?: RequestOptions): Promise<SmsConsent>;
  /**
   * Record a number and, for a cell phone, the consent decision. Staff recording opted out on
   * a guardian's behalf rejects with `ForbiddenError` code `staffCannotOptOut`.
   */
  recordSmsConsent(decision: SmsConsentDecision, options: MutationOptions): Promise<SmsConsent>;
  /** Guardians' numbers with their consent, for the opt-in report and its export. */
  listSmsConsent(query?: SmsConsentQuery): Promise<Page<OptInReportRow>>;
}

/** Query of the shared-contact report. */
export interface SharedContactQuery extends PageRequest, RequestOptions {
  kind?: SharedMethodKind;
  /** Only groups carrying this flag. */
  flag?: InconsistencyKind;
  /** `true`: only flagged groups; `false`: only unflagged ones. */
  flagged?: boolean;
  /** Match the shared value or an account's name. */
  search?: string;
  sort?: 'accountCount' | 'value';
  order?: 'asc' | 'desc';
}

/** District reports (`<shared-contact-report>`). Admin only. */
export interface ReportsAdapter {
  /** Groups of accounts sharing a phone or email, with flags. `total` counts every match. */
  listSharedContactGroups(query?: SharedContactQuery): Promise<Page<SharedContactGroup>>;
}

/** Delivery planning (`<delivery-preview>`). */
export interface DeliveryAdapter {
  /** Audiences the viewer may plan for. */
  listSavedAudiences(page?: PageRequest & RequestOptions): Promise<Page<SavedAudience>>;
  /** Plan a communication: one delivery per distinct endpoint, SMS labels, who is skipped. */
  planDelivery(request: DeliveryPlanRequest, options: MutationOptions): Promise<DeliveryPlan>;
  /** Further pages of a plan's deliveries. */
  listPlannedDeliveries(planId: string, page?: PageRequest & RequestOptions): Promise<Page<PlannedDelivery>>;
  /** Further pages of a plan's skipped people. */
  listSkippedRecipients(planId: string, page?: PageRequest & RequestOptions): Promise<Page<SkippedRecipient>>;
}

/**
 * The whole contract between the elements and a backend.
 *
 * Implement it over your own API, or implement the HTTP contract
 * (`openapi/school-comms.openapi.yaml`) and use the built-in `HttpCommsAdapter`.
 * Each element only calls its own part (`SmsConsentAdapter` for `<optin-form>`, and so on),
 * so a page that uses one element may pass an adapter implementing only that part.
 *
 * Rules every implementation follows:
 * - Reject with the error classes of `errors.ts` (`ValidationError`, `ConflictError`, …) so
 *   elements can show the right words and keep the user's edits.
 * - Honour `signal` and reject with its reason when it aborts.
 * - Never return HTML meant to be rendered; every string is shown as text.
 */
export interface CommsAdapter
  extends SessionAdapter,
    ContactPreferencesAdapter,
    BatchAdapter,
    ConversationsAdapter,
    SmsConsentAdapter,
    ReportsAdapter,
    DeliveryAdapter {}
