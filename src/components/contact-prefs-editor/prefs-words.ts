import { msg, str } from '@lit/localize';
import { formatPhone, type EmailProblem, type PhoneProblem } from '../../domain/contact-values.js';
import type { ContactMethod, ContactReason, ConversationChannel, FieldError, Language, PreferenceChannel } from '../../domain/types.js';
import { isPhoneType } from '../../domain/vocabulary.js';
import type { SavedDifference } from './prefs-draft.js';
import { channelInSentence, conversationChannelLabel, methodTypeInSentence, methodTypeLabel, reasonLabel } from './prefs-labels.js';

// Parsing a number with its metadata is the costly part of showing it; a page shows the same
// few numbers over and over.
const formatted = new Map<string, string>();

/** A method's value as people read it: phones in national format, emails as stored. */
export function displayValue(method: Pick<ContactMethod, 'type' | 'value'>): string {
  if (!isPhoneType(method.type)) return method.value;
  let shown = formatted.get(method.value);
  if (shown === undefined) {
    if (formatted.size > 1000) formatted.clear();
    formatted.set(method.value, (shown = formatPhone(method.value)));
  }
  return shown;
}

/** "cell phone (555) 010-1234". */
export function methodInSentence(method: Pick<ContactMethod, 'type' | 'value'>): string {
  const type = methodTypeInSentence(method.type);
  const value = displayValue(method);
  return msg(str`${type} ${value}`, { desc: 'A contact method inside a sentence: its type, then its number or address.' });
}

/** The full accessible name of one switch: "Attendance — cell phone (555) 010-1234 — text message". */
export function switchName(
  reason: ContactReason,
  method: Pick<ContactMethod, 'type' | 'value'>,
  channel: PreferenceChannel,
  methodWords = methodInSentence(method),
): string {
  const reasonWords = reasonLabel(reason);
  const channelWords = channelInSentence(channel);
  return msg(str`${reasonWords} — ${methodWords} — ${channelWords}`, { desc: 'Name of one checkbox: reason — method — channel.' });
}

export function languageName(code: string, languages: readonly Language[]): string {
  return languages.find((language) => language.code === code)?.name ?? code;
}

/** The words for a conversation channel choice, the district default named. */
export function channelChoiceWords(channel: ConversationChannel | null, districtDefault: ConversationChannel): string {
  if (channel !== null) return conversationChannelLabel(channel);
  const fallback = conversationChannelLabel(districtDefault);
  return msg(str`${fallback}, the district default`, { desc: "The district default conversation channel, named first." });
}

export function phoneProblemWords(problem: PhoneProblem): string {
  switch (problem) {
    case 'empty':
      return msg('Enter a phone number.');
    case 'hasLetters':
      return msg('Use digits only, such as (201) 555-0123.');
    case 'notUS':
      return msg('Only US phone numbers can be added.');
    default:
      return msg('Enter a valid phone number, such as (201) 555-0123.');
  }
}

export function emailProblemWords(problem: EmailProblem): string {
  if (problem === 'empty') return msg('Enter an email address.');
  return msg('Enter an email address such as name@example.org.');
}

/** Why a typed value is refused when another of the person's methods already holds it. */
export function alreadyHeldWords(holder: ContactMethod['type']): string {
  return msg(str`This is already this person's ${methodTypeInSentence(holder)}.`);
}

/** Plain words for a field error the server returned, by its code. */
export function fieldErrorWords(error: FieldError): string {
  switch (error.code) {
    case 'invalidPhone':
      return msg('Enter a valid phone number, such as (201) 555-0123.');
    case 'invalidEmail':
      return msg('Enter an email address such as name@example.org.');
    case 'duplicate':
      return msg('This person already has a method of this type or with this value.');
    case 'usedForSignIn':
      return msg('This is used to sign in, so it cannot be changed here.');
    case 'textNotAllowed':
      return msg('Texts are not available for this number.');
    case 'unsupportedLanguage':
      return msg('Choose one of the languages offered.');
    case 'notApplicable':
    case 'notEnabled':
      return msg('This choice does not apply to this person.');
    default:
      return msg('This value was not accepted. Check it and try again.');
  }
}

/** One line of "what someone else changed". */
export function differenceWords(difference: SavedDifference, languages: readonly Language[], districtDefault: ConversationChannel): string {
  switch (difference.kind) {
    case 'methodAdded': {
      const method = methodInSentence(difference.method);
      return msg(str`Added ${method}`);
    }
    case 'methodRemoved': {
      const method = methodInSentence(difference.method);
      return msg(str`Removed ${method}`);
    }
    case 'methodChanged': {
      const before = methodInSentence(difference.before);
      const after = methodInSentence(difference.after);
      return msg(str`Changed ${before} to ${after}`);
    }
    case 'switch':
      return switchWords(difference.cell.reason, difference.method, difference.cell.channel, difference.cell.enabled);
    case 'language': {
      const name = languageName(difference.language, languages);
      return msg(str`Language: ${name}`);
    }
    case 'conversationChannel': {
      const choice = channelChoiceWords(difference.channel, districtDefault);
      return msg(str`Conversation notifications: ${choice}`);
    }
  }
}

/** "Attendance — cell phone … — text message: on". */
export function switchWords(
  reason: ContactReason,
  method: Pick<ContactMethod, 'type' | 'value'>,
  channel: PreferenceChannel,
  enabled: boolean,
): string {
  const name = switchName(reason, method, channel);
  return enabled ? msg(str`${name}: on`) : msg(str`${name}: off`);
}

export function typeTitle(method: Pick<ContactMethod, 'type'>): string {
  return methodTypeLabel(method.type);
}
