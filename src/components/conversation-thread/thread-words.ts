import { msg, str } from '@lit/localize';
import type { AttachmentProblem } from '../../domain/conversation-timeline.js';
import type { ConversationChannel, DeliveryState, Message, PersonRole } from '../../domain/types.js';
import { roleLabel } from '../shared/vocabulary-labels.js';

/* The thread's words that depend on data: roles, channels, languages, sizes, announcements. */

/** A participant's kind of account, in the kit's shared words. */
export function roleName(role: PersonRole): string {
  return roleLabel(role);
}

export function channelName(channel: ConversationChannel): string {
  switch (channel) {
    case 'sms':
      return msg('Text message (SMS)');
    case 'email':
      return msg('Email');
    case 'inApp':
      return msg('In the app only');
  }
}

/** "Replied by text" and the like, for a message that did not come from the app. */
export function viaWords(via: Message['via']): string | undefined {
  if (via === 'sms') return msg('Replied by text');
  if (via === 'email') return msg('Replied by email');
  return undefined;
}

export function deliveryWords(state: DeliveryState, channel: ConversationChannel): string {
  const by = channelName(channel);
  switch (state) {
    case 'queued':
      return msg(str`Waiting to send · ${by}`);
    case 'sent':
      return msg(str`Sent · ${by}`);
    case 'delivered':
      return msg(str`Delivered · ${by}`);
    case 'failed':
      return msg(str`Not delivered · ${by}`);
  }
}

export function fallbackWords(from: ConversationChannel): string {
  return msg(str`${channelName(from)} failed, so this channel was used`);
}

/** The name of a language in the kit's current language ("Spanish", "español"). */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A file size people can read: "180 KB", "1.2 MB". */
export function fileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

export function attachmentProblemWords(problem: Exclude<AttachmentProblem, null> | 'uploadFailed', name: string, limit: string): string {
  switch (problem) {
    case 'empty':
      return msg(str`"${name}" is empty, so it can't be attached.`);
    case 'tooLarge':
      return msg(str`"${name}" is too large. Files can be up to ${limit}.`);
    case 'typeNotAllowed':
      return msg(str`"${name}" is a kind of file that can't be attached here.`);
    case 'uploadFailed':
      return msg(str`"${name}" couldn't be uploaded. Try attaching it again.`);
  }
}

/** "Ana and Mr. Lee", "Ana, Mr. Lee and Dennis" in the current language. */
export function nameList(names: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** The polite announcement of messages that arrived. */
export function arrivalWords(count: number, authors: readonly string[], locale: string): string {
  const names = nameList(authors, locale);
  return count === 1
    ? msg(str`New message from ${names}`, { desc: 'Announced politely when one message arrives.' })
    : msg(str`${count} new messages from ${names}`, { desc: 'Announced politely when messages arrive.' });
}

/** How the thread writes times and dates in a language. */
export interface ThreadDateFormats {
  /** A message's time: "3:04 PM". */
  time: Intl.DateTimeFormat;
  /** A day separator: "Monday, November 23, 2026". */
  day: Intl.DateTimeFormat;
  /** A date with its time, as in the participants panel. */
  date: Intl.DateTimeFormat;
}

const dateFormatsByLocale = new Map<string, ThreadDateFormats>();

/** The thread's date formats for a language, made once (formatters are costly to create). */
export function threadDateFormats(locale: string): ThreadDateFormats {
  let formats = dateFormatsByLocale.get(locale);
  if (!formats) {
    formats = {
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
      day: new Intl.DateTimeFormat(locale, { dateStyle: 'full' }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    dateFormatsByLocale.set(locale, formats);
  }
  return formats;
}
