import type { Timestamp } from '../../domain/types.js';

/**
 * The backend's notion of "now": starts at the district's reference date and moves one
 * second forward on each reading, so timestamps are ordered and runs are reproducible.
 */
export class MockClock {
  private ms: number;

  constructor(private readonly start: Timestamp) {
    this.ms = Date.parse(start);
  }

  now(): Timestamp {
    this.ms += 1000;
    return new Date(this.ms).toISOString();
  }

  /** Moves time forward, e.g. to let a bounce "age". */
  advance(ms: number): void {
    this.ms += ms;
  }

  reset(): void {
    this.ms = Date.parse(this.start);
  }
}
