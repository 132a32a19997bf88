import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../../src/domain/index.js';

describe('src/domain/index.ts', () => {
  it('exports every public rule', () => {
    const expected = [
      // contact values
      'parsePhone', 'formatPhone', 'formatPhoneAsTyped', 'normalizeEmail', 'normalizeContactValue',
      // CSV
      'toCsv', 'CsvWriter', 'csvRowsOf', 'csvCellText', 'neutralizeCsvText',
      // preferences
      'reasonAvailability', 'reasonsFor', 'applicableReasons', 'staffReasonApplies', 'textAvailability',
      'channelsOffered', 'offersChannel', 'isPreferenceOn', 'setPreference', 'preferenceKey',
      'validatePreferencesChange', 'applyPreferencesChange',
      // keywords and consent
      'classifyInboundText', 'normalizeInboundText', 'SMS_KEYWORDS', 'keywordReply', 'replyLanguageFor',
      'notAskedConsent', 'summarizeConsent', 'consentStatusOf', 'recordStaffEntry', 'recordConsentDecision',
      'handleInboundSms', 'toInboundSmsResult', 'canSendText',
      // shared contacts
      'groupSharedContacts', 'filterSharedContactGroups', 'sortSharedContactGroups', 'parsePersonName', 'namesLookAlike',
      // delivery
      'planDelivery', 'ReasonNotEnabledError', 'smsLabel', 'labelName',
      // batch
      'validateBatchRequest', 'applyBatchChunk', 'previewBatchChunk', 'emptyBatchTally', 'mergeBatchTallies',
      'householdPhoneRequest', 'householdMembersToInclude', 'toBatchResult', 'toBatchPreview', 'BatchRequestError',
      // inbox
      'mergeInboxChanges', 'appendPage', 'matchesConversationSearch', 'foldForSearch',
      // vocabulary
      'CONTACT_REASONS', 'CONTACT_METHOD_TYPES', 'isPhoneType', 'channelsForType',
    ];
    const missing = expected.filter((name) => !(name in domain));
    assert.deepEqual(missing, []);
  });
});
