import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import type { CommsAdapter } from '../../src/api/adapter.js';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import type { ConversationList } from '../../src/components/conversation-list/conversation-list.js';
import '../../src/components/conversation-list/define.js';
import type { DistrictSettings } from '../../src/domain/types.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { shadowText } from './fixtures/dom.js';

// "Start a conversation", against the mock district through the HTTP adapter.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

function httpAdapter(personId: string): HttpCommsAdapter {
  return new HttpCommsAdapter({
    baseUrl: '/api',
    headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }),
    waitSeconds: 2,
    retryDelayMs: 20,
  });
}

/** The HTTP adapter, recording the idempotency key of every create. */
function recordingAdapter(personId: string) {
  const http = httpAdapter(personId);
  const keys: string[] = [];
  const bodies: string[] = [];
  const adapter: Partial<CommsAdapter> = {
    getViewer: (options) => http.getViewer(options),
    getDistrictSettings: (options) => http.getDistrictSettings(options),
    listConversations: (query) => http.listConversations(query),
    getUnreadSummary: (options) => http.getUnreadSummary(options),
    searchDirectory: (query) => http.searchDirectory(query),
    createConversation: (input, options) => {
      keys.push(options.idempotencyKey);
      bodies.push(JSON.stringify(input));
      return http.createConversation(input, options);
    },
  };
  return { adapter, keys, bodies };
}

async function mount(adapter: Partial<CommsAdapter>, settings?: DistrictSettings): Promise<ConversationList> {
  const provider = await fixture(html`<comms-provider .adapter=${adapter} .settings=${settings}><conversation-list></conversation-list></comms-provider>`);
  const list = provider.querySelector('conversation-list')!;
  await waitUntil(() => list.shadowRoot!.querySelector('.list, [part~="empty"]'), 'the list loads', { timeout: 5000 });
  return list;
}

const $ = <T extends Element = HTMLElement>(list: ConversationList, selector: string) => list.shadowRoot!.querySelector<T>(selector)!;
const dialogOf = (list: ConversationList) => $<HTMLDialogElement>(list, '#start-dialog');
const optionNames = (list: ConversationList) =>
  [...list.shadowRoot!.querySelectorAll('#start-results:not([hidden]) [role="option"] .option-name')].map((o) => o.textContent!.trim());
const chipNames = (list: ConversationList) => [...list.shadowRoot!.querySelectorAll('.chip-name')].map((c) => c.textContent!.trim());

async function openDialog(list: ConversationList): Promise<void> {
  $(list, '[part~="start-button"]').click();
  await waitUntil(() => dialogOf(list).open);
}

/** Types into the people search and waits for the matches. */
async function searchPeople(list: ConversationList, text: string): Promise<void> {
  const input = $<HTMLInputElement>(list, '#start-people');
  input.focus();
  await sendKeys({ type: text });
  await waitUntil(() => optionNames(list).length > 0 || shadowText(list).includes('No people match'), `matches for ${text}`, { timeout: 4000 });
}

async function addPerson(list: ConversationList, text: string): Promise<void> {
  await searchPeople(list, text);
  await sendKeys({ press: 'Enter' });
}

describe('<conversation-list> Start a conversation', () => {
  it('starts a conversation by keyboard alone, then selects and focuses it', async () => {
    const list = await mount(httpAdapter(f.teacher));
    $(list, '[part~="start-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(list).open, 'the dialog opens');
    expect(list.shadowRoot!.activeElement!.id, 'focus starts in the people search').to.equal('start-people');
    await sendKeys({ type: 'ana and' });
    await waitUntil(() => optionNames(list).includes('Ana Anderson'), 'Ana is found');
    const input = $<HTMLInputElement>(list, '#start-people');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal('start-option-0');
    while (optionNames(list)[Number(input.getAttribute('aria-activedescendant')!.split('-').pop())] !== 'Ana Anderson') {
      await sendKeys({ press: 'ArrowDown' });
    }
    await sendKeys({ press: 'Enter' });
    expect(chipNames(list)).to.deep.equal(['Ana Anderson']);
    expect(input.value).to.equal('');
    await sendKeys({ type: 'kofi' });
    await waitUntil(() => optionNames(list).includes('Kofi Mensah'));
    await sendKeys({ press: 'Enter' });
    expect(chipNames(list)).to.deep.equal(['Ana Anderson', 'Kofi Mensah']);
    expect(shadowText(list)).to.include('3 of 15 people, you included.');
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement!.id).to.equal('start-title');
    await sendKeys({ type: 'Lunch menu' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Hello both, a question about lunch.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement!.getAttribute('part')).to.equal('create-button');
    const started = oneEvent(list, 'conversation-start');
    const selected = oneEvent(list, 'conversation-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await started;
    expect(detail.conversation.title).to.equal('Lunch menu');
    expect((await selected).detail.conversationId).to.equal(detail.conversation.id);
    expect(dialogOf(list).open).to.equal(false);
    await waitUntil(() => list.shadowRoot!.activeElement?.getAttribute('data-id') === detail.conversation.id, 'the new conversation has focus');
    expect($(list, '.row-button').dataset.id, 'at the top').to.equal(detail.conversation.id);
  });

  it('Escape closes the matches first, then the dialog; the draft is still there when it reopens', async () => {
    const list = await mount(httpAdapter(f.teacher));
    await openDialog(list);
    await addPerson(list, 'kofi');
    $<HTMLTextAreaElement>(list, '#start-message').value = 'Draft text';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    await searchPeople(list, 'ana');
    await sendKeys({ press: 'Escape' });
    await list.updateComplete;
    expect(dialogOf(list).open, 'still open').to.equal(true);
    expect($(list, '#start-results').hidden).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(list).open, 'closed');
    await openDialog(list);
    expect(chipNames(list)).to.deep.equal(['Kofi Mensah']);
    expect($<HTMLTextAreaElement>(list, '#start-message').value).to.equal('Draft text');
  });

  it('refuses an empty draft with words beside each field, and focuses the first', async () => {
    const list = await mount(httpAdapter(f.teacher));
    await openDialog(list);
    $(list, '[part~="create-button"]').click();
    await list.updateComplete;
    expect(shadowText(list)).to.include('Add at least one person.');
    expect(shadowText(list)).to.include('Write a first message.');
    expect($(list, '#start-people').getAttribute('aria-invalid')).to.equal('true');
    expect($(list, '#start-message').getAttribute('aria-describedby')).to.equal('start-message-error');
    expect(list.shadowRoot!.activeElement!.id).to.equal('start-people');
    await addPerson(list, 'kofi');
    $<HTMLTextAreaElement>(list, '#start-message').value = '   ';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    $(list, '[part~="create-button"]').click();
    await list.updateComplete;
    expect(shadowText(list)).not.to.include('Add at least one person.');
    expect(shadowText(list), 'blank text is no message').to.include('Write a first message.');
    expect(list.shadowRoot!.activeElement!.id).to.equal('start-message');
    await expect(list).to.be.accessible();
  });

  it('stops at the participant limit: the 16th person is refused with a clear message', async function () {
    this.timeout(30000);
    const list = await mount(httpAdapter(f.teacher));
    await openDialog(list);
    while (chipNames(list).length < 14) await addPerson(list, 'an');
    expect(shadowText(list)).to.include('A conversation can have at most 15 people, you included. Remove someone to add another.');
    await searchPeople(list, 'an');
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(chipNames(list)).to.have.length(14);
    expect($(list, '[part~="participant-limit"]').classList.contains('refused')).to.equal(true);
    expect($(list, '.start-form > [role="status"]').textContent).to.include('at most 15 people');
    await expect(dialogOf(list)).to.be.accessible();
    $(list, '.chip-remove').click();
    await list.updateComplete;
    expect(chipNames(list)).to.have.length(13);
    expect(shadowText(list)).to.include('14 of 15 people, you included.');
  });

  it('shows the backend refusing too many people (422) beside the form, keeping every value', async function () {
    this.timeout(30000);
    // The page believes in a higher limit than the backend enforces.
    const settings = { ...(await httpAdapter(f.teacher).getDistrictSettings()), participantLimit: 30 };
    const list = await mount(httpAdapter(f.teacher), settings);
    await openDialog(list);
    while (chipNames(list).length < 15) await addPerson(list, 'an');
    $<HTMLTextAreaElement>(list, '#start-message').value = 'Hello everyone';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    $(list, '[part~="create-button"]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="save-error"]'), 'the refusal shows');
    expect($(list, '[part~="save-error"]').textContent).to.include('Too many people');
    expect(chipNames(list)).to.have.length(15);
    expect($<HTMLTextAreaElement>(list, '#start-message').value).to.equal('Hello everyone');
    expect(dialogOf(list).open).to.equal(true);
  });

  for (const fault of [500, 'offline'] as const) {
    it(`keeps the draft when creating fails (${fault}), and a retry reuses the idempotency key`, async () => {
      const { adapter, keys } = recordingAdapter(f.teacher);
      const list = await mount(adapter);
      await openDialog(list);
      await addPerson(list, 'kofi');
      $<HTMLTextAreaElement>(list, '#start-message').value = 'About the bake sale';
      $(list, '#start-message').dispatchEvent(new Event('input'));
      backend.controls.failNext({ operationId: 'createConversation', status: fault });
      $(list, '[part~="create-button"]').click();
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="save-error"]'), 'the failure shows');
      expect($(list, '[part~="save-error"]').textContent).to.match(fault === 500 ? /Something went wrong/ : /reach the server|offline/);
      expect(chipNames(list)).to.deep.equal(['Kofi Mensah']);
      expect($<HTMLTextAreaElement>(list, '#start-message').value).to.equal('About the bake sale');
      const started = oneEvent(list, 'conversation-start');
      $(list, '[part~="create-button"]').click();
      await started;
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    });
  }

  it('creates the conversation once when a person is taken off and put back after a lost answer', async () => {
    const { adapter, keys, bodies } = recordingAdapter(f.teacher);
    const list = await mount(adapter);
    await openDialog(list);
    await addPerson(list, 'kofi');
    await addPerson(list, 'ana and');
    $<HTMLTextAreaElement>(list, '#start-message').value = 'About the spring concert';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    backend.controls.failNext({ operationId: 'createConversation', status: 'answerLost' });
    $(list, '[part~="create-button"]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="save-error"]'), 'the failure shows');
    // Kofi off by mistake, and back: the same people, now in another order.
    $(list, '.chip-remove').click();
    await list.updateComplete;
    await addPerson(list, 'kofi');
    expect(chipNames(list)).to.deep.equal(['Ana Anderson', 'Kofi Mensah']);
    const started = oneEvent(list, 'conversation-start');
    $(list, '[part~="create-button"]').click();
    await started;
    expect(keys).to.have.length(2);
    expect(keys[1], 'the retry reuses the key').to.equal(keys[0]);
    // A server may tie a key to the body it came with: the retry sends that body unchanged.
    expect(bodies[1], 'the retry sends the same body').to.equal(bodies[0]);
    const created = [...backend.state.conversations.values()].filter((c) => c.messages[0]?.body === 'About the spring concert');
    expect(created).to.have.length(1);
  });

  it('uses a new idempotency key once the draft changed after a failure', async () => {
    const { adapter, keys } = recordingAdapter(f.teacher);
    const list = await mount(adapter);
    await openDialog(list);
    await addPerson(list, 'kofi');
    $<HTMLTextAreaElement>(list, '#start-message').value = 'First words';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    backend.controls.failNext({ operationId: 'createConversation', status: 503 });
    $(list, '[part~="create-button"]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="save-error"]'));
    $<HTMLTextAreaElement>(list, '#start-message').value = 'Better words';
    $(list, '#start-message').dispatchEvent(new Event('input'));
    const started = oneEvent(list, 'conversation-start');
    $(list, '[part~="create-button"]').click();
    await started;
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('offers students only where the district lets them join', async () => {
    const list = await mount(httpAdapter(f.teacher));
    await openDialog(list);
    await searchPeople(list, 'liam anderson');
    expect(optionNames(list)).to.include('Liam Anderson');
    await sendKeys({ press: 'Escape' });
    $<HTMLInputElement>(list, '#start-people').value = '';
    $(list, '#start-people').dispatchEvent(new Event('input'));
    await searchPeople(list, 'zoe anderson');
    expect(optionNames(list), 'a student the district keeps out').to.deep.equal([]);

    const settings = { ...(await httpAdapter(f.teacher).getDistrictSettings()), studentsInConversations: false };
    const closed = await mount(httpAdapter(f.teacher), settings);
    await openDialog(closed);
    expect(shadowText(closed)).to.include('Type a name to search staff and guardians.');
    await searchPeople(closed, 'liam anderson');
    expect(optionNames(closed)).to.deep.equal([]);
  });

  it('shows no Start button to a guardian, who cannot start conversations', async () => {
    const list = await mount(httpAdapter(f.guardian));
    expect(list.shadowRoot!.querySelector('[part~="start-button"]')).to.equal(null);
    expect(list.shadowRoot!.querySelector('#start-dialog')).to.equal(null);
  });

  it('shows hostile data verbatim as text, within a 320 px wide layout', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) \u202Eevil ${'W'.repeat(10000)}`;
      backend.state.conversations.get(f.conversations.unread)!.title = hostile;
      const list = await mount(httpAdapter(f.teacher));
      const title = $(list, `.row-button[data-id="${f.conversations.unread}"] .row-title`);
      expect(title.textContent).to.equal(hostile);
      expect(list.shadowRoot!.querySelector('script, img')).to.equal(null);
      expect(list.scrollWidth).to.be.at.most(320);
      expect($(list, '.list').scrollWidth).to.be.at.most($(list, '.list').clientWidth);
      await openDialog(list);
      expect(dialogOf(list).scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
