import type { ConversationSummary, PersonSummary } from './types.js';

/*
 * How an inbox that is already on screen takes in live changes: which conversations stay in
 * the list being shown, where they go, and which changes are new messages worth telling the
 * reader about. Pure, so the rules run the same in a browser and in Node.
 */

/** Which list the reader is looking at. */
export interface InboxFilter {
  /** The archived list instead of the inbox. */
  archived: boolean;
  /** The search typed by the reader; blank matches everything. */
  search: string;
}

/** New messages in one conversation, from people other than the reader. */
export interface InboxArrival {
  conversationId: string;
  /** Who wrote the newest of them. */
  author: PersonSummary;
  /** How many arrived (at least 1). */
  count: number;
}

/** The list after the changes, and the arrivals to announce. */
export interface InboxMerge {
  items: ConversationSummary[];
  arrivals: InboxArrival[];
}

/** Lower-case, accent-free form of a text, so "nunez" finds "Núñez". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Whether a conversation matches a search by its title or a participant's name. */
export function matchesConversationSearch(conversation: ConversationSummary, search: string): boolean {
  const folded = foldForSearch(search.trim());
  if (folded === '') return true;
  return (
    foldForSearch(conversation.title).includes(folded) ||
    conversation.participants.some((person) => foldForSearch(person.displayName).includes(folded))
  );
}

/** Whether a conversation belongs in the list the filter describes. */
export function belongsToList(conversation: ConversationSummary, filter: InboxFilter): boolean {
  return conversation.archived === filter.archived && matchesConversationSearch(conversation, filter.search);
}

/** Newest activity first; ties broken by id so the order never flickers. */
export function compareByActivity(a: ConversationSummary, b: ConversationSummary): number {
  if (a.lastActivityAt !== b.lastActivityAt) return a.lastActivityAt < b.lastActivityAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Takes changed conversations (in their new state) into the list on screen.
 *
 * - A changed conversation leaves the list, and comes back at its place by activity if it still
 *   belongs there (a new message moves it to the top; archiving it takes it out of the inbox).
 * - When more pages remain to be fetched (`complete` false), a conversation older than the last
 *   one shown is left for those pages rather than put at the bottom out of order.
 * - An arrival is counted when the unread count of a conversation grew and its newest message
 *   is not the reader's own. Muted and archived conversations do not count: they stay quiet.
 *
 * `previousUnread` gives the unread counts the reader was last shown, for conversations that
 * are not in `items` (another page, or the other list); unknown ones count from zero.
 */
export function mergeInboxChanges(
  items: readonly ConversationSummary[],
  changes: readonly ConversationSummary[],
  filter: InboxFilter,
  options: { readerId: string; complete: boolean; previousUnread?: ReadonlyMap<string, number> },
): InboxMerge {
  const list = [...items];
  const arrivals: InboxArrival[] = [];
  for (const changed of changes) {
    const index = list.findIndex((item) => item.id === changed.id);
    const before = index >= 0 ? list[index]!.unreadCount : (options.previousUnread?.get(changed.id) ?? 0);
    if (index >= 0) list.splice(index, 1);
    if (belongsToList(changed, filter)) {
      const last = list[list.length - 1];
      const beyondLoaded = !options.complete && last !== undefined && compareByActivity(changed, last) > 0;
      if (!beyondLoaded) {
        const at = list.findIndex((item) => compareByActivity(changed, item) < 0);
        list.splice(at < 0 ? list.length : at, 0, changed);
      }
    }
    const author = changed.lastMessage?.author;
    const grew = changed.unreadCount - before;
    if (grew > 0 && author && author.id !== options.readerId && !changed.muted && !changed.archived) {
      arrivals.push({ conversationId: changed.id, author, count: grew });
    }
  }
  return { items: list, arrivals };
}

/** Appends a further page, leaving out conversations already shown (live changes may have moved them up). */
export function appendPage(items: readonly ConversationSummary[], page: readonly ConversationSummary[]): ConversationSummary[] {
  const shown = new Set(items.map((item) => item.id));
  return [...items, ...page.filter((item) => !shown.has(item.id))];
}
