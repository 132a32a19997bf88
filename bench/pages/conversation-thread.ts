// Measures <conversation-thread> holding N messages against a plain element that renders the
// same rows (same templates, same styles) without virtualization, in the same page and run.
//   first render:        element added with its data ready → its rows on screen (next frame)
//   new message → paint: a live `messageCreated` event → the first frame that has the new row
import { html, LitElement } from 'lit';
import type { CommsAdapter, SubscriptionHandlers } from '../../src/api/adapter.js';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { conversationThreadStyles } from '../../src/components/conversation-thread/conversation-thread.styles.js';
import { ConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import { renderRow, type RowContext, type ThreadItem } from '../../src/components/conversation-thread/message-row.js';
import { defineElement } from '../../src/components/shared/define.js';
import { buildTimeline, type TimelineRow } from '../../src/domain/conversation-timeline.js';
import type { Conversation, ConversationEvent, DistrictSettings, Message, Participant, Viewer } from '../../src/domain/types.js';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('messages') ?? 10_000);
const RUNS = Number(params.get('runs') ?? 5);
const ARRIVALS = Number(params.get('arrivals') ?? 20);

const viewer: Viewer = { id: 'staff-1', role: 'staff', displayName: 'Ms. Rivera', permissions: ['conversations.start', 'conversations.stop'], language: 'en' };
const participants: Participant[] = [
  { id: 'staff-1', role: 'staff', displayName: 'Ms. Rivera' },
  ...Array.from({ length: 11 }, (_, i) => ({ id: `g-${i}`, role: 'guardian' as const, displayName: `Guardian ${i + 1}` })),
];
const settings = {
  attachments: { maxBytes: 10 * 1024 * 1024, allowedTypes: ['image/*', 'application/pdf'] },
} as DistrictSettings;
const start = Date.parse('2026-01-05T08:00:00Z');

function message(i: number): Message {
  const author = participants[i % 5 === 0 ? 0 : 1 + (i % 11)]!;
  const spanish = i % 7 === 3;
  return {
    id: `m-${i}`,
    conversationId: 'c-1',
    author: { id: author.id, role: author.role, displayName: author.displayName },
    sentAt: new Date(start + i * 17 * 60_000).toISOString(),
    body: spanish ? `Mensaje ${i}: gracias por avisar, allí estaremos.` : `Message ${i}: thanks for letting us know, we will be there.`,
    language: spanish ? 'es' : 'en',
    translation: spanish ? { language: 'en', body: `Message ${i}: thanks for letting us know, we'll be there.` } : null,
    via: i % 3 === 0 ? 'sms' : 'app',
    attachments: i % 50 === 0 ? [{ id: `a-${i}`, name: `form-${i}.pdf`, size: 120_000, contentType: 'application/pdf', url: `https://files.example.org/a-${i}.pdf` }] : [],
    seenBy: participants.slice(1, 1 + (i % 4)).map((p) => ({ person: p, at: new Date(start + i * 17 * 60_000 + 60_000).toISOString() })),
    deliveries: [],
    idempotencyKey: null,
  };
}

const messages = Array.from({ length: COUNT }, (_, i) => message(i));
const conversation: Conversation = {
  id: 'c-1', title: 'Class of 2027 families', participants, createdAt: messages[0]!.sentAt, createdBy: participants[0]!,
  lastActivityAt: messages[COUNT - 1]!.sentAt, unreadCount: 0, lastSeenMessageId: messages[COUNT - 1]!.id, muted: false,
  archived: false, stopped: false, stoppedAt: null, stoppedBy: null, canStop: true, version: 'v1', eventCursor: '0',
};

let live: SubscriptionHandlers<ConversationEvent[]> | undefined;
// Hands the element every message in its first page, as if the viewer had scrolled back
// through the whole history: the worst case the element has to render.
const adapter: Partial<CommsAdapter> = {
  getConversation: async () => conversation,
  listMessages: async () => ({ items: messages.slice().reverse(), nextCursor: null }),
  sendMessage: async () => { throw new Error('not used'); },
  markSeen: async () => {},
  subscribeToConversation: (_id, _after, handlers) => {
    live = handlers;
    return () => (live = undefined);
  },
};

/** The same rows, all in the DOM: what a thread without virtualization renders. */
class PlainThread extends LitElement {
  static override styles = [...CommsElement.styles, conversationThreadStyles];
  items: Message[] = [];
  protected override render() {
    const items: ThreadItem[] = this.items.map((m) => ({ key: m.id, authorId: m.author.id, sentAt: m.sentAt, message: m }));
    const rows: TimelineRow<ThreadItem>[] = buildTimeline(items, { viewerId: viewer.id, dayOf: (iso) => iso.slice(0, 10) });
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' });
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'full' });
    const ctx: RowContext = {
      viewer: { id: viewer.id, role: 'staff', displayName: viewer.displayName }, participants, locale: 'en',
      showingOriginal: new Set(), sendErrors: new Map(), toggleOriginal: () => {}, retry: () => {},
      formatTime: (iso) => time.format(new Date(iso)), formatDay: (iso) => day.format(new Date(iso)),
    };
    return html`<div class="root"><div class="timeline">${rows.map((row) => renderRow(row, ctx))}</div></div>`;
  }
}
defineElement('bench-plain-thread', PlainThread);
defineElement('conversation-thread', ConversationThread);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const stage = document.getElementById('stage')!;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Frame ends: a task posted from each animation frame runs once that frame is painted. A row
// inserted before a frame end (in a task, or during that frame's rendering steps such as a
// ResizeObserver callback) is on screen at that frame end.
const frameEnds: number[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => frameEnds.push(performance.now());
(function loop() {
  requestAnimationFrame(() => {
    channel.port2.postMessage(null);
    loop();
  });
})();

/** Waits until `key` is in `host`'s shadow root and painted; returns when and after how many frames. */
async function paintOf(host: HTMLElement, key: string, since: number): Promise<{ at: number; frames: number; insertedAt: number }> {
  let insertedAt = host.shadowRoot?.querySelector(`[data-key="${key}"]`) ? since : undefined;
  const observer = new MutationObserver(() => {
    if (insertedAt === undefined && host.shadowRoot?.querySelector(`[data-key="${key}"]`)) insertedAt = performance.now();
  });
  if (host.shadowRoot) observer.observe(host.shadowRoot, { childList: true, subtree: true });
  else observer.observe(host, { childList: true, subtree: true });
  const deadline = performance.now() + 180_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (insertedAt === undefined && !host.shadowRoot) continue;
    const end = insertedAt === undefined ? undefined : frameEnds.find((t) => t >= insertedAt!);
    if (end !== undefined) {
      observer.disconnect();
      return { at: end, frames: frameEnds.filter((t) => t > since && t <= end).length, insertedAt: insertedAt! };
    }
    if (performance.now() > deadline) {
      const t = host.shadowRoot?.querySelector('.timeline') as HTMLElement | null;
      const state = host as unknown as { atBottom?: boolean; awayCount?: number };
      throw new Error(`The row never appeared (${(host as unknown as {dbg: string[]}).dbg?.slice(-30).join(' ; ')}) (at bottom: ${state.atBottom}, away: ${state.awayCount}, scroll ${t?.scrollTop}/${t?.scrollHeight}/${t?.clientHeight}).`);
    }
  }
}

async function firstRender(kind: 'virtualized' | 'plain'): Promise<number> {
  stage.replaceChildren();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  let el: HTMLElement;
  if (kind === 'plain') {
    const plain = document.createElement('bench-plain-thread') as PlainThread;
    plain.items = messages;
    el = plain;
  } else {
    const thread = document.createElement('conversation-thread');
    Object.assign(thread, { adapter, viewer, settings, conversationId: 'c-1' });
    el = thread;
  }
  stage.append(el);
  // The shadow root exists once the element is connected; watch it for the newest row.
  const { at } = await paintOf(el, messages[COUNT - 1]!.id, t0);
  return at - t0;
}

async function arrivals(kind: 'virtualized' | 'plain', count: number): Promise<{ ms: number; frames: number; insertMs: number }> {
  const el = stage.firstElementChild as HTMLElement;
  const times: number[] = [];
  const inserts: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = message(COUNT + i);
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const t0 = performance.now();
    if (kind === 'plain') {
      const plain = el as PlainThread;
      plain.items = [...plain.items, next];
      plain.requestUpdate();
    } else {
      live!.next([{ type: 'messageCreated', message: next }]);
    }
    const result = await paintOf(el, next.id, t0);
    times.push(result.at - t0);
    inserts.push(result.insertedAt - t0);
    frames.push(result.frames);
  }
  return { ms: median(times), frames: Math.max(...frames), insertMs: median(inserts) };
}

window.benchResult = (async () => {
  const figures: Record<string, number> = {};
  for (const kind of ['virtualized', 'plain'] as const) {
    const renders: number[] = [];
    // Plain rendering of every row takes seconds per run: three runs of it, RUNS of the element.
    for (let run = 0; run < (kind === 'plain' ? Math.min(RUNS, 3) : RUNS); run++) renders.push(await firstRender(kind));
    figures[`${kind}FirstRenderMs`] = median(renders);
    // Let the first render settle (measurements, scrolling to the end) before messages arrive.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const arrival = await arrivals(kind, kind === 'plain' ? Math.min(ARRIVALS, 5) : ARRIVALS);
    figures[`${kind}NewMessageMs`] = arrival.ms;
    figures[`${kind}NewMessageFrames`] = arrival.frames;
    figures[`${kind}NewMessageInsertMs`] = arrival.insertMs;
    figures[`${kind}FrameMs`] = median(frameEnds.slice(-60).map((t, i, all) => (i ? t - all[i - 1]! : 0)).slice(1));
    figures[`${kind}RowsInDom`] = (stage.firstElementChild as HTMLElement).shadowRoot!.querySelectorAll('.row').length;
  }
  stage.replaceChildren();
  return figures;
})();
