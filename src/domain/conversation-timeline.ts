/**
 * The rules of a conversation's timeline: how messages are grouped by author and day, where
 * the unread separator goes, which attachments a district accepts and which links may open.
 * Pure: no DOM, no network.
 */

/** What the timeline needs of a message. */
export interface TimelineMessage {
  /** Stable key: the message id, or a local id while it is being sent. */
  key: string;
  authorId: string;
  /** ISO 8601 time. */
  sentAt: string;
}

/** A date separator before the first message of a day. */
export interface DayRow {
  kind: 'day';
  key: string;
  /** The day (as given by `dayOf`) of the messages that follow. */
  day: string;
  /** The first message's time, to format the day with. */
  at: string;
}

/** The line above the first message the viewer has not seen. */
export interface UnreadRow {
  kind: 'unread';
  key: string;
  /** How many messages from others follow it. */
  count: number;
}

/** One message, with its place in its author's group. */
export interface MessageRow<M> {
  kind: 'message';
  key: string;
  message: M;
  /** First of consecutive messages by one author on one day: shows the author's name. */
  startsGroup: boolean;
}

export type TimelineRow<M> = DayRow | UnreadRow | MessageRow<M>;

export interface TimelineOptions {
  /** The viewer: their own messages never count as unread. */
  viewerId: string;
  /**
   * The newest message the viewer had seen when they opened the conversation; the unread
   * separator goes before the next message from someone else. `null`: nothing seen yet;
   * `undefined`: no separator.
   */
  lastSeenKey?: string | null;
  /** The calendar day of a time, in the viewer's time zone (e.g. `2026-09-14`). */
  dayOf: (iso: string) => string;
}

/**
 * The rows to show for messages in time order: a date separator at each new day, the unread
 * separator, and each message marked when it starts a run of one author's messages.
 */
export function buildTimeline<M extends TimelineMessage>(messages: readonly M[], options: TimelineOptions): TimelineRow<M>[] {
  const rows: TimelineRow<M>[] = [];
  const unreadFrom = firstUnreadIndex(messages, options);
  let previousDay: string | undefined;
  let previousAuthor: string | undefined;
  messages.forEach((message, index) => {
    const day = options.dayOf(message.sentAt);
    let breaksGroup = false;
    if (day !== previousDay) {
      rows.push({ kind: 'day', key: `day:${day}`, day, at: message.sentAt });
      previousDay = day;
      breaksGroup = true;
    }
    if (index === unreadFrom) {
      const count = messages.slice(index).filter((m) => m.authorId !== options.viewerId).length;
      rows.push({ kind: 'unread', key: 'unread', count });
      breaksGroup = true;
    }
    rows.push({ kind: 'message', key: message.key, message, startsGroup: breaksGroup || message.authorId !== previousAuthor });
    previousAuthor = message.authorId;
  });
  return rows;
}

/**
 * `rows` (built by `buildTimeline`) with `added` messages appended, all newer than those in
 * `rows`: the same result as rebuilding, at the cost of the new messages only. Returns
 * undefined when only a rebuild can tell (an unread separator might be due among them).
 */
export function extendTimeline<M extends TimelineMessage>(
  rows: readonly TimelineRow<M>[],
  added: readonly M[],
  options: TimelineOptions,
): TimelineRow<M>[] | undefined {
  const unreadAt = rows.findIndex((r) => r.kind === 'unread');
  if (options.lastSeenKey !== undefined && unreadAt === -1) return undefined;
  let last: MessageRow<M> | undefined;
  for (let i = rows.length - 1; i >= 0 && !last; i--) {
    const row = rows[i]!;
    if (row.kind === 'message') last = row;
  }
  let previousDay = last ? options.dayOf(last.message.sentAt) : undefined;
  let previousAuthor = last?.message.authorId;
  const extra: TimelineRow<M>[] = [];
  for (const message of added) {
    const day = options.dayOf(message.sentAt);
    const newDay = day !== previousDay;
    if (newDay) extra.push({ kind: 'day', key: `day:${day}`, day, at: message.sentAt });
    extra.push({ kind: 'message', key: message.key, message, startsGroup: newDay || message.authorId !== previousAuthor });
    previousDay = day;
    previousAuthor = message.authorId;
  }
  const result = rows.concat(extra);
  const unread = result[unreadAt];
  if (unread?.kind === 'unread') {
    result[unreadAt] = { ...unread, count: unread.count + added.filter((m) => m.authorId !== options.viewerId).length };
  }
  return result;
}

/** Index of the first message from someone else after `lastSeenKey`, or -1. */
export function firstUnreadIndex(messages: readonly TimelineMessage[], options: Pick<TimelineOptions, 'viewerId' | 'lastSeenKey'>): number {
  const { lastSeenKey, viewerId } = options;
  if (lastSeenKey === undefined) return -1;
  const seenIndex = lastSeenKey === null ? -1 : messages.findIndex((m) => m.key === lastSeenKey);
  // The last seen message is not among those loaded: it is older, so everything here was seen
  // unless it is not found because nothing was ever seen.
  if (lastSeenKey !== null && seenIndex === -1) return -1;
  for (let i = seenIndex + 1; i < messages.length; i++) {
    if (messages[i]!.authorId !== viewerId) return i;
  }
  return -1;
}

/** Merge messages into a time-ordered list by key: new keys are added, known ones replaced. */
export function mergeMessages<M extends TimelineMessage>(current: readonly M[], incoming: readonly M[]): M[] {
  if (incoming.length === 0) return current.slice();
  const last = current[current.length - 1];
  // Live arrivals: all newer than everything held, so none can be known already.
  if (last === undefined || incoming.every((m) => m.sentAt > last.sentAt)) return current.concat([...incoming].sort(bySentAt));
  const index = new Map(current.map((m, i) => [m.key, i]));
  const merged = current.slice();
  const added: M[] = [];
  for (const message of incoming) {
    const at = index.get(message.key);
    if (at === undefined) added.push(message);
    else merged[at] = message;
  }
  if (added.length === 0) return merged;
  const sortedAdded = added.sort(bySentAt);
  if (bySentAt(last, sortedAdded[0]!) <= 0) return merged.concat(sortedAdded);
  return merged.concat(sortedAdded).sort(bySentAt);
}

function bySentAt(a: TimelineMessage, b: TimelineMessage): number {
  return a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0;
}

/** The district's attachment limits. */
export interface AttachmentRules {
  maxBytes: number;
  /** MIME types or patterns such as `image/*`. */
  allowedTypes: readonly string[];
}

/** Why a file cannot be attached, or null when it can. */
export type AttachmentProblem = 'empty' | 'tooLarge' | 'typeNotAllowed' | null;

/** Whether a content type matches one of the allowed types (`image/*` patterns included). */
export function attachmentTypeAllowed(contentType: string, allowed: readonly string[]): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '') return false;
  return allowed.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    return p.endsWith('/*') ? type.startsWith(p.slice(0, -1)) : type === p;
  });
}

/** Checks a file against the district's limits before it is uploaded. */
export function checkAttachment(file: { size: number; type: string }, rules: AttachmentRules): AttachmentProblem {
  if (file.size === 0) return 'empty';
  if (file.size > rules.maxBytes) return 'tooLarge';
  if (!attachmentTypeAllowed(file.type || 'application/octet-stream', rules.allowedTypes)) return 'typeNotAllowed';
  return null;
}

const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL if a link to it may be rendered: absolute http(s) or mailto only. Anything else
 * (`javascript:`, `data:`, relative or malformed) gives null, and the caller shows plain text.
 */
export function safeLinkUrl(url: string): string | null {
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips past checks.
  if (/[\u0000-\u001f\u007f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return SAFE_LINK_SCHEMES.has(parsed.protocol) ? parsed.href : null;
}
