import type { MockReply } from './operation.js';

/**
 * Remembers the reply to each (viewer, operation, Idempotency-Key), so a retried create or send
 * returns the first result and changes nothing.
 */
export class IdempotencyStore {
  private readonly replies = new Map<string, MockReply>();

  private key(viewerId: string | null, operationId: string, key: string): string {
    return `${viewerId ?? 'anonymous'}\u0000${operationId}\u0000${key}`;
  }

  get(viewerId: string | null, operationId: string, key: string): MockReply | undefined {
    return this.replies.get(this.key(viewerId, operationId, key));
  }

  remember(viewerId: string | null, operationId: string, key: string, reply: MockReply): void {
    this.replies.set(this.key(viewerId, operationId, key), reply);
  }

  clear(): void {
    this.replies.clear();
  }
}
