import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import type { ConversationList } from '../../src/components/conversation-list/conversation-list.js';
import '../../src/components/conversation-list/define.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';

// The list on a phone: 320 px wide, inside the kinds of layout a page puts it in.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
beforeEach(async () => {
  await setViewport({ width: 320, height: 640 });
  // The element's own width, without the test page's margin, in a phone's sans-serif (the
  // default serif is narrower, and would hide words that do not fit).
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
});
afterEach(async () => {
  backend.reset();
  document.body.style.margin = '';
  document.body.style.fontFamily = '';
  await setViewport({ width: 800, height: 600 });
});

function adapterFor(personId: string): HttpCommsAdapter {
  return new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }), waitSeconds: 2 });
}

const layouts = {
  // A page column of its own.
  block: (list: unknown) => html`<div style="inline-size: 320px">${list}</div>`,
  // A page laid out as a grid, the list a few boxes down (as in the demo): a grid sizes its
  // column by the narrowest its content can get, so the list must be able to get narrow.
  grid: (list: unknown) =>
    html`<div style="display: grid; padding: 1.5rem"><section><article style="padding: 1rem; border: 1px solid">${list}</article></section></div>`,
  // Beside other content in a wrapping flex row.
  flex: (list: unknown) => html`<div style="display: flex; flex-wrap: wrap"><div style="flex: 1 1 auto">${list}</div></div>`,
};

async function mount(personId: string, locale: string, layout: keyof typeof layouts, dir: string): Promise<ConversationList> {
  const adapter = adapterFor(personId);
  const root = await fixture(
    html`<div dir=${dir}>${layouts[layout](html`<comms-provider .adapter=${adapter} locale=${locale}><conversation-list></conversation-list></comms-provider>`)}</div>`,
  );
  const list = root.querySelector('conversation-list')!;
  await waitUntil(() => list.shadowRoot!.querySelector('.list .row-button'), 'the list loads', { timeout: 5000 });
  if (locale === 'es') await waitUntil(() => list.shadowRoot!.querySelector('#heading')!.textContent!.trim() !== 'Conversations', 'Spanish words');
  return list;
}

const box = (el: Element) => el.getBoundingClientRect();

/** The boxes around the list, up to the page's root (the provider around it has no box of its own). */
function boxesAround(list: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let el = list.parentElement; el; el = el.parentElement) if (getComputedStyle(el).display !== 'contents') out.push(el);
  return out;
}

for (const layout of Object.keys(layouts) as (keyof typeof layouts)[]) {
  for (const [who, personId] of [
    ['guardian', f.household.guardianId],
    ['teacher', f.teacher],
  ] as const) {
    for (const [locale, dir] of [
      ['en', 'ltr'],
      ['es', 'ltr'],
      ['es', 'rtl'],
    ]) {
      it(`fits 320 px in a ${layout} layout (${who}, ${locale}, ${dir}): the toolbar wraps and nothing scrolls sideways`, async () => {
        const list = await mount(personId, locale!, layout, dir!);
        const $ = (selector: string) => list.shadowRoot!.querySelector<HTMLElement>(selector)!;
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
        for (const around of boxesAround(list)) {
          const style = getComputedStyle(around);
          const room = box(around);
          const start = room.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
          const end = room.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
          expect(box(list).left, `the list starts inside the ${around.localName} around it`).to.be.at.least(start - 0.5);
          expect(box(list).right, `the list ends inside the ${around.localName} around it`).to.be.at.most(end + 0.5);
        }
        expect(list.scrollWidth, 'nothing overflows the list').to.be.at.most(list.clientWidth);
        const input = box($('#search'));
        expect(input.left, "search's start").to.be.at.least(box(list).left);
        expect(input.right, "search's end").to.be.at.most(box(list).right);
        expect(input.top, 'the search sits below the switch').to.be.at.least(box($('.toggle')).bottom);
        expect(box($('.toggle')).left, "the switch's start").to.be.at.least(box(list).left);
        expect(box($('.toggle')).right, "the switch's end").to.be.at.most(box(list).right);
        for (const row of list.shadowRoot!.querySelectorAll<HTMLElement>('.row-button')) {
          expect(box(row).left, 'a row starts inside the list').to.be.at.least(box(list).left - 0.5);
          expect(box(row).right, 'a row ends inside the list').to.be.at.most(box(list).right + 0.5);
          expect(row.scrollWidth, `row ${row.dataset.id} overflows`).to.be.at.most(row.clientWidth);
        }
      });
    }
  }
}
