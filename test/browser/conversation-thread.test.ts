import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { NetworkError } from '../../src/api/errors.js';
import type { ConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import { DraftStore } from '../../src/components/conversation-thread/drafts.js';
import { transcriptFileName, transcriptText } from '../../src/components/conversation-thread/transcript.js';
import { mockToken } from '../../src/mocks/index.js';
import { adapterFor, backend, district, f, openThread as open, useThreadBackend } from './fixtures/thread-harness.js';

useThreadBackend();

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const messagesOf = (id: string) => backend.state.conversations.get(id)!.messages;

async function type(el: ConversationThread, value: string) {
  const input = $(el, '#composer-input') as HTMLTextAreaElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

function pressEnter(target: HTMLElement, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init }));
}

describe('<conversation-thread>', () => {
  it('shows the title, date separators, authors and "Replied by text", translated with the original a click away', async () => {
    const el = await open(f.conversations.translated);
    expect(text($(el, '.title'))).to.equal('Conference times');
    expect($$(el, '.separator.day').length).to.be.greaterThan(0);
    const translated = $$(el, '.row.message').find((row) => row.querySelector('.translation-note'))!;
    expect(text(translated.querySelector('.translation-note'))).to.match(/Translated from (Spanish|Vietnamese)/);
    expect(text(el.shadowRoot!.querySelector('.thread'))).to.contain('Replied by text');
    const shown = text(translated.querySelector('.body'));
    const toggle = translated.querySelector<HTMLButtonElement>('.link-button')!;
    toggle.click();
    await el.updateComplete;
    const row = () => $$(el, '.row.message').find((r) => r.dataset.key === translated.dataset.key)!;
    await waitUntil(() => text(row().querySelector('.body')) !== shown, 'original shown');
    expect(row().querySelector('.link-button')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('puts the unread separator before the first unread message', async () => {
    const el = await open(f.conversations.unread);
    const separator = $(el, '.separator.unread');
    expect(separator).to.exist;
    expect(separator!.getAttribute('aria-label')).to.equal('3 unread messages');
  });

  it('lists attachments with name, size and type, and links only safe schemes', async () => {
    backend.simulate.reply(f.conversations.withAttachments, {
      authorId: f.household.partnerId,
      body: 'Two more files',
      attachments: [
        { id: 'att-x1', name: '<script>alert(1)</script>.pdf', size: 2048, contentType: 'application/pdf', url: 'javascript:alert(1)' },
        { id: 'att-x2', name: 'report card.pdf', size: 1_500_000, contentType: 'application/pdf', url: 'https://files.example.org/report.pdf' },
      ],
    });
    const el = await open(f.conversations.withAttachments);
    const names = $$(el, '.attachment-name');
    const hostile = names.find((n) => n.textContent === '<script>alert(1)</script>.pdf')!;
    expect(hostile.localName).to.equal('span');
    const safe = names.find((n) => n.textContent === 'report card.pdf')! as HTMLAnchorElement;
    expect(safe.localName).to.equal('a');
    expect(safe.href).to.equal('https://files.example.org/report.pdf');
    expect(text(safe.parentElement)).to.contain('application/pdf');
    expect(text(safe.parentElement)).to.match(/1\.4 MB/);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('shows who has seen a message and who has not yet', async () => {
    const id = f.conversations.unread;
    const el = await open(id, f.household.guardianId);
    const teacherMessage = $$(el, '.row.message').find((r) => r.classList.contains('other'))!;
    const seen = teacherMessage.querySelector('.seen-by')!;
    expect(text(seen.querySelector('summary'))).to.equal('Seen by everyone');
    const own = $$(el, '.row.message.own').pop()!;
    expect(text(own.querySelector('summary'))).to.equal('Not seen yet');
    expect(text(own.querySelector('.not-yet'))).to.contain('Not yet:');
  });

  it('sends with Enter, adds a line with Shift+Enter, and fires message-send once the backend has it', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    const before = messagesOf(id).length;
    const input = await type(el, 'First line');
    pressEnter(input, { shiftKey: true });
    await el.updateComplete;
    expect(messagesOf(id).length).to.equal(before);
    const sent = oneEvent(el, 'message-send');
    pressEnter(input);
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(text($(el, '.row.message.own:last-of-type .send-state') ?? $$(el, '.send-state').pop()!)).to.match(/Sending|Sent/);
    const event = await sent;
    expect(event.detail.conversationId).to.equal(id);
    expect(event.detail.message.body).to.equal('First line');
    expect(messagesOf(id).length).to.equal(before + 1);
    await waitUntil(() => $$(el, '.send-state.sent').length > 0);
  });

  it('honours send-key="mod-enter": Enter alone does not send', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    el.sendKey = 'mod-enter';
    await el.updateComplete;
    const before = messagesOf(id).length;
    const input = await type(el, 'Hello');
    pressEnter(input);
    await aTimeout(50);
    expect(messagesOf(id).length).to.equal(before);
    pressEnter(input, { ctrlKey: true });
    await waitUntil(() => messagesOf(id).length === before + 1);
  });

  it('refuses an empty message without calling the backend', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    const before = messagesOf(id).length;
    const input = await type(el, '   \n  ');
    pressEnter(input);
    await el.updateComplete;
    expect(text($(el, '.composer-errors'))).to.contain('Write a message or attach a file first.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(messagesOf(id).length).to.equal(before);
  });

  for (const fault of [500, 'offline'] as const) {
    it(`keeps a message that failed to send (${fault}) and sends it once on Retry`, async () => {
      const id = f.conversations.unread;
      const el = await open(id);
      const before = messagesOf(id).length;
      backend.controls.failNext({ operationId: 'sendMessage', status: fault });
      const input = await type(el, 'Will this arrive?');
      pressEnter(input);
      await waitUntil(() => $(el, '.send-state.failed'), 'failed state', { timeout: 5000 });
      const failed = $$(el, '.row.message.own').find((r) => r.querySelector('.send-state.failed'))!;
      expect(text(failed.querySelector('.body'))).to.equal('Will this arrive?');
      // Said aloud too: the writer's eyes (and a screen reader's) are on the composer.
      expect(text($(el, '[role="status"]'))).to.match(fault === 500 ? /^Not sent\. Something went wrong/ : /^Not sent\. (You're offline|Can't reach the server)/);
      expect(messagesOf(id).length).to.equal(before);
      failed.querySelector<HTMLButtonElement>('.send-state button')!.click();
      await waitUntil(() => !$(el, '.send-state.failed') && !$(el, '.send-state.sending'), 'sent after retry', { timeout: 5000 });
      expect(messagesOf(id).filter((m) => m.body === 'Will this arrive?').length).to.equal(1);
    });
  }

  it('retrying after a lost answer reuses the idempotency key, so no duplicate is posted', async () => {
    const id = f.conversations.unread;
    const adapter = adapterFor(f.teacher);
    const keys: string[] = [];
    let loseAnswer = true;
    const real = adapter.sendMessage.bind(adapter);
    adapter.sendMessage = async (conversationId, message, options) => {
      keys.push(options.idempotencyKey);
      const result = await real(conversationId, message, options);
      if (loseAnswer) {
        loseAnswer = false;
        throw new NetworkError();
      }
      return result;
    };
    // Without the live feed, only the retry can learn that the first attempt went through.
    adapter.subscribeToConversation = () => () => {};
    const el = await open(id, f.teacher, adapter);
    const input = await type(el, 'Only once, please');
    pressEnter(input);
    await waitUntil(() => $(el, '.send-state.failed button'), 'retry offered', { timeout: 5000 });
    $(el, '.send-state.failed button')!.click();
    await waitUntil(() => !$(el, '.send-state.failed') && !$(el, '.send-state.sending'), 'confirmed', { timeout: 5000 });
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(messagesOf(id).filter((m) => m.body === 'Only once, please').length).to.equal(1);
    expect($$(el, '.row.message').filter((r) => text(r.querySelector('.body')) === 'Only once, please').length).to.equal(1);
  });

  it('a stopped conversation shows its banner and history, with no composer', async () => {
    const el = await open(f.conversations.stopped);
    expect(text($(el, '.banner.stopped'))).to.contain('nobody can reply');
    expect($(el, '.composer')).to.equal(null);
    expect($$(el, '.row.message').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a reply refused with 403 because someone stopped it meanwhile stays unsent, and the banner appears', async () => {
    const id = f.conversations.unread;
    const el = await open(id, f.household.guardianId);
    const stop = await fetch(`/api/conversations/${id}/stop`, { method: 'POST', headers: { Authorization: `Bearer ${mockToken(f.teacher)}` } });
    expect(stop.status).to.equal(200);
    el.shadowRoot!.querySelector('.timeline'); // the live update may or may not have arrived yet
    if ($(el, '.composer')) {
      const input = await type(el, 'Too late?');
      pressEnter(input);
      await waitUntil(() => $(el, '.banner.stopped'), 'stopped banner', { timeout: 5000 });
      const failed = () => $$(el, '.row.message.own').find((r) => text(r.querySelector('.body')) === 'Too late?');
      await waitUntil(() => text(failed()?.querySelector('.send-state') ?? null).includes('Not sent'), 'not sent', { timeout: 5000 });
      expect(text($(el, '.unsent-draft'))).to.equal('');
    }
    await waitUntil(() => $(el, '.banner.stopped'), 'stopped banner', { timeout: 5000 });
    expect(messagesOf(id).some((m) => m.body === 'Too late?')).to.equal(false);
  });

  it('keeps the draft and unsent messages across a reload', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    backend.controls.failNext({ operationId: 'sendMessage', status: 500 });
    let input = await type(el, 'Unsent words');
    pressEnter(input);
    await waitUntil(() => $(el, '.send-state.failed'), 'failed', { timeout: 5000 });
    input = await type(el, 'Half-written reply');
    el.remove();
    const stored = localStorage.getItem(DraftStore.key(f.teacher, id));
    expect(stored).to.contain('Half-written reply');
    const again = await open(id);
    expect(($(again, '#composer-input') as HTMLTextAreaElement).value).to.equal('Half-written reply');
    const failed = $$(again, '.row.message.own').find((r) => text(r.querySelector('.body')) === 'Unsent words')!;
    expect(text(failed.querySelector('.send-state'))).to.contain('Not sent');
  });

  it('refuses oversized and forbidden attachments with clear words, and attaches allowed ones', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'video.pdf', { type: 'application/pdf' });
    const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
    const ok = new File(['hello'], 'note.txt', { type: 'text/plain' });
    await el.attachFiles([big, exe, ok]);
    await el.updateComplete;
    const errors = text($(el, '.composer-errors'));
    expect(errors).to.contain('"video.pdf" is too large. Files can be up to 10 MB.');
    expect(errors).to.contain(`"setup.exe" is a kind of file that can't be attached here.`);
    expect($$(el, '.chip-name').map((c) => c.textContent)).to.deep.equal(['note.txt']);
    const sent = oneEvent(el, 'message-send');
    await el.send();
    const event = await sent;
    expect(event.detail.message.attachments.map((a: { name: string }) => a.name)).to.deep.equal(['note.txt']);
    expect(event.detail.message.body).to.equal('');
  });

  it('shows new replies live and announces them politely, batched, never the viewer’s own', async () => {
    const id = f.conversations.translated;
    const el = await open(id);
    const live = $(el, '[role="status"][aria-live="polite"]')!;
    await aTimeout(100);
    backend.simulate.reply(id, { authorId: f.spanishGuardian, body: 'Gracias, maestra.', via: 'sms' });
    backend.simulate.reply(id, { authorId: f.vietnameseGuardian, body: 'Cảm ơn cô.' });
    await waitUntil(() => $$(el, '.row.message').some((r) => text(r).includes('Cảm ơn cô.')), 'live message', { timeout: 5000 });
    await waitUntil(() => text(live) !== '', 'announced', { timeout: 5000 });
    expect(text(live)).to.match(/^2 new messages from .+ and .+$/);
    const input = await type(el, 'See you then');
    pressEnter(input);
    await waitUntil(() => $$(el, '.send-state.sent').length > 0, 'sent', { timeout: 5000 });
    await aTimeout(1500);
    expect(text(live)).to.not.contain(district.people.get(f.teacher)!.person.displayName);
  });

  it('virtualizes a long thread and loads older history by cursor when scrolled up', async () => {
    const id = f.conversations.long;
    const el = await open(id);
    await aTimeout(100);
    const total = messagesOf(id).length;
    expect($$(el, '.row.message').length).to.be.lessThan(50);
    const timeline = $(el, '.timeline')!;
    // Scrolling up as a person would, until the first rows come into view (the list may still
    // be settling at its end when the first scroll happens).
    await waitUntil(
      () => {
        timeline.dispatchEvent(new WheelEvent('wheel', { deltaY: -1000, bubbles: true }));
        timeline.scrollTop = 0;
        return (el as unknown as { messages: unknown[] }).messages.length > 50;
      },
      'older page',
      { timeout: 8000, interval: 200 },
    );
    const anchored = $$(el, '.row.message').length;
    expect(anchored).to.be.greaterThan(0);
    expect(total).to.be.greaterThan(100);
  });

  it('stops a conversation by keyboard through the menu and its confirmation', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    const menuButton = $(el, '.menu-button')!;
    menuButton.focus();
    menuButton.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await aTimeout(0);
    expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
    const menu = $(el, '[role="menu"]')!;
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.action).to.equal('stop');
    active.click();
    await el.updateComplete;
    const dialog = $(el, 'dialog')!;
    expect((dialog as HTMLDialogElement).open).to.equal(true);
    await expect(el).to.be.accessible();
    const stopped = oneEvent(el, 'conversation-stop');
    [...dialog.querySelectorAll('button')].find((b) => b.classList.contains('primary'))!.click();
    const event = await stopped;
    expect(event.detail.conversation.stopped).to.equal(true);
    await el.updateComplete;
    expect($(el, '.composer')).to.equal(null);
    expect($(el, '.banner.stopped')).to.exist;
  });

  it('mutes, archives (firing conversation-archive) and renames through the menu', async () => {
    const id = f.conversations.unread;
    const el = await open(id);
    const run = async (action: string) => {
      $(el, '.menu-button')!.click();
      await el.updateComplete;
      $(el, `[data-action="${action}"]`)!.click();
    };
    await run('mute');
    await waitUntil(() => text($(el, '.markers')).includes('Muted'));
    const archived = oneEvent(el, 'conversation-archive');
    await run('archive');
    expect((await archived).detail).to.deep.equal({ conversationId: id, archived: true });
    await run('rename');
    await el.updateComplete;
    const input = $(el, '#rename-input') as HTMLInputElement;
    input.value = 'Reading plan';
    input.form!.requestSubmit();
    await waitUntil(() => text($(el, '.title')) === 'Reading plan');
  });

  it('shows hostile names, titles and bodies verbatim as text, without breaking the layout', async () => {
    const id = f.conversations.withAttachments;
    const hostile = '<img src=x onerror=alert(1)>\u202eevil\u202c ' + 'W'.repeat(10_000);
    backend.state.conversations.get(id)!.title = hostile;
    backend.simulate.reply(id, { authorId: f.household.partnerId, body: hostile });
    const el = await open(id);
    expect($(el, '.title')!.textContent).to.equal(hostile);
    await waitUntil(() => $$(el, '.body').some((b) => b.textContent === hostile), 'hostile body shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const timeline = $(el, '.timeline')!;
    expect(timeline.scrollWidth).to.be.at.most(timeline.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('writes a plain-text transcript with localized times, translations beside originals and attachments by name', () => {
    const message = {
      id: 'm1', conversationId: 'c1', author: { id: 'g1', role: 'guardian' as const, displayName: 'José Núñez' },
      sentAt: '2026-09-13T15:00:00Z', body: 'Gracias', language: 'es', translation: { language: 'en', body: 'Thank you' },
      via: 'sms' as const, attachments: [{ id: 'a1', name: 'form.pdf', size: 2048, contentType: 'application/pdf', url: 'https://x.example/a' }],
      seenBy: [], deliveries: [],
    };
    const conversation = {
      id: 'c1', title: 'Conference: times/dates?', participants: [message.author], createdAt: message.sentAt, createdBy: message.author,
      lastActivityAt: message.sentAt, unreadCount: 0, muted: false, archived: false, stopped: false, stoppedAt: null, stoppedBy: null,
      canStop: false, version: 'v1', eventCursor: '0',
    };
    const text = transcriptText(conversation, [message], 'en');
    expect(text).to.contain('Conference: times/dates?');
    expect(text).to.contain('José Núñez (Replied by text)');
    expect(text).to.contain('Thank you\r\nOriginal (Spanish): Gracias');
    expect(text).to.contain('Attachment: form.pdf (2 kB, application/pdf)');
    expect(text).to.match(/\[Sep 13, 2026, \d{1,2}:00\s?[AP]M\]/);
    expect(transcriptFileName(conversation)).to.equal('Conference  times dates.txt');
  });

  it('shows plain words and Try again when the conversation cannot load', async () => {
    backend.controls.failNext({ operationId: 'getConversation', status: 500, times: 100 });
    const el = await fixture<ConversationThread>(
      html`<conversation-thread .adapter=${adapterFor(f.teacher)} conversation-id=${f.conversations.unread}></conversation-thread>`,
    );
    await waitUntil(() => $(el, '.state-error'), 'error', { timeout: 5000 });
    expect(text($(el, '.state-error'))).to.contain('Something went wrong');
    await expect(el).to.be.accessible();
    backend.controls.clear();
    $(el, '.state-error button')!.click();
    await waitUntil(() => $(el, '.row.message'), 'loaded', { timeout: 5000 });
  });
});
