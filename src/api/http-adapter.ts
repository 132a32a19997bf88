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
  Message,
  NewConversation,
  NewMessage,
  OptInReportRow,
  Page,
  PlannedDelivery,
  SavedAudience,
  SavedFilter,
  SharedContactGroup,
  SkippedRecipient,
  SmsConsent,
  SmsConsentDecision,
  UnreadSummary,
  Viewer,
} from '../domain/types.js';
import type {
  CommsAdapter,
  ConversationQuery,
  DirectoryQuery,
  InboxChanges,
  MutationOptions,
  PageRequest,
  RequestOptions,
  SharedContactQuery,
  SmsConsentQuery,
  SubscriptionHandlers,
  Unsubscribe,
  VersionedOptions,
} from './adapter.js';
import { longPoll, type LongPollTiming } from './http/long-poll.js';
import type { HttpCommsAdapterOptions } from './http/options.js';
import { createRequest, type ContractRequest } from './http/request.js';

/** `cursor` and `limit` of a page request, as query parameters. */
const paging = (page: PageRequest = {}) => ({ cursor: page.cursor ?? undefined, limit: page.limit });
/** The header of a create or send. */
const keyed = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

/**
 * The built-in `CommsAdapter`: drives every element against a backend that implements the HTTP
 * contract (`openapi/school-comms.openapi.yaml`), using `fetch`.
 *
 * - **Errors.** Every failure rejects with a typed error of `errors.ts`: `NetworkError` (offline,
 *   DNS, CORS), `TimeoutError`, `UnauthorizedError` (401), `ForbiddenError` (403, with the
 *   problem's `code`), `NotFoundError` (404), `ConflictError` (409, with the server's `current`),
 *   `ValidationError` (422, with `fields`), `RateLimitedError` (429, with `retryAfterSeconds`),
 *   `ServerError` (5xx, with `status`). Error bodies need not be problem JSON: an HTML error page
 *   or an empty body still gives the right kind. An aborted call rejects with the signal's reason.
 * - **Retries.** GETs are retried (`retries`, backoff, `Retry-After`); POST and PATCH never are.
 *   Creates and sends carry the caller's `Idempotency-Key`, so the element may safely repeat them.
 * - **Versions.** Edits of versioned resources send `If-Match: <version>`.
 * - **Live updates.** `subscribeToConversation` and `subscribeToInbox` long-poll the contract's
 *   `events` endpoints; see each method. Long-polls carry the same headers and cookies as every
 *   other request, and their time limit is `timeoutMs` plus `waitSeconds`.
 *
 * @example
 * ```ts
 * const adapter = new HttpCommsAdapter({
 *   baseUrl: '/sis/comms-api',
 *   headers: () => ({ Authorization: `Bearer ${session.token}` }),
 *   onUnauthorized: () => session.renew(),
 * });
 * document.querySelector('comms-provider')!.adapter = adapter;
 * ```
 */
export class HttpCommsAdapter implements CommsAdapter {
  readonly #request: ContractRequest;
  readonly #timing: LongPollTiming & { timeoutMs: number };

  /** @param options Where the API is and how to reach it; all optional (see `HttpCommsAdapterOptions`). */
  constructor(options: HttpCommsAdapterOptions = {}) {
    this.#request = createRequest(options);
    this.#timing = {
      waitSeconds: options.waitSeconds ?? 25,
      retryDelayMs: options.retryDelayMs ?? 500,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 10000,
      timeoutMs: options.timeoutMs ?? 15000,
    };
  }

  // ---------- session ----------

  getViewer({ signal }: RequestOptions = {}): Promise<Viewer> {
    return this.#request('get', '/viewer', { signal });
  }

  getDistrictSettings({ signal }: RequestOptions = {}): Promise<DistrictSettings> {
    return this.#request('get', '/district/settings', { signal });
  }

  // ---------- contact preferences ----------

  getContactPreferences(personId: string, { signal }: RequestOptions = {}): Promise<ContactPreferences> {
    return this.#request('get', '/people/{personId}/contact-preferences', { path: { personId }, signal });
  }

  updateContactPreferences(
    personId: string,
    change: ContactPreferencesChange,
    { version, signal }: VersionedOptions,
  ): Promise<ContactPreferencesSaveResult> {
    return this.#request('patch', '/people/{personId}/contact-preferences', {
      path: { personId },
      header: { 'If-Match': version },
      body: change,
      signal,
    });
  }

  async listUnconfirmedMethods(personId: string, { signal }: RequestOptions = {}): Promise<ContactMethod[]> {
    const page = await this.#request('get', '/people/{personId}/unconfirmed-methods', { path: { personId }, signal });
    return page.items;
  }

  answerMethodConfirmation(
    methodId: string,
    answer: ConfirmationAnswer['answer'],
    { idempotencyKey, signal }: MutationOptions,
  ): Promise<ContactMethod> {
    return this.#request('post', '/contact-methods/{methodId}/confirmation', {
      path: { methodId },
      header: keyed(idempotencyKey),
      body: { answer },
      signal,
    });
  }

  // ---------- batch ----------

  listBatchFilters(mode: BatchMode, page: PageRequest & RequestOptions = {}): Promise<Page<SavedFilter>> {
    return this.#request('get', '/batch/filters', { query: { mode, ...paging(page) }, signal: page.signal });
  }

  previewBatch(request: BatchRequest, { signal }: RequestOptions = {}): Promise<BatchPreview> {
    return this.#request('post', '/batch/previews', { body: request, signal });
  }

  startBatchJob(request: BatchRequest, { idempotencyKey, signal }: MutationOptions): Promise<BatchJob> {
    return this.#request('post', '/batch/jobs', { header: keyed(idempotencyKey), body: request, signal });
  }

  getBatchJob(jobId: string, { signal }: RequestOptions = {}): Promise<BatchJob> {
    return this.#request('get', '/batch/jobs/{jobId}', { path: { jobId }, signal });
  }

  listBatchJobs(
    query: { state?: BatchJobState } & PageRequest & RequestOptions = {},
  ): Promise<Page<BatchJob>> {
    return this.#request('get', '/batch/jobs', { query: { state: query.state, ...paging(query) }, signal: query.signal });
  }

  cancelBatchJob(jobId: string, { signal }: RequestOptions = {}): Promise<BatchJob> {
    return this.#request('post', '/batch/jobs/{jobId}/cancel', { path: { jobId }, signal });
  }

  listBatchJobErrors(jobId: string, page: PageRequest & RequestOptions = {}): Promise<Page<BatchError>> {
    return this.#request('get', '/batch/jobs/{jobId}/errors', { path: { jobId }, query: paging(page), signal: page.signal });
  }

  // ---------- conversations ----------

  listConversations(query: ConversationQuery = {}): Promise<Page<ConversationSummary>> {
    return this.#request('get', '/conversations', {
      query: { archived: query.archived, q: query.search, ...paging(query) },
      signal: query.signal,
    });
  }

  getUnreadSummary({ signal }: RequestOptions = {}): Promise<UnreadSummary> {
    return this.#request('get', '/conversations/unread', { signal });
  }

  getConversation(conversationId: string, { signal }: RequestOptions = {}): Promise<Conversation> {
    return this.#request('get', '/conversations/{conversationId}', { path: { conversationId }, signal });
  }

  createConversation(input: NewConversation, { idempotencyKey, signal }: MutationOptions): Promise<Conversation> {
    return this.#request('post', '/conversations', { header: keyed(idempotencyKey), body: input, signal });
  }

  updateConversation(
    conversationId: string,
    change: ConversationChange,
    { version, signal }: RequestOptions & { version?: string } = {},
  ): Promise<Conversation> {
    return this.#request('patch', '/conversations/{conversationId}', {
      path: { conversationId },
      header: { 'If-Match': version },
      body: change,
      signal,
    });
  }

  stopConversation(conversationId: string, { signal }: RequestOptions = {}): Promise<Conversation> {
    return this.#request('post', '/conversations/{conversationId}/stop', { path: { conversationId }, signal });
  }

  listMessages(conversationId: string, page: PageRequest & RequestOptions = {}): Promise<Page<Message>> {
    return this.#request('get', '/conversations/{conversationId}/messages', {
      path: { conversationId },
      query: paging(page),
      signal: page.signal,
    });
  }

  sendMessage(conversationId: string, message: NewMessage, { idempotencyKey, signal }: MutationOptions): Promise<Message> {
    return this.#request('post', '/conversations/{conversationId}/messages', {
      path: { conversationId },
      header: keyed(idempotencyKey),
      body: message,
      signal,
    });
  }

  markSeen(conversationId: string, upToMessageId: string, { signal }: RequestOptions = {}): Promise<void> {
    return this.#request('post', '/conversations/{conversationId}/seen', {
      path: { conversationId },
      body: { upToMessageId },
      signal,
    });
  }

  uploadAttachment(file: File, { idempotencyKey, signal }: MutationOptions): Promise<Attachment> {
    return this.#request('post', '/attachments', {
      header: keyed(idempotencyKey),
      form: { file },
      signal,
    });
  }

  searchDirectory(query: DirectoryQuery): Promise<Page<DirectoryEntry>> {
    return this.#request('get', '/directory', {
      query: { q: query.search, role: query.roles, ...paging(query) },
      signal: query.signal,
    });
  }

  /**
   * Long-polls `GET /conversations/{id}/events?after=…&waitSeconds=…`, starting after `after`
   * (the conversation's `eventCursor`). Each non-empty batch of events reaches `next` once, in
   * order; empty batches (the wait ran out) are skipped. Network, timeout, 5xx and 429 failures
   * are reported with `error(e, true)` and polling resumes after a growing backoff; 401, 403, 404
   * and other refusals are reported with `error(e, false)` and polling stops for good.
   * Unsubscribing aborts the poll in flight; nothing is requested or delivered afterwards.
   */
  subscribeToConversation(
    conversationId: string,
    after: string,
    handlers: SubscriptionHandlers<ConversationEvent[]>,
  ): Unsubscribe {
    return longPoll(
      (cursor, waitSeconds, signal) =>
        this.#request('get', '/conversations/{conversationId}/events', {
          path: { conversationId },
          ...this.#pollInit(cursor, waitSeconds, signal),
        }),
      after,
      ({ events }) => (events.length > 0 ? events : undefined),
      handlers,
      this.#timing,
    );
  }

  /**
   * Long-polls `GET /conversations/events`. It starts from the present: the first poll is sent
   * without `after` and with `waitSeconds=0`, and its answer only sets the cursor and the unread
   * counts it is compared with; nothing from it is delivered (read the starting state with
   * `listConversations` and `getUnreadSummary`). After that, each batch in which a conversation
   * changed or the unread counts moved reaches `next` once, in order; empty batches are skipped.
   * Failures are handled as in `subscribeToConversation`.
   */
  subscribeToInbox(handlers: SubscriptionHandlers<InboxChanges>): Unsubscribe {
    let unread: UnreadSummary | undefined;
    return longPoll(
      (cursor, waitSeconds, signal) => this.#request('get', '/conversations/events', this.#pollInit(cursor, waitSeconds, signal)),
      undefined,
      ({ conversations, unread: now }, baseline) => {
        const moved = unread?.conversations !== now.conversations || unread.messages !== now.messages;
        unread = now;
        return !baseline && (moved || conversations.length > 0) ? { conversations, unread: now } : undefined;
      },
      handlers,
      this.#timing,
    );
  }

  /** One long-poll's query and limits: the time limit stretched by the wait, retries left to the loop. */
  #pollInit(after: string | undefined, waitSeconds: number, signal: AbortSignal) {
    const timeoutMs = this.#timing.timeoutMs + waitSeconds * 1000;
    return { query: { after, waitSeconds }, signal, timeoutMs, retries: 0 };
  }

  // ---------- SMS consent ----------

  getSmsConsent(phone: E164, { signal }: RequestOptions = {}): Promise<SmsConsent> {
    return this.#request('get', '/sms-consent/{phone}', { path: { phone }, signal });
  }

  getSmsConsentForMethod(methodId: string, { signal }: RequestOptions = {}): Promise<SmsConsent> {
    return this.#request('get', '/contact-methods/{methodId}/sms-consent', { path: { methodId }, signal });
  }

  recordSmsConsent(decision: SmsConsentDecision, { idempotencyKey, signal }: MutationOptions): Promise<SmsConsent> {
    return this.#request('post', '/sms-consent', { header: keyed(idempotencyKey), body: decision, signal });
  }

  listSmsConsent(query: SmsConsentQuery = {}): Promise<Page<OptInReportRow>> {
    return this.#request('get', '/sms-consent', {
      query: { status: query.status, numberType: query.numberType, q: query.search, ...paging(query) },
      signal: query.signal,
    });
  }

  // ---------- reports ----------

  listSharedContactGroups(query: SharedContactQuery = {}): Promise<Page<SharedContactGroup>> {
    const { kind, flag, flagged, search, sort, order } = query;
    return this.#request('get', '/reports/shared-contacts', {
      query: { kind, flag, flagged, q: search, sort, order, ...paging(query) },
      signal: query.signal,
    });
  }

  // ---------- delivery ----------

  listSavedAudiences(page: PageRequest & RequestOptions = {}): Promise<Page<SavedAudience>> {
    return this.#request('get', '/audiences', { query: paging(page), signal: page.signal });
  }

  planDelivery(request: DeliveryPlanRequest, { idempotencyKey, signal }: MutationOptions): Promise<DeliveryPlan> {
    return this.#request('post', '/delivery-plans', { header: keyed(idempotencyKey), body: request, signal });
  }

  listPlannedDeliveries(planId: string, page: PageRequest & RequestOptions = {}): Promise<Page<PlannedDelivery>> {
    return this.#request('get', '/delivery-plans/{planId}/deliveries', { path: { planId }, query: paging(page), signal: page.signal });
  }

  listSkippedRecipients(planId: string, page: PageRequest & RequestOptions = {}): Promise<Page<SkippedRecipient>> {
    return this.#request('get', '/delivery-plans/{planId}/skipped', { path: { planId }, query: paging(page), signal: page.signal });
  }
}
