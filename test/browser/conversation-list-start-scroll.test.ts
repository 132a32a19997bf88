import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import type { ConversationList } from '../../src/components/conversation-list/conversation-list.js';
import '../../src/components/conversation-list/define.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';

// The matches of "Start a conversation" follow the keyboard: the highlighted one is always in sight.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => backend.reset());

async function openTeachersDialog(): Promise<ConversationList> {
  const adapter = new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(f.teacher)}` }), waitSeconds: 2 });
  const provider = await fixture(html`<comms-provider .adapter=${adapter}><conversation-list></conversation-list></comms-provider>`);
  const list = provider.querySelector('conversation-list')!;
  await waitUntil(() => list.shadowRoot!.querySelector('[part~="start-button"]'), 'the list loads', { timeout: 5000 });
  list.startConversation();
  await waitUntil(() => list.shadowRoot!.querySelector<HTMLDialogElement>('#start-dialog')!.open, 'the dialog opens');
  return list;
}

const listbox = (list: ConversationList) => list.shadowRoot!.querySelector<HTMLElement>('#start-results')!;
const active = (list: ConversationList) => list.shadowRoot!.querySelector<HTMLElement>('#start-results [aria-selected="true"]')!;

/** The highlighted match lies wholly inside the part of the listbox one can see. */
function expectActiveInSight(list: ConversationList, after: string) {
  const box = listbox(list);
  const inner = box.getBoundingClientRect();
  const top = inner.top + box.clientTop;
  const bottom = top + box.clientHeight;
  const option = active(list).getBoundingClientRect();
  expect(option.top, `${after}: the highlighted match starts above the list's top`).to.be.at.least(top - 0.5);
  expect(option.bottom, `${after}: the highlighted match ends below the list's bottom`).to.be.at.most(bottom + 0.5);
}

describe('<conversation-list> Start a conversation: matches and the keyboard', () => {
  it('scrolls the highlighted match into view as ArrowDown and ArrowUp move it, wrapping too', async () => {
    const list = await openTeachersDialog();
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#start-people')!;
    input.focus();
    await sendKeys({ type: 'and' });
    await waitUntil(() => list.shadowRoot!.querySelectorAll('#start-results:not([hidden]) [role="option"]').length > 0, 'matches', { timeout: 4000 });
    const options = list.shadowRoot!.querySelectorAll('#start-results [role="option"]').length;
    expect(listbox(list).scrollHeight, 'more matches than the list shows at once').to.be.greaterThan(listbox(list).clientHeight);
    for (let i = 1; i < options; i++) {
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).to.equal(`start-option-${i}`);
      expectActiveInSight(list, `ArrowDown ×${i}`);
    }
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant'), 'wraps to the first').to.equal('start-option-0');
    expectActiveInSight(list, 'ArrowDown past the last');
    await sendKeys({ press: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant'), 'wraps to the last').to.equal(`start-option-${options - 1}`);
    expectActiveInSight(list, 'ArrowUp past the first');
  });

  it('shows the first match, highlighted, when more letters bring new matches into a list scrolled down', async () => {
    const list = await openTeachersDialog();
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#start-people')!;
    input.focus();
    await sendKeys({ type: 'an' });
    await waitUntil(() => list.shadowRoot!.querySelectorAll('#start-results:not([hidden]) [role="option"]').length > 8, 'matches', { timeout: 4000 });
    // Scrolled to its end, as with the mouse wheel.
    listbox(list).scrollTop = listbox(list).scrollHeight;
    expect(listbox(list).scrollTop, 'the list scrolled down').to.be.greaterThan(0);
    const names = () => [...list.shadowRoot!.querySelectorAll('#start-results .option-name')].map((n) => n.textContent).join();
    const before = names();
    await sendKeys({ type: 'd' });
    await waitUntil(() => names() !== before && names() !== '', 'new matches', { timeout: 4000 });
    await list.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('start-option-0');
    expectActiveInSight(list, 'new matches');
  });
});
