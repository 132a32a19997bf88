/**
 * The domain layer: pure rules with no DOM and no network, shared by the elements and by any
 * backend that runs them in Node.
 */
export type * from './types.js';
export type * from './records.js';
export * from './vocabulary.js';
export * from './contact-values.js';
export * from './phone-as-typed.js';
export * from './csv.js';
export * from './preference-rules.js';
export * from './preferences-change.js';
export * from './keywords.js';
export * from './sms-replies.js';
export * from './consent-rules.js';
export * from './shared-contacts.js';
export * from './shared-contact-report.js';
export * from './person-names.js';
export * from './sms-labels.js';
export * from './delivery-planning.js';
export * from './batch.js';
export * from './inbox.js';
export * from './conversation-timeline.js';
