import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import { backend, f, openThread as open, useThreadBackend } from './fixtures/thread-harness.js';

// Where keyboard focus lands once an action of the thread's Options menu, or its dialog, is done,
// and in the composer once a file or a failed message's Retry goes.
useThreadBackend();

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: ConversationThread) => (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement);
const describe_ = (node: Element | null) => (node ? `${node.localName}${node.className ? '.' + String(node.className).replace(/\s+/g, '.') : ''}` : 'nothing');

/** Opens Options from the keyboard and presses Enter on the entry `action`. */
async function choose(el: ConversationThread, action: string) {
  $(el, '.menu-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu open');
  for (let i = 0; i < 8 && (el.shadowRoot!.activeElement as HTMLElement).dataset.action !== action; i++) await sendKeys({ press: 'ArrowDown' });
  expect((el.shadowRoot!.activeElement as HTMLElement).dataset.action).to.equal(action);
  await sendKeys({ press: 'Enter' });
}

async function expectFocusOn(el: ConversationThread, selector: string) {
  const target = () => $(el, selector);
  await waitUntil(() => focused(el) === target(), `focus on ${selector}, not on ${describe_(focused(el))}`, { timeout: 3000 });
}

describe('<conversation-thread> focus after the Options menu', () => {
  it('Mute and Unmute leave focus on Options', async () => {
    const el = await open(f.conversations.unread);
    await choose(el, 'mute');
    await waitUntil(() => text($(el, '.markers')).includes('Muted'), 'muted');
    await expectFocusOn(el, '.menu-button');
    await choose(el, 'mute');
    await waitUntil(() => !text($(el, '.markers')).includes('Muted'), 'unmuted');
    await expectFocusOn(el, '.menu-button');
  });

  it('Archive and Unarchive leave focus on Options', async () => {
    const el = await open(f.conversations.unread);
    const archived = oneEvent(el, 'conversation-archive');
    await choose(el, 'archive');
    await archived;
    await expectFocusOn(el, '.menu-button');
    const back = oneEvent(el, 'conversation-archive');
    await choose(el, 'archive');
    expect((await back).detail.archived).to.equal(false);
    await expectFocusOn(el, '.menu-button');
  });

  it('Rename…, a new name and Enter return focus to Options', async () => {
    const el = await open(f.conversations.unread);
    await choose(el, 'rename');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#rename-input'), 'the name field has focus');
    ($(el, '#rename-input') as HTMLInputElement).select();
    await sendKeys({ type: 'Reading plan' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '.title')) === 'Reading plan', 'renamed', { timeout: 5000 });
    await expectFocusOn(el, '.menu-button');
  });

  it('Rename… closed with Escape or Cancel returns focus to Options', async () => {
    const el = await open(f.conversations.unread);
    await choose(el, 'rename');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#rename-input'), 'the name field has focus');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'), 'dialog gone');
    await expectFocusOn(el, '.menu-button');
    await choose(el, 'rename');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#rename-input'), 'the name field has focus');
    await sendKeys({ press: 'Tab' }); // Cancel
    expect(text(el.shadowRoot!.activeElement)).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, 'dialog'), 'dialog gone');
    await expectFocusOn(el, '.menu-button');
  });

  it('Stop conversation… confirmed returns focus to Options', async () => {
    const el = await open(f.conversations.unread);
    await choose(el, 'stop');
    await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement | null)?.open, 'dialog open');
    const stopped = oneEvent(el, 'conversation-stop');
    $(el, 'dialog .primary')!.focus();
    await sendKeys({ press: 'Enter' });
    await stopped;
    await waitUntil(() => $(el, '.banner.stopped'), 'stopped banner');
    await expectFocusOn(el, '.menu-button');
  });

  it('goes to the title when Options is no longer there to take focus', async () => {
    const el = await open(f.conversations.unread);
    await choose(el, 'stop');
    await waitUntil(() => ($(el, 'dialog') as HTMLDialogElement | null)?.open, 'dialog open');
    // A page may hide the menu button (e.g. through its part) while the dialog is open.
    const style = document.createElement('style');
    style.textContent = 'conversation-thread::part(menu-button) { display: none; }';
    document.head.append(style);
    try {
      const stopped = oneEvent(el, 'conversation-stop');
      $(el, 'dialog .primary')!.focus();
      await sendKeys({ press: 'Enter' });
      await stopped;
      await expectFocusOn(el, '#thread-title');
      expect($(el, '#thread-title')!.getAttribute('tabindex')).to.equal('-1');
    } finally {
      style.remove();
    }
  });
});

describe('<conversation-thread> focus in the composer', () => {
  it('removing a file moves focus to the next file, then the one before, then the message box', async () => {
    const el = await open(f.conversations.unread);
    await el.attachFiles(['a.txt', 'b.txt', 'c.txt'].map((name) => new File(['x'], name, { type: 'text/plain' })));
    await el.updateComplete;
    const removeButton = (name: string) => $(el, `.chip-remove[aria-label="Remove ${name}"]`)!;
    removeButton('b.txt').focus();
    await sendKeys({ press: 'Enter' });
    await expectFocusOn(el, '.chip-remove[aria-label="Remove c.txt"]');
    await sendKeys({ press: 'Enter' });
    await expectFocusOn(el, '.chip-remove[aria-label="Remove a.txt"]');
    await sendKeys({ press: 'Enter' });
    await expectFocusOn(el, '#composer-input');
  });

  it('Retry on a failed message moves focus to the message box', async () => {
    const el = await open(f.conversations.unread);
    backend.controls.failNext({ operationId: 'sendMessage', status: 500 });
    const input = $(el, '#composer-input') as HTMLTextAreaElement;
    input.value = 'Once more';
    input.dispatchEvent(new Event('input'));
    await el.send();
    await waitUntil(() => $(el, '.send-state.failed button'), 'Retry shows');
    $(el, '.send-state.failed button')!.focus();
    await sendKeys({ press: 'Enter' });
    await expectFocusOn(el, '#composer-input');
  });
});
