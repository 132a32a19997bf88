/**
 * school-comms-elements: the element classes (nothing is registered by importing this module —
 * import `school-comms-elements/define` or an element's own entry for that), the adapter
 * interface, the built-in HTTP adapter, typed errors and the domain types.
 */

// Elements
export { CommsProvider } from './components/comms-provider/comms-provider.js';
export type {
  CommsErrorDetail,
  CommsLocaleChangeDetail,
  CommsProviderOperation,
  CommsReadyDetail,
} from './components/comms-provider/comms-provider.js';
export { ConversationList } from './components/conversation-list/conversation-list.js';
export type {
  ConversationListView,
  ConversationSelectDetail,
  ConversationStartDetail,
} from './components/conversation-list/conversation-list.js';
export { ContactPrefsBatch } from './components/contact-prefs-batch/contact-prefs-batch.js';
export type { BatchJobEventDetail } from './components/contact-prefs-batch/contact-prefs-batch.js';
export { ContactPrefsEditor } from './components/contact-prefs-editor/contact-prefs-editor.js';
export type { PrefsChangeDetail, PrefsSaveDetail } from './components/contact-prefs-editor/contact-prefs-editor.js';
export { ContactConfirmPrompt } from './components/contact-confirm-prompt/contact-confirm-prompt.js';
export type { ConfirmAnswerDetail } from './components/contact-confirm-prompt/contact-confirm-prompt.js';
export { ConversationThread } from './components/conversation-thread/conversation-thread.js';
export type {
  ConversationArchiveDetail,
  ConversationStopDetail,
  MessageSendDetail,
} from './components/conversation-thread/conversation-thread.js';
export type { SendKey } from './components/conversation-thread/composer.js';
export { SharedContactReport } from './components/shared-contact-report/shared-contact-report.js';
export type { SharedContactFlagFilter, SharedContactsExportDetail } from './components/shared-contact-report/shared-contact-report.js';
export { DeliveryPreview } from './components/delivery-preview/delivery-preview.js';
export { OptinBadge } from './components/optin-badge/optin-badge.js';
export { OptinForm } from './components/optin-form/optin-form.js';
export type { OptinFormSaveDetail } from './components/optin-form/optin-form.js';
export { OptinReport } from './components/optin-report/optin-report.js';
export type { OptinReportExportDetail } from './components/optin-report/optin-report.js';
export { CommsElement } from './components/shared/comms-element.js';
export { defineElement } from './components/shared/define.js';
export { setKitLocale, getKitLocale } from './components/shared/localization.js';

// Adapter layer
export * from './api/index.js';

// Domain types (the rules themselves are in `school-comms-elements/domain`)
export type * from './domain/types.js';
