import { msg, str } from '@lit/localize';
import type { Conversation, Message } from '../../domain/types.js';
import { fileSize, languageName, viaWords } from './thread-words.js';

/**
 * A conversation as plain text, for "Download transcript": title, participants, then each
 * message with its localized time, author, text (translated, with the original beside it) and
 * attachments by name. Plain text, so nothing in it can run when opened.
 */
export function transcriptText(conversation: Conversation, messages: readonly Message[], locale: string): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lines: string[] = [
    conversation.title,
    msg(str`Participants: ${conversation.participants.map((p) => p.displayName).join(', ')}`),
    msg(str`Downloaded: ${when.format(new Date())}`),
  ];
  if (conversation.stopped && conversation.stoppedAt) {
    lines.push(msg(str`Stopped: ${when.format(new Date(conversation.stoppedAt))}`));
  }
  lines.push('');
  for (const m of messages) {
    const via = viaWords(m.via);
    lines.push(`[${when.format(new Date(m.sentAt))}] ${m.author.displayName}${via ? ` (${via})` : ''}`);
    if (m.translation) {
      lines.push(m.translation.body);
      lines.push(msg(str`Original (${languageName(m.language, locale)}): ${m.body}`));
    } else if (m.body) {
      lines.push(m.body);
    }
    for (const a of m.attachments) lines.push(msg(str`Attachment: ${a.name} (${fileSize(a.size, locale)}, ${a.contentType})`));
    lines.push('');
  }
  return lines.join('\r\n');
}

/** A file name for the transcript: the title without characters file systems refuse. */
export function transcriptFileName(conversation: Conversation): string {
  const base = conversation.title.replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]+/g, ' ').trim().slice(0, 80);
  return `${base || 'conversation'}.txt`;
}
