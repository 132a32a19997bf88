import type { Attachment } from '../../domain/types.js';

/** A message the viewer sent that the backend has not confirmed yet. */
export interface OutboxEntry {
  /** Local key, until the backend gives the message its id. */
  localId: string;
  /** Reused by every retry, so the backend never posts it twice. */
  idempotencyKey: string;
  body: string;
  attachments: Attachment[];
  /** When the viewer pressed Send (ISO 8601), to place it in the timeline. */
  createdAt: string;
  state: 'sending' | 'failed';
}

/** What the viewer has typed, attached and sent-but-unconfirmed in one conversation. */
export interface Draft {
  body: string;
  attachments: Attachment[];
  outbox: OutboxEntry[];
}

const PREFIX = 'school-comms-elements:conversation-draft';

export const emptyDraft = (): Draft => ({ body: '', attachments: [], outbox: [] });

/**
 * Drafts kept in `localStorage`, one per viewer and conversation, so that a reload, a failed
 * send or switching conversations never loses what someone wrote. Storage that is full or
 * blocked (private mode, a sandboxed frame) degrades to keeping the draft in memory only.
 */
export class DraftStore {
  readonly #memory = new Map<string, Draft>();

  constructor(private readonly storage: Storage | undefined = safeLocalStorage()) {}

  static key(viewerId: string, conversationId: string): string {
    return `${PREFIX}:${viewerId}:${conversationId}`;
  }

  load(viewerId: string, conversationId: string): Draft {
    const key = DraftStore.key(viewerId, conversationId);
    const remembered = this.#memory.get(key);
    // A send still in flight for a conversation being reopened shows as failed: retrying it
    // reuses its key, so the backend never posts it twice.
    if (remembered) return { ...structuredClone(remembered), outbox: remembered.outbox.map((e) => ({ ...structuredClone(e), state: 'failed' as const })) };
    try {
      const raw = this.storage?.getItem(key);
      if (raw) return normalize(JSON.parse(raw));
    } catch {
      // Unreadable (corrupt or blocked): start afresh rather than fail.
    }
    return emptyDraft();
  }

  save(viewerId: string, conversationId: string, draft: Draft): void {
    const key = DraftStore.key(viewerId, conversationId);
    if (isEmpty(draft)) this.#memory.delete(key);
    else this.#memory.set(key, structuredClone(draft));
    this.#store(key, draft);
  }

  /**
   * Drops a message the backend confirmed, leaving everything else as stored. For an element
   * that no longer shows the conversation (switched away, or removed from the page): another
   * element may have stored a newer draft since, which saving this element's copy would undo.
   */
  forgetSent(viewerId: string, conversationId: string, localId: string): void {
    const key = DraftStore.key(viewerId, conversationId);
    const remembered = this.#memory.get(key);
    if (remembered) {
      const kept = { ...remembered, outbox: remembered.outbox.filter((e) => e.localId !== localId) };
      if (isEmpty(kept)) this.#memory.delete(key);
      else this.#memory.set(key, kept);
    }
    try {
      const raw = this.storage?.getItem(key);
      if (!raw) return;
      const stored = normalize(JSON.parse(raw));
      this.#store(key, { ...stored, outbox: stored.outbox.filter((e) => e.localId !== localId) });
    } catch {
      // Unreadable: nothing stored to correct.
    }
  }

  #store(key: string, draft: Draft): void {
    try {
      if (isEmpty(draft)) this.storage?.removeItem(key);
      // A page reload interrupts any send in flight: it comes back as failed, ready to retry.
      else this.storage?.setItem(key, JSON.stringify({ ...draft, outbox: draft.outbox.map((e) => ({ ...e, state: 'failed' })) }));
    } catch {
      // Quota or privacy settings: the in-memory copy still survives failures and switches.
    }
  }
}

function isEmpty(draft: Draft): boolean {
  return draft.body === '' && draft.attachments.length === 0 && draft.outbox.length === 0;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function normalize(value: unknown): Draft {
  const draft = emptyDraft();
  if (typeof value !== 'object' || value === null) return draft;
  const v = value as Partial<Draft>;
  if (typeof v.body === 'string') draft.body = v.body;
  if (Array.isArray(v.attachments)) draft.attachments = v.attachments.filter(isAttachment);
  if (Array.isArray(v.outbox)) {
    draft.outbox = v.outbox
      .filter((e): e is OutboxEntry => typeof e?.localId === 'string' && typeof e.idempotencyKey === 'string' && typeof e.body === 'string')
      .map((e) => ({ ...e, attachments: Array.isArray(e.attachments) ? e.attachments.filter(isAttachment) : [], state: 'failed' as const }));
  }
  return draft;
}

function isAttachment(value: unknown): value is Attachment {
  const a = value as Attachment;
  return typeof a?.id === 'string' && typeof a.name === 'string' && typeof a.size === 'number';
}

/** A fresh unique key for one intended action. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
