import { msg, str } from '@lit/localize';
import type { InboxArrival } from '../../domain/inbox.js';

/** How the announcer paces itself. */
export interface AnnouncerTiming {
  /** How long to gather arrivals before the first announcement of a burst. */
  gatherMs: number;
  /** Least time between two announcements. */
  minIntervalMs: number;
}

export const DEFAULT_ANNOUNCER_TIMING: AnnouncerTiming = { gatherMs: 1000, minIntervalMs: 5000 };

/** One to three names as a list in the reader's language ("Ana and Mr. Lee", "Ana y Mr. Lee"). */
export function listNames(names: readonly string[]): string {
  const [first = '', second = '', third = ''] = names;
  if (names.length <= 1) return first;
  if (names.length === 2) return msg(str`${first} and ${second}`, { desc: 'Two names in a sentence.' });
  return msg(str`${first}, ${second} and ${third}`, { desc: 'Three names in a sentence.' });
}

/**
 * Words for a batch of arrivals: "New message from Ana", "3 new messages from Ana and Mr. Lee",
 * or, past three authors, "7 new messages from 4 people".
 */
export function describeArrivals(arrivals: readonly InboxArrival[]): string {
  const count = arrivals.reduce((sum, arrival) => sum + arrival.count, 0);
  const authors = [...new Map(arrivals.map((arrival) => [arrival.author.id, arrival.author.displayName])).values()];
  if (authors.length > 3) {
    const people = authors.length;
    return msg(str`${count} new messages from ${people} people`, { desc: 'Announced when messages arrive in the conversation list.' });
  }
  const names = listNames(authors);
  if (count === 1) return msg(str`New message from ${names}`, { desc: 'Announced politely when one message arrives.' });
  return msg(str`${count} new messages from ${names}`, { desc: 'Announced politely when messages arrive.' });
}

/**
 * Gathers arrivals and speaks them in batches, at most once per `minIntervalMs`, so a busy inbox
 * gives one sentence now and then instead of one per message.
 */
export class ArrivalAnnouncer {
  #pending: InboxArrival[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSpokenAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly speak: (arrivals: InboxArrival[]) => void,
    private readonly timing: AnnouncerTiming = DEFAULT_ANNOUNCER_TIMING,
  ) {}

  add(arrivals: readonly InboxArrival[]): void {
    if (arrivals.length === 0) return;
    this.#pending.push(...arrivals);
    if (this.#timer !== undefined) return;
    const sinceLast = performance.now() - this.#lastSpokenAt;
    const wait = Math.max(this.timing.gatherMs, this.timing.minIntervalMs - sinceLast);
    this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Drops what is waiting (the element left the page, or the list was replaced). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
  }

  #flush(): void {
    this.#timer = undefined;
    const arrivals = this.#pending;
    this.#pending = [];
    if (arrivals.length === 0) return;
    this.#lastSpokenAt = performance.now();
    this.speak(arrivals);
  }
}
