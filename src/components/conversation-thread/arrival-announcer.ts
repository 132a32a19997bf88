/**
 * Gathers messages that arrive from others and announces them together: the first arrival
 * waits `batchMs` for more, and announcements are at least `minGapMs` apart, so a busy
 * conversation gives "3 new messages from Ana and Mr. Lee" rather than a stream of alerts.
 */
export class ArrivalAnnouncer {
  #authors: string[] = [];
  #count = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAt = -Infinity;

  constructor(
    private readonly announce: (count: number, authors: readonly string[]) => void,
    private readonly batchMs = 1000,
    private readonly minGapMs = 4000,
  ) {}

  /** A message from `author` arrived. */
  add(author: string): void {
    this.#count += 1;
    if (!this.#authors.includes(author)) this.#authors.push(author);
    if (this.#timer !== undefined) return;
    const wait = Math.max(this.batchMs, this.#lastAt + this.minGapMs - performance.now());
    this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Forget what is waiting (the conversation changed or the element left the page). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#authors = [];
    this.#count = 0;
  }

  #flush(): void {
    this.#timer = undefined;
    if (this.#count === 0) return;
    const count = this.#count;
    const authors = this.#authors;
    this.#count = 0;
    this.#authors = [];
    this.#lastAt = performance.now();
    this.announce(count, authors);
  }
}
