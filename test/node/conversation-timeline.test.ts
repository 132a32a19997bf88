import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  attachmentTypeAllowed,
  buildTimeline,
  extendTimeline,
  checkAttachment,
  firstUnreadIndex,
  mergeMessages,
  safeLinkUrl,
  type TimelineMessage,
} from '../../src/domain/conversation-timeline.js';

const dayOf = (iso: string) => iso.slice(0, 10);
const m = (key: string, authorId: string, sentAt: string): TimelineMessage => ({ key, authorId, sentAt });

describe('buildTimeline', () => {
  const messages = [
    m('1', 'ana', '2026-09-10T10:00:00Z'),
    m('2', 'ana', '2026-09-10T10:01:00Z'),
    m('3', 'lee', '2026-09-10T10:02:00Z'),
    m('4', 'lee', '2026-09-11T08:00:00Z'),
    m('5', 'me', '2026-09-11T08:05:00Z'),
    m('6', 'ana', '2026-09-11T08:06:00Z'),
  ];

  it('puts a date separator before each day and starts a group at each new author or day', () => {
    const rows = buildTimeline(messages, { viewerId: 'me', dayOf });
    assert.deepEqual(
      rows.map((r) => (r.kind === 'message' ? `${r.key}${r.startsGroup ? '*' : ''}` : r.kind)),
      ['day', '1*', '2', '3*', 'day', '4*', '5*', '6*'],
    );
  });

  it('places the unread separator before the first message from someone else after the last seen one', () => {
    const rows = buildTimeline(messages, { viewerId: 'me', lastSeenKey: '3', dayOf });
    const at = rows.findIndex((r) => r.kind === 'unread');
    assert.equal(rows[at + 1]!.key, '4');
    assert.deepEqual(rows[at], { kind: 'unread', key: 'unread', count: 2 });
  });

  it('skips the viewer’s own messages when looking for the first unread one', () => {
    assert.equal(firstUnreadIndex(messages, { viewerId: 'me', lastSeenKey: '4' }), 5);
    assert.equal(firstUnreadIndex(messages, { viewerId: 'me', lastSeenKey: '6' }), -1);
    assert.equal(firstUnreadIndex(messages, { viewerId: 'me', lastSeenKey: null }), 0);
    assert.equal(firstUnreadIndex(messages, { viewerId: 'me', lastSeenKey: 'older' }), -1);
    assert.equal(firstUnreadIndex(messages, { viewerId: 'me' }), -1);
  });

  it('has one message row per message, in order, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'me'), fc.integer({ min: 0, max: 5 })), { maxLength: 60 }), (specs) => {
        const list = specs.map(([author, day], i) => m(String(i), author, `2026-09-1${day}T00:00:${String(i % 60).padStart(2, '0')}Z`));
        list.sort((x, y) => (x.sentAt < y.sentAt ? -1 : 1));
        const rows = buildTimeline(list, { viewerId: 'me', lastSeenKey: null, dayOf });
        assert.deepEqual(rows.filter((r) => r.kind === 'message').map((r) => r.key), list.map((x) => x.key));
        assert.ok(rows.filter((r) => r.kind === 'unread').length <= 1);
        assert.equal(new Set(rows.map((r) => r.key)).size, rows.length);
      }),
    );
  });
});

describe('extendTimeline', () => {
  it('gives the same rows as rebuilding when newer messages are appended', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'me'), fc.nat(3)), { minLength: 2, maxLength: 40 }),
        fc.nat(39),
        fc.constantFrom<string | null | undefined>(undefined, null, '0'),
        (specs, cut, lastSeenKey) => {
          let day = 0;
          const list = specs.map(([author, step], i) => m(String(i), author, `2026-09-${String(10 + (day += step === 3 ? 1 : 0)).padStart(2, '0')}T00:00:${String(i).padStart(2, '0')}Z`));
          const split = 1 + (cut % (list.length - 1));
          const options = { viewerId: 'me', lastSeenKey, dayOf };
          const extended = extendTimeline(buildTimeline(list.slice(0, split), options), list.slice(split), options);
          if (extended) assert.deepEqual(extended, buildTimeline(list, options));
          else assert.ok(lastSeenKey !== undefined);
        },
      ),
    );
  });
});

describe('mergeMessages', () => {
  it('replaces known keys, appends newer ones and sorts older ones into place', () => {
    const base = [m('1', 'a', '2026-01-01T00:00:01Z'), m('2', 'a', '2026-01-01T00:00:02Z')];
    const updated = { ...base[1]!, authorId: 'b' };
    const merged = mergeMessages(base, [updated, m('3', 'a', '2026-01-01T00:00:03Z'), m('0', 'a', '2026-01-01T00:00:00Z')]);
    assert.deepEqual(merged.map((x) => x.key), ['0', '1', '2', '3']);
    assert.equal(merged[2]!.authorId, 'b');
  });
});

describe('attachments', () => {
  const rules = { maxBytes: 1000, allowedTypes: ['image/*', 'application/pdf'] };
  it('accepts allowed types within the size limit, with patterns', () => {
    assert.equal(checkAttachment({ size: 1000, type: 'image/png' }, rules), null);
    assert.equal(checkAttachment({ size: 10, type: 'application/pdf; charset=binary' }, rules), null);
    assert.equal(attachmentTypeAllowed('IMAGE/JPEG', rules.allowedTypes), true);
  });
  it('refuses empty, oversized and forbidden files', () => {
    assert.equal(checkAttachment({ size: 0, type: 'image/png' }, rules), 'empty');
    assert.equal(checkAttachment({ size: 1001, type: 'image/png' }, rules), 'tooLarge');
    assert.equal(checkAttachment({ size: 10, type: 'application/x-msdownload' }, rules), 'typeNotAllowed');
    assert.equal(checkAttachment({ size: 10, type: '' }, rules), 'typeNotAllowed');
    assert.equal(attachmentTypeAllowed('imagex/png', ['image/*']), false);
  });
});

describe('safeLinkUrl', () => {
  it('keeps absolute http(s) and mailto links', () => {
    assert.equal(safeLinkUrl('https://files.example.org/a b.pdf'), 'https://files.example.org/a%20b.pdf');
    assert.equal(safeLinkUrl('mailto:office@example.org'), 'mailto:office@example.org');
  });
  it('refuses script, data, relative and disguised schemes', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', '/files/a.pdf', 'vbscript:x', 'blob:https://x/1']) {
      assert.equal(safeLinkUrl(url), null, url);
    }
  });
});
