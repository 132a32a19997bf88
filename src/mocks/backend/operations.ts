import { uploadAttachment } from './attachments.js';
import { pollConversationEvents, pollInboxEvents } from './conversation-events.js';
import {
  createConversation,
  getConversation,
  getUnreadSummary,
  listConversations,
  stopConversation,
  updateConversation,
} from './conversations.js';
import { searchDirectory } from './directory.js';
import { listMessages, markSeen, sendMessage } from './messages.js';
import type { Operation } from './operation.js';
import { getDistrictSettings, getViewer } from './session.js';
import { listBatchFilters, listSavedAudiences } from './catalog-lists.js';
import { answerMethodConfirmation, listUnconfirmedMethods } from './confirmation.js';
import { getContactPreferences, updateContactPreferences } from './preferences.js';
import { recordSmsConsent } from './sms-consent-record.js';
import { receiveInboundSms, sendSms } from './sms-gateway.js';
import { listSharedContactGroups } from './reports.js';
import { listPlannedDeliveries, listSkippedRecipients, planDelivery } from './delivery.js';
import { cancelBatchJob, getBatchJob, listBatchJobErrors, listBatchJobs, previewBatch, startBatchJob } from './batch.js';
import { listSmsConsent } from './sms-consent-report.js';
import { getSmsConsent, getSmsConsentForMethod } from './sms-consent-lookup.js';

/** Every operation of the HTTP contract. */
export const OPERATIONS: readonly Operation[] = [
  getViewer,
  getDistrictSettings,
  getContactPreferences,
  updateContactPreferences,
  listUnconfirmedMethods,
  answerMethodConfirmation,
  listBatchFilters,
  previewBatch,
  startBatchJob,
  listBatchJobs,
  getBatchJob,
  cancelBatchJob,
  listBatchJobErrors,
  getSmsConsent,
  getSmsConsentForMethod,
  listSmsConsent,
  recordSmsConsent,
  receiveInboundSms,
  sendSms,
  listSavedAudiences,
  listSharedContactGroups,
  planDelivery,
  listPlannedDeliveries,
  listSkippedRecipients,
  listConversations,
  getUnreadSummary,
  getConversation,
  createConversation,
  updateConversation,
  stopConversation,
  listMessages,
  sendMessage,
  markSeen,
  pollConversationEvents,
  pollInboxEvents,
  uploadAttachment,
  searchDirectory,
];
