import { msg } from '@lit/localize';
import type { TextUnavailableReason } from '../../domain/preference-rules.js';
import type { ConversationChannel, PreferenceChannel } from '../../domain/types.js';

export { methodTypeInSentence, methodTypeLabel, reasonLabel } from '../shared/vocabulary-labels.js';

/*
 * Words for the vocabulary of contact preferences. Each is a function so that it reads the
 * language active when it is called.
 */

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
