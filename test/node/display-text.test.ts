import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommsAdapter } from '../../src/api/adapter.js';
import { HOSTILE_STRINGS, hostileText, pseudoText, withDisplayText } from '../../src/mocks/index.js';

const upper = (text: string) => text.toUpperCase();

test('display text in results is rewritten; identifiers, codes and phone numbers are not', async () => {
  const adapter = {
    getViewer: async () => ({ id: 'p1', displayName: 'Ana Díaz', role: 'guardian', methods: [{ id: 'm1', type: 'email', value: 'ana@example.org' }, { id: 'm2', type: 'cellPhone', value: '+12025550100' }] }),
  } as unknown as CommsAdapter;
  const viewer = (await withDisplayText(adapter, upper).getViewer()) as unknown as Record<string, unknown>;
  assert.deepEqual(viewer, {
    id: 'p1', displayName: 'ANA DÍAZ', role: 'guardian',
    methods: [{ id: 'm1', type: 'email', value: 'ANA@EXAMPLE.ORG' }, { id: 'm2', type: 'cellPhone', value: '+12025550100' }],
  });
});

test("a page's next() and a subscription's callbacks are rewritten too", async () => {
  const page2 = { items: [{ id: 'c2', title: 'second' }], next: null };
  const adapter = {
    listConversations: async () => ({ items: [{ id: 'c1', title: 'first' }], next: async () => page2 }),
    subscribeToInbox: (handlers: { onChange: (change: unknown) => void }) => {
      handlers.onChange({ conversation: { id: 'c3', title: 'live' } });
      return () => {};
    },
  } as unknown as CommsAdapter;
  const wrapped = withDisplayText(adapter, upper);
  const first = (await wrapped.listConversations({})) as unknown as { items: Array<{ title: string }>; next: () => Promise<{ items: Array<{ title: string }> }> };
  assert.equal(first.items[0]!.title, 'FIRST');
  assert.equal((await first.next()).items[0]!.title, 'SECOND');
  const seen: unknown[] = [];
  wrapped.subscribeToInbox({ onChange: (change: unknown) => seen.push(change) } as never);
  assert.deepEqual(seen, [{ conversation: { id: 'c3', title: 'LIVE' } }]);
});

test('there are at least 50 distinct hostile strings, and each text keeps its own', () => {
  assert.ok(HOSTILE_STRINGS.length >= 50, `${HOSTILE_STRINGS.length}`);
  assert.equal(new Set(HOSTILE_STRINGS).size, HOSTILE_STRINGS.length);
  assert.ok(HOSTILE_STRINGS.some((s) => s.length >= 10_000));
  assert.equal(hostileText('Ana', 'name'), hostileText('Ana', 'name'));
  assert.ok(HOSTILE_STRINGS.includes(hostileText('Ana', 'name')));
});

test('pseudo text leaves no ASCII letter', () => {
  assert.doesNotMatch(pseudoText('Ana Díaz-Lee, Room 12 <ana@example.org>', 'name'), /[A-Za-z]/);
  assert.equal(pseudoText('12:30 (555)', 'name'), '12:30 (555)');
});
