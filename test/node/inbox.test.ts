import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  appendPage,
  belongsToList,
  compareByActivity,
  foldForSearch,
  matchesConversationSearch,
  mergeInboxChanges,
} from '../../src/domain/inbox.js';
import type { ConversationSummary, PersonSummary } from '../../src/domain/types.js';

const reader: PersonSummary = { id: 'p-reader', role: 'staff', displayName: 'Priya Patel' };
const ana: PersonSummary = { id: 'p-ana', role: 'guardian', displayName: 'Ana Núñez' };

function summary(id: string, minute: number, extra: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id,
    title: `Conversation ${id}`,
    participants: [reader, ana],
    lastMessage: { author: ana, body: 'Hello', sentAt: at(minute) },
    lastActivityAt: at(minute),
    unreadCount: 0,
    muted: false,
    archived: false,
    stopped: false,
    version: 'v1',
    ...extra,
  };
}

function at(minute: number): string {
  return new Date(Date.UTC(2026, 8, 14, 0, minute)).toISOString();
}

const inbox = { archived: false, search: '' };
const options = { readerId: reader.id, complete: true };

describe('inbox merge', () => {
  it('folds case and accents for search', () => {
    assert.equal(foldForSearch('Núñez ĐOÀN'), 'nunez doan');
    assert.equal(matchesConversationSearch(summary('c1', 1), 'nunez'), true);
    assert.equal(matchesConversationSearch(summary('c1', 1), 'CONVERSATION C1'), true);
    assert.equal(matchesConversationSearch(summary('c1', 1), 'lee'), false);
    assert.equal(matchesConversationSearch(summary('c1', 1), '   '), true);
  });

  it('moves a conversation with a new message to the top and counts the arrival', () => {
    const items = [summary('c3', 30), summary('c2', 20), summary('c1', 10)];
    const changed = summary('c1', 40, { unreadCount: 2 });
    const { items: after, arrivals } = mergeInboxChanges(items, [changed], inbox, options);
    assert.deepEqual(after.map((c) => c.id), ['c1', 'c3', 'c2']);
    assert.deepEqual(arrivals, [{ conversationId: 'c1', author: ana, count: 2 }]);
  });

  it("never counts the reader's own message, nor muted or archived conversations", () => {
    const items = [summary('c2', 20), summary('c1', 10)];
    const own = summary('c1', 40, { lastMessage: { author: reader, body: 'Mine', sentAt: at(40) } });
    const muted = summary('c2', 41, { unreadCount: 1, muted: true });
    const { items: after, arrivals } = mergeInboxChanges(items, [own, muted], inbox, options);
    assert.deepEqual(after.map((c) => c.id), ['c2', 'c1']);
    assert.deepEqual(arrivals, []);
    const archived = summary('c1', 50, { unreadCount: 1, archived: true });
    const merged = mergeInboxChanges(items, [archived], inbox, options);
    assert.deepEqual(merged.items.map((c) => c.id), ['c2'], 'archiving takes it out of the inbox');
    assert.deepEqual(merged.arrivals, []);
  });

  it('uses the unread counts last shown for conversations not in the list', () => {
    const previousUnread = new Map([['c9', 3]]);
    const changed = summary('c9', 50, { unreadCount: 4 });
    const { arrivals } = mergeInboxChanges([], [changed], { archived: true, search: '' }, { ...options, previousUnread });
    assert.deepEqual(arrivals, [{ conversationId: 'c9', author: ana, count: 1 }]);
  });

  it('leaves a conversation older than the last one shown to the pages still to come', () => {
    const items = [summary('c3', 30), summary('c2', 20)];
    const older = summary('c0', 5);
    assert.deepEqual(mergeInboxChanges(items, [older], inbox, { ...options, complete: false }).items.map((c) => c.id), ['c3', 'c2']);
    assert.deepEqual(mergeInboxChanges(items, [older], inbox, options).items.map((c) => c.id), ['c3', 'c2', 'c0']);
  });

  it('keeps a searched list to its matches', () => {
    const changed = summary('c5', 60, { title: 'Bus route', participants: [reader] });
    assert.equal(belongsToList(changed, { archived: false, search: 'lunch' }), false);
    assert.deepEqual(mergeInboxChanges([], [changed], { archived: false, search: 'lunch' }, options).items, []);
  });

  it('appends a page without repeating conversations already shown', () => {
    const shown = [summary('c3', 30), summary('c2', 20)];
    assert.deepEqual(appendPage(shown, [summary('c2', 20), summary('c1', 10)]).map((c) => c.id), ['c3', 'c2', 'c1']);
  });

  it('property: the merged list stays sorted, without duplicates, holding exactly what belongs', () => {
    const conversation = fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
      minute: fc.integer({ min: 0, max: 1000 }),
      archived: fc.boolean(),
      unread: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.uniqueArray(conversation, { selector: (c) => c.id }), fc.array(conversation), (start, changes) => {
        const items = start.filter((c) => !c.archived).map((c) => summary(c.id, c.minute, { unreadCount: c.unread })).sort(compareByActivity);
        const changed = changes.map((c) => summary(c.id, c.minute, { archived: c.archived, unreadCount: c.unread }));
        const { items: after, arrivals } = mergeInboxChanges(items, changed, inbox, options);
        const ids = after.map((c) => c.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.deepEqual([...after].sort(compareByActivity), after);
        assert.ok(after.every((c) => !c.archived));
        for (const c of arrivals) assert.ok(c.count > 0);
        // The latest state of each changed conversation wins.
        const latest = new Map(changed.map((c) => [c.id, c]));
        for (const [id, c] of latest) assert.equal(ids.includes(id), !c.archived);
      }),
    );
  });
});
