import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { CommsAdapter, InboxChanges, SubscriptionHandlers } from '../../src/api/adapter.js';
import { HttpCommsAdapter, UnauthorizedError } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import type { ConversationList } from '../../src/components/conversation-list/conversation-list.js';
import { ConversationList as ConversationListClass } from '../../src/components/conversation-list/conversation-list.js';
import '../../src/components/conversation-list/define.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { shadowText } from './fixtures/dom.js';

// The list against the mock district, through the HTTP adapter, as a page would use it.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
beforeEach(() => {
  ConversationListClass.announcerTiming = { gatherMs: 50, minIntervalMs: 200 };
});
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

function adapterFor(personId: string): HttpCommsAdapter {
  return new HttpCommsAdapter({
    baseUrl: '/api',
    headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }),
    waitSeconds: 2,
    retryDelayMs: 50,
  });
}

async function mount(personId: string, attributes = html``): Promise<ConversationList> {
  const provider = await fixture(html`<comms-provider .adapter=${adapterFor(personId)}>${attributes}</comms-provider>`);
  const list = provider.querySelector('conversation-list')!;
  await waitUntil(() => list.shadowRoot!.querySelector('.list, [part~="empty"], [part~="error"]'), 'the list loads', { timeout: 5000 });
  return list;
}

const listHtml = html`<conversation-list></conversation-list>`;
const rows = (list: ConversationList) => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.row-button')];
const rowFor = (list: ConversationList, id: string) => list.shadowRoot!.querySelector<HTMLButtonElement>(`.row-button[data-id="${id}"]`);
const titles = (list: ConversationList) => rows(list).map((row) => row.querySelector('.row-title')!.textContent!.trim());

describe('<conversation-list>', () => {
  it("lists the viewer's conversations, newest activity first, with markers and unread bubbles", async () => {
    const list = await mount(f.teacher, listHtml);
    const all = rows(list);
    expect(all.length).to.be.greaterThan(5);
    const times = all.map((row) => row.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    const unread = rowFor(list, f.conversations.unread)!;
    expect(unread.querySelector('.bubble')!.textContent).to.match(/3\s+3 unread messages/);
    expect(unread.querySelector('.row-preview')!.textContent).to.include('Dennis Anderson:');
    expect(rowFor(list, f.conversations.muted)!.textContent).to.include('Muted');
    expect(rowFor(list, f.conversations.stopped)!.textContent).to.include('Stopped');
    expect(rowFor(list, f.conversations.archived), 'archived ones stay out of the inbox').to.equal(null);
    const inboxBubble = list.shadowRoot!.querySelector('.toggle .bubble');
    expect(inboxBubble, 'the Inbox switch carries the unread count').to.exist;
    await expect(list).to.be.accessible();
  });

  it('toggles to the archived list and back', async () => {
    const list = await mount(f.teacher, listHtml);
    const [inbox, archived] = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle-option');
    expect(inbox!.getAttribute('aria-pressed')).to.equal('true');
    archived!.click();
    await waitUntil(() => rowFor(list, f.conversations.archived), 'the archived conversation shows');
    expect(list.view).to.equal('archived');
    expect(archived!.getAttribute('aria-pressed')).to.equal('true');
    expect(rowFor(list, f.conversations.unread)).to.equal(null);
    inbox!.click();
    await waitUntil(() => rowFor(list, f.conversations.unread));
  });

  it('searches by title and by participant name, accents aside', async () => {
    const list = await mount(f.teacher, listHtml);
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'conference';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => titles(list).length === 1 && titles(list)[0] === 'Conference times', 'found by title');
    await waitUntil(() => shadowText(list).includes('1 conversation found.'), 'the count is announced');
    search.value = 'nunez';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowFor(list, f.conversations.translated) && !rowFor(list, f.conversations.unread), 'found by participant');
    search.value = 'zzzz no such thing';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => shadowText(list).includes('No conversations match "zzzz no such thing".'));
  });

  it('fetches further pages by cursor without repeating any', async () => {
    const list = await mount(f.teacher, html`<conversation-list page-size="3"></conversation-list>`);
    expect(rows(list)).to.have.length(3);
    let more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
    while (more) {
      const before = rows(list).length;
      more.click();
      await waitUntil(() => rows(list).length > before || !list.shadowRoot!.querySelector('[part~="more-button"]'));
      more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
    }
    const ids = rows(list).map((row) => row.dataset.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include(f.conversations.long);
  });

  it('keeps what it shows when a further page fails, and offers to try again', async () => {
    const list = await mount(f.teacher, html`<conversation-list page-size="3"></conversation-list>`);
    // The adapter retries a failed GET a few times by itself: fail them all.
    backend.controls.failNext({ operationId: 'listConversations', status: 500, times: 20 });
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('.more [part~="error"]'), 'the error shows', { timeout: 5000 });
    expect(rows(list)).to.have.length(3);
    backend.controls.clear();
    list.shadowRoot!.querySelector<HTMLButtonElement>('.more [part~="retry-button"]')!.click();
    await waitUntil(() => rows(list).length === 6);
  });

  it('shows the error in plain words with Try again when the list fails, then recovers', async () => {
    backend.controls.failNext({ operationId: 'listConversations', status: 500, times: 20 });
    const list = await mount(f.teacher, listHtml);
    expect(shadowText(list)).to.include('Something went wrong');
    await expect(list).to.be.accessible();
    backend.controls.clear();
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => rows(list).length > 0);
  });

  it('fires conversation-select with the id and marks the row as current', async () => {
    const list = await mount(f.teacher, listHtml);
    const row = rowFor(list, f.conversations.translated)!;
    setTimeout(() => row.click());
    const { detail } = await oneEvent(list, 'conversation-select');
    expect(detail).to.deep.equal({ conversationId: f.conversations.translated });
    await list.updateComplete;
    expect(list.selected).to.equal(f.conversations.translated);
    expect(rowFor(list, f.conversations.translated)!.getAttribute('aria-current')).to.equal('true');
  });

  it('moves between conversations with the arrow keys, Home and End', async () => {
    const list = await mount(f.teacher, listHtml);
    const all = rows(list);
    all[0]!.focus();
    all[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(list.shadowRoot!.activeElement).to.equal(all[1]);
    all[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    expect(list.shadowRoot!.activeElement).to.equal(all[all.length - 1]);
    all[all.length - 1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    expect(list.shadowRoot!.activeElement).to.equal(all[0]);
  });

  it('moves a conversation to the top when a message arrives, and announces it once, politely', async () => {
    const list = await mount(f.teacher, listHtml);
    await aTimeout(300); // the subscription takes its baseline
    expect(rows(list)[0]!.dataset.id).not.to.equal(f.conversations.translated);
    backend.simulate.reply(f.conversations.translated, { authorId: f.spanishGuardian, body: 'Gracias, allí estaré.' });
    await waitUntil(() => rows(list)[0]!.dataset.id === f.conversations.translated, 'moved to the top', { timeout: 5000 });
    expect(rows(list)[0]!.querySelector('.bubble')!.textContent).to.include('1 unread message');
    const region = list.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('New message from José Núñez'), 'announced');
    expect(list.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
  });

  it('batches arrivals into one announcement and never announces the reader’s own messages', async () => {
    ConversationListClass.announcerTiming = { gatherMs: 400, minIntervalMs: 400 };
    const list = await mount(f.teacher, listHtml);
    await aTimeout(300);
    backend.simulate.reply(f.conversations.long, { authorId: f.teacher, body: 'My own note' });
    await waitUntil(() => rows(list)[0]!.dataset.id === f.conversations.long, 'own message moves it up', { timeout: 5000 });
    const region = list.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    backend.simulate.reply(f.conversations.withAttachments, { authorId: f.household.partnerId, body: 'One' });
    await aTimeout(60);
    backend.simulate.reply(f.conversations.unread, { authorId: f.guardian, body: 'Two' });
    await aTimeout(60);
    backend.simulate.reply(f.conversations.unread, { authorId: f.guardian, body: 'Three' });
    await waitUntil(() => region.textContent!.trim() !== '', 'announced', { timeout: 5000 });
    expect(region.textContent!.trim()).to.equal('3 new messages from Ana Anderson and Dennis Anderson');
    expect(region.textContent).not.to.include('Priya');
  });

  it('shows a student who may join their conversations, without a Start button', async () => {
    const list = await mount(f.studentMayJoin, listHtml);
    expect(rowFor(list, f.conversations.muted), 'the soccer conversation').to.exist;
    expect(list.shadowRoot!.querySelector('[part~="start-button"]')).to.equal(null);
    const kept = await mount(f.studentMayNotJoin, listHtml);
    expect(shadowText(kept)).to.include('No conversations yet.');
    expect(kept.shadowRoot!.querySelector('[part~="empty"] button')).to.equal(null);
  });

  it('says so when live updates stop for good, and resumes them on Refresh', async () => {
    const http = adapterFor(f.teacher);
    const subscriptions: SubscriptionHandlers<InboxChanges>[] = [];
    const adapter: Partial<CommsAdapter> = {
      getViewer: (o) => http.getViewer(o),
      getDistrictSettings: (o) => http.getDistrictSettings(o),
      listConversations: (q) => http.listConversations(q),
      searchDirectory: (q) => http.searchDirectory(q),
      createConversation: (i, o) => http.createConversation(i, o),
      subscribeToInbox: (handlers) => {
        subscriptions.push(handlers);
        return () => {};
      },
    };
    const provider = await fixture(html`<comms-provider .adapter=${adapter}>${listHtml}</comms-provider>`);
    const list = provider.querySelector('conversation-list')!;
    await waitUntil(() => rows(list).length > 0 && subscriptions.length === 1);
    subscriptions[0]!.error?.(new UnauthorizedError(), true);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part~="live-notice"]'), 'a retrying subscription says nothing').to.equal(null);
    subscriptions[0]!.error?.(new UnauthorizedError(), false);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="live-notice"]'));
    await expect(list).to.be.accessible();
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="live-notice"] button')!.click();
    await waitUntil(() => subscriptions.length === 2, 'subscribed again');
    expect(list.shadowRoot!.querySelector('[part~="live-notice"]')).to.equal(null);
  });
});
