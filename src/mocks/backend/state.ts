import type { PersonRecord } from '../../domain/records.js';
import type { Attachment, BatchJob, DeliveryPlan, PlannedDelivery, SkippedRecipient } from '../../domain/types.js';
import type { BatchTally } from '../../domain/batch.js';
import type { BatchPlan } from './batch-runner.js';
import { indexMethodValues, type ConversationRecord, type District } from '../district/index.js';
import { MockClock } from './clock.js';
import { EventLog } from './events.js';
import { IdempotencyStore } from './idempotency.js';
import { notFound } from './problems.js';
import { copyRecord } from './session-copy.js';

/** A batch job with what the runner needs besides the public shape. */
export interface BatchJobRecord {
  job: BatchJob;
  plan: BatchPlan;
  /** What the job has done so far, errors included (paged by `listBatchJobErrors`). */
  tally: BatchTally;
  cancelRequested: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface DeliveryPlanRecord {
  plan: Omit<DeliveryPlan, 'deliveries' | 'skipped'>;
  ownerId: string;
  deliveries: PlannedDelivery[];
  skipped: SkippedRecipient[];
}

export interface SentSms {
  id: string;
  to: string;
  body: string;
  at: string;
  byId: string;
}

/** Session state of one mock backend: the district as edited so far, and everything around it. */
export class BackendState {
  readonly clock: MockClock;
  readonly idempotency = new IdempotencyStore();
  readonly events = new EventLog();
  /** Which accounts hold each phone number or email address. */
  valueIndex: Map<string, Set<string>>;
  readonly conversations = new Map<string, ConversationRecord>();
  readonly attachments = new Map<string, { attachment: Attachment; ownerId: string | null }>();
  readonly jobs: BatchJobRecord[] = [];
  readonly plans = new Map<string, DeliveryPlanRecord>();
  readonly sentSms: SentSms[] = [];
  /** Texts that read like a revocation, kept for a person to review. */
  readonly reviewQueue: { from: string; body: string; at: string }[] = [];
  /** Bumped by every change to people, methods or consent, so derived reports know to rebuild. */
  revision = 0;
  private readonly caches = new Map<string, { revision: number; value: unknown }>();
  /** Preference versions by person id; a person not listed is at version 1. */
  private readonly prefVersions = new Map<string, number>();
  private readonly counters = new Map<string, number>();

  constructor(readonly district: District) {
    this.clock = new MockClock(district.referenceDate);
    this.valueIndex = indexMethodValues(district);
    for (const c of district.conversations) this.conversations.set(c.id, c);
    for (const c of district.conversations) {
      for (const m of c.messages) for (const a of m.attachments) this.attachments.set(a.id, { attachment: a, ownerId: m.authorId });
    }
    this.counters.set('conv', district.conversations.length);
    this.counters.set('msg', district.conversations.reduce((n, c) => n + c.messages.length, 0));
    this.counters.set('att', this.attachments.size);
  }

  /** A new id such as `conv-00043`, continuing the district's numbering. */
  nextId(prefix: string, width = 5): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(width, '0')}`;
  }

  person(id: string): PersonRecord | undefined {
    return this.district.people.get(id);
  }

  requirePerson(id: string): PersonRecord {
    const record = this.person(id);
    if (!record) throw notFound('person');
    return record;
  }

  prefVersion(personId: string): string {
    return `v${this.prefVersions.get(personId) ?? 1}`;
  }

  bumpPrefVersion(personId: string): void {
    this.prefVersions.set(personId, (this.prefVersions.get(personId) ?? 1) + 1);
    this.revision += 1;
  }

  /** Records a change that is not tied to one person's preferences (consent, delivery health). */
  touch(): void {
    this.revision += 1;
  }

  /** A value derived from what never changes in a session (names, the directory), built once. */
  memo<T>(key: string, build: () => T): T {
    const hit = this.caches.get(`memo|${key}`);
    if (hit) return hit.value as T;
    const value = build();
    this.caches.set(`memo|${key}`, { revision: -1, value });
    return value;
  }

  /** A value derived from the district, rebuilt only after a change. */
  cached<T>(key: string, build: () => T): T {
    const hit = this.caches.get(key);
    if (hit && hit.revision === this.revision) return hit.value as T;
    const value = build();
    this.caches.set(key, { revision: this.revision, value });
    return value;
  }

  /**
   * Changes a person's record without touching the shared original: the change runs on a copy,
   * which then replaces it.
   */
  editPerson(personId: string, edit: (draft: PersonRecord) => void): PersonRecord {
    const draft = copyRecord(this.requirePerson(personId));
    edit(draft);
    this.storePerson(draft);
    return draft;
  }

  /** Stores a person's new record, keeping the value index and their version in step. */
  storePerson(next: PersonRecord): void {
    const previous = this.person(next.person.id);
    this.district.people.set(next.person.id, next);
    this.reindexPerson(next, previous ? previous.methods.map((m) => m.value) : []);
    this.bumpPrefVersion(next.person.id);
  }

  /** Re-indexes one person's values after their methods changed. */
  reindexPerson(record: PersonRecord, previousValues: Iterable<string>): void {
    for (const value of previousValues) this.valueIndex.get(value)?.delete(record.person.id);
    for (const method of record.methods) {
      let holders = this.valueIndex.get(method.value);
      if (!holders) this.valueIndex.set(method.value, (holders = new Set()));
      holders.add(record.person.id);
    }
  }

  stopTimers(): void {
    for (const job of this.jobs) if (job.timer) clearTimeout(job.timer);
    this.events.clear();
  }
}
