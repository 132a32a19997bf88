/** What changed, as the event log records it; rendered per viewer when polled. */
export interface LoggedEvent {
  seq: number;
  conversationId: string;
  kind: 'messageCreated' | 'messageUpdated' | 'conversationUpdated';
  messageId?: string;
  /** Set when the change concerns one participant only (their mute, archive or reading). */
  onlyFor?: string;
}

/**
 * The ordered log of conversation changes, with waiting for long polls: `wait` resolves when
 * something new is appended, when the time runs out, or when the request is aborted.
 */
export class EventLog {
  private events: LoggedEvent[] = [];
  private seq = 0;
  private readonly waiters = new Set<() => void>();

  get latest(): number {
    return this.seq;
  }

  append(event: Omit<LoggedEvent, 'seq'>): LoggedEvent {
    const logged = { ...event, seq: ++this.seq };
    this.events.push(logged);
    for (const wake of [...this.waiters]) wake();
    return logged;
  }

  /** Events after `seq`, oldest first. */
  after(seq: number): LoggedEvent[] {
    // Sequence numbers are dense from 1: the event with seq n sits at index n - 1.
    return this.events.slice(Math.max(0, seq));
  }

  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (ms <= 0 || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Wakes every waiting poll (used on reset so none hangs on a discarded state). */
  clear(): void {
    this.events = [];
    this.seq = 0;
    for (const wake of [...this.waiters]) wake();
  }
}

/** Event cursors are opaque to clients; inside they carry a sequence number. */
export function eventCursor(seq: number): string {
  return `ev.${seq.toString(36)}`;
}

export function readEventCursor(cursor: string | null): number | null {
  if (cursor === null || cursor === '') return 0;
  const match = /^ev\.([0-9a-z]+)$/.exec(cursor);
  return match ? parseInt(match[1]!, 36) : null;
}
