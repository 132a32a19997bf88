import { msg } from '@lit/localize';
import type { TextUnavailableReason } from '../../domain/preference-rules.js';
import type { ContactMethodType, ContactReason, ConversationChannel, PreferenceChannel } from '../../domain/types.js';

/*
 * Words for the vocabulary of contact preferences. Each is a function so that it reads the
 * language active when it is called.
 */

/** A contact reason as a column title ("Attendance"). */
export function reasonLabel(reason: ContactReason): string {
  switch (reason) {
    case 'emergency':
      return msg('Emergency', { desc: 'Contact reason.' });
    case 'attendance':
      return msg('Attendance', { desc: 'Contact reason.' });
    case 'behavior':
      return msg('Behavior', { desc: 'Contact reason.' });
    case 'staff':
      return msg('Staff', { desc: 'Contact reason: messages for staff with a district assignment.' });
    case 'general':
      return msg('General', { desc: 'Contact reason.' });
    case 'foodService':
      return msg('Food Service', { desc: 'Contact reason.' });
    case 'priority':
      return msg('Priority', { desc: 'Contact reason.' });
    case 'teacher':
      return msg('Teacher', { desc: 'Contact reason.' });
  }
}

/** A contact-method type as a title ("Cell phone"). */
export function methodTypeLabel(type: ContactMethodType): string {
  switch (type) {
    case 'householdPhone':
      return msg('Household phone');
    case 'homePhone':
      return msg('Home phone');
    case 'workPhone':
      return msg('Work phone');
    case 'cellPhone':
      return msg('Cell phone');
    case 'email':
      return msg('Email');
    case 'secondaryEmail':
      return msg('Secondary email');
  }
}

/** A contact-method type inside a sentence ("cell phone"). */
export function methodTypeInSentence(type: ContactMethodType): string {
  switch (type) {
    case 'householdPhone':
      return msg('household phone', { desc: 'Inside a sentence.' });
    case 'homePhone':
      return msg('home phone', { desc: 'Inside a sentence.' });
    case 'workPhone':
      return msg('work phone', { desc: 'Inside a sentence.' });
    case 'cellPhone':
      return msg('cell phone', { desc: 'Inside a sentence.' });
    case 'email':
      return msg('email', { desc: 'Inside a sentence.' });
    case 'secondaryEmail':
      return msg('secondary email', { desc: 'Inside a sentence.' });
  }
}

/** A delivery channel of the grid ("text message"), inside a sentence. */
export function channelInSentence(channel: PreferenceChannel): string {
  switch (channel) {
    case 'voice':
      return msg('voice call', { desc: 'Delivery channel, inside a sentence.' });
    case 'text':
      return msg('text message', { desc: 'Delivery channel, inside a sentence.' });
    case 'email':
      return msg('email message', { desc: 'Delivery channel, inside a sentence.' });
  }
}

/** A delivery channel as the short visible label beside its checkbox. */
export function channelLabel(channel: PreferenceChannel): string {
  switch (channel) {
    case 'voice':
      return msg('Voice', { desc: 'Short label of the voice-call checkbox.' });
    case 'text':
      return msg('Text', { desc: 'Short label of the text-message (SMS) checkbox.' });
    case 'email':
      return msg('Email', { id: 'prefs-channel-email-short', desc: 'Short label of the email checkbox.' });
  }
}

/** Why texts cannot be switched on for a number. */
export function textUnavailableWords(why: TextUnavailableReason | 'unsaved'): string {
  switch (why) {
    case 'notCellPhone':
      return msg('Texts go only to cell phones.');
    case 'optedOut':
      return msg('This number opted out of texts.');
    case 'notAsked':
      return msg('Texts need the consent of the number’s holder, who has not been asked yet.');
    case 'textingDisabled':
      return msg('The district does not send texts.');
    case 'unsaved':
      return msg('Save the new number first, then choose texts for it.');
  }
}

/** A conversation notification channel. */
export function conversationChannelLabel(channel: ConversationChannel): string {
  switch (channel) {
    case 'sms':
      return msg('Text message (SMS)');
    case 'email':
      return msg('Email');
    case 'inApp':
      return msg('In the app only');
  }
}
