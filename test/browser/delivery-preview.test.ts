import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/delivery-preview/define.js';
import type { DeliveryPreview } from '../../src/components/delivery-preview/delivery-preview.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import type { DeliveryPlan } from '../../src/domain/types.js';
import { shadowText } from './fixtures/dom.js';
import { settings } from './fixtures/fakes.js';
import { innermost, leftOf } from './fixtures/text-order.js';

const { backend, handlers, district } = createMockDistrictBackend({ seed: 1, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;
const adapterFor = (personId: string) =>
  new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }) });

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

const root = (el: DeliveryPreview) => el.shadowRoot!;
const deliveries = (el: DeliveryPreview) => [...root(el).querySelectorAll<HTMLElement>('.delivery')];
const total = (el: DeliveryPreview, label: string) =>
  [...root(el).querySelectorAll('.total')].find((t) => t.querySelector('dt')!.textContent!.trim() === label)?.querySelector('dd')!.textContent!.trim();

async function preview(template: ReturnType<typeof html>) {
  const el = await fixture<DeliveryPreview>(template);
  await waitUntil(() => root(el).querySelector('.totals, [part~="error"], [part~="empty"], .hint'), 'the preview settles', { timeout: 5000 });
  return el;
}

/** The fixture household's two guardians get one shared cell phone, texts on for Attendance. */
function shareOneCell(): string {
  const phone = '+16175550999';
  for (const id of [f.household.guardianId, f.household.partnerId]) {
    const record = backend.district.people.get(id)!;
    record.methods.push({ ...record.methods[0]!, id: `${id}-shared-cell`, type: 'cellPhone', value: phone, health: 'ok', sharedAccountCount: 1 });
    record.preferences.push({ methodId: `${id}-shared-cell`, reason: 'attendance', channel: 'text', enabled: true });
  }
  backend.district.consents.set(phone, { ...[...backend.district.consents.values()][0]!, phone, status: 'optedIn' });
  return phone;
}

describe('<delivery-preview>', () => {
  it('plans a saved audience: totals by channel, messages, who is not reached and why', async () => {
    const el = await preview(html`<delivery-preview .adapter=${adapterFor(f.teacher)} audience-id=${f.audience} reason="attendance"></delivery-preview>`);
    expect(total(el, 'People in the audience')).to.equal('28');
    const messages = Number(total(el, 'Messages to send'));
    expect(messages).to.equal(Number(total(el, 'Text (SMS)')) + Number(total(el, 'Email')) + Number(total(el, 'Voice call')));
    expect(deliveries(el).length).to.equal(Math.min(messages, 50));
    expect(shadowText(el)).to.include('Not reached (3)');
    expect(shadowText(el)).to.include('Inactive account');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('People: 28.');
    await expect(el).to.be.accessible();
  });

  it('collapses people sharing a phone into one labelled text, and expands it to show whom it reaches', async () => {
    shareOneCell();
    const el = await preview(
      html`<delivery-preview .adapter=${adapterFor(f.teacher)} person-ids="${f.household.guardianId} ${f.household.partnerId}" reason="attendance"></delivery-preview>`,
    );
    const shared = deliveries(el).find((d) => d.textContent!.includes('(617) 555-0999'))!;
    expect(shared.querySelector('[part="sms-label"]')!.textContent).to.include('For Ana and Dennis:');
    expect(shared.textContent).to.include('2 people');
    expect(Number(total(el, 'Duplicates collapsed'))).to.be.at.least(1);
    expect(root(el).querySelector('select[name="audience"]'), 'no audience choice when people are given').to.equal(null);
    const toggle = shared.querySelector<HTMLButtonElement>('.delivery-toggle')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect([...shared.querySelectorAll('.recipients li')].map((li) => li.textContent!.trim())).to.deep.equal(['Ana Anderson', 'Dennis Anderson']);
    await expect(el).to.be.accessible();
  });

  it('lets the teacher choose the audience, the reason and urgency, and plans again', async () => {
    const el = await preview(html`<delivery-preview .adapter=${adapterFor(f.teacher)}></delivery-preview>`);
    expect(shadowText(el)).to.include('Choose an audience to see who the message reaches.');
    const audience = root(el).querySelector<HTMLSelectElement>('select[name="audience"]')!;
    audience.value = 'audience-2';
    audience.dispatchEvent(new Event('change'));
    await waitUntil(() => total(el, 'People in the audience') === '40', 'the chosen audience is planned');
    const before = Number(total(el, 'Voice call'));
    const reason = root(el).querySelector<HTMLSelectElement>('select[name="reason"]')!;
    reason.value = 'emergency';
    reason.dispatchEvent(new Event('change'));
    const urgent = root(el).querySelector<HTMLInputElement>('input[name="urgent"]')!;
    urgent.click();
    await waitUntil(() => Number(total(el, 'Voice call')) > before, 'urgent calls voice numbers');
    expect(el.reason).to.equal('emergency');
    expect(el.urgent).to.equal(true);
  });

  it('pages through a long plan by cursor', async () => {
    const el = await preview(html`<delivery-preview .adapter=${adapterFor(f.teacher)} audience-id="audience-2" reason="emergency" urgent></delivery-preview>`);
    const messages = Number(total(el, 'Messages to send'));
    expect(messages).to.be.above(50);
    const more = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.more')].find((b) => b.textContent!.includes('Show more messages'));
    expect(more()!.textContent).to.include(`(50 of ${messages})`);
    backend.controls.slowNext({ operationId: 'listPlannedDeliveries', ms: 300 });
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Loading keeps the button, and keyboard focus on it.
    expect(root(el).activeElement?.classList.contains('more'), 'focus stays on the button while loading').to.equal(true);
    await waitUntil(() => deliveries(el).length === Math.min(messages, 100));
    const endpoints = deliveries(el).map((d) => d.querySelector('.channel')!.textContent!.trim() + d.querySelector('.endpoint')!.textContent!.trim());
    expect(new Set(endpoints).size).to.equal(endpoints.length);
  });

  it('shows an error with Try again, and recovers', async () => {
    backend.controls.failNext({ operationId: 'planDelivery', status: 500 });
    const el = await preview(html`<delivery-preview .adapter=${adapterFor(f.teacher)} audience-id=${f.audience} reason="attendance"></delivery-preview>`);
    expect(root(el).querySelector('[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => total(el, 'People in the audience') === '28');
  });

  it('says when the audience is empty', async () => {
    backend.district.savedAudiences.push({ id: 'audience-empty', name: 'Nobody', personIds: [] });
    const el = await preview(html`<delivery-preview .adapter=${adapterFor(f.teacher)} audience-id="audience-empty" reason="attendance"></delivery-preview>`);
    expect(shadowText(el)).to.include('No one is in this audience.');
  });

  it('shows names, labels and endpoints as text', async () => {
    const hostile = `<img src=x onerror=alert(1)>\u202E${'y'.repeat(5000)}`;
    backend.district.people.get(f.household.guardianId)!.person.displayName = hostile;
    shareOneCell();
    const el = await preview(
      html`<delivery-preview .adapter=${adapterFor(f.teacher)} person-ids="${f.household.guardianId} ${f.household.partnerId}" reason="attendance"></delivery-preview>`,
    );
    el.style.inlineSize = '320px';
    const shared = deliveries(el).find((d) => d.querySelector('[part="sms-label"]'))!;
    shared.querySelector<HTMLButtonElement>('.delivery-toggle')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.include('<img src=x onerror=alert(1)>');
    expect(el.scrollWidth).to.be.at.most(330);
  });
});

describe('<delivery-preview> phone numbers and counts', () => {
  const person = (id: string, displayName: string) => ({ personId: id, displayName, language: 'en' });
  const plan: DeliveryPlan = {
    id: 'plan-1',
    reason: 'attendance',
    recipientCount: 4402,
    deliveryCount: 4330,
    byChannel: { sms: 2190, voice: 1040, email: 1100 },
    duplicatesCollapsed: 70,
    skippedCount: 2,
    deliveries: {
      items: [
        { channel: 'sms', endpoint: '+16175556717', recipients: [person('a', 'Ana Anderson'), person('d', 'Dennis Anderson')], label: 'For Ana and Dennis:', fallbackFrom: null },
        { channel: 'voice', endpoint: '+16175550100', recipients: [person('a', 'Ana Anderson')], label: null, fallbackFrom: null },
        { channel: 'email', endpoint: 'family@example.org', recipients: [person('d', 'Dennis Anderson')], label: null, fallbackFrom: null },
      ],
      nextCursor: 'more',
    },
    skipped: {
      items: [
        { person: { id: 's1', role: 'guardian', displayName: 'Sam Lee' }, why: 'optedOut', endpoint: '+16175551165' },
        { person: { id: 's2', role: 'guardian', displayName: 'Kim Diaz' }, why: 'bouncingNoFallback', endpoint: 'kim@example.org' },
      ],
      nextCursor: null,
    },
  };
  const adapter = {
    planDelivery: async () => plan,
    listSavedAudiences: async () => ({ items: [], nextCursor: null }),
    listPlannedDeliveries: async () => ({ items: [], nextCursor: null }),
    listSkippedRecipients: async () => ({ items: [], nextCursor: null }),
  };
  const planned = (dir: 'ltr' | 'rtl' = 'ltr') =>
    fixture(html`<div dir=${dir} style="inline-size: 900px">
      <delivery-preview .adapter=${adapter} .settings=${settings} person-ids="a d s1 s2" reason="attendance"></delivery-preview>
    </div>`).then(async (box) => {
      const el = box.querySelector('delivery-preview')!;
      await waitUntil(() => deliveries(el).length === 3, 'the plan is shown');
      return el;
    });
  const endpointOf = (el: DeliveryPreview, i: number) => deliveries(el)[i]!.querySelector('.endpoint')!;

  it('shows the numbers a message goes to, and the number that cannot be used, as "(617) 555-6717"; emails as they are', async () => {
    const el = await planned();
    expect(endpointOf(el, 0).textContent!.trim()).to.equal('(617) 555-6717');
    expect(endpointOf(el, 1).textContent!.trim()).to.equal('(617) 555-0100');
    expect(endpointOf(el, 2).textContent!.trim()).to.equal('family@example.org');
    // The button that opens a message is named by its content: the number is read out as shown.
    expect(deliveries(el)[0]!.querySelector('.delivery-toggle')!.textContent!.replace(/\s+/g, ' ')).to.include('(617) 555-6717');
    const why = [...root(el).querySelectorAll('.skipped-why')].map((span) => span.textContent!.replace(/\s+/g, ' ').trim());
    expect(why).to.deep.equal(['Opted out of texts · (617) 555-1165', 'Email is bouncing and no cell phone can take over · kim@example.org']);
    await expect(el).to.be.accessible();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: every number reads area code first, on the left`, async () => {
      const el = await planned(dir);
      const numbers = [endpointOf(el, 0), endpointOf(el, 1), root(el).querySelector('.skipped-why')!];
      for (const [shown, last] of [[numbers[0]!, '6717'], [numbers[1]!, '0100'], [numbers[2]!, '1165']] as const) {
        const number = [...shown.querySelectorAll('[dir]')].find((n) => n.textContent!.includes('(617)'))!;
        expect(number, 'the number has its own element').to.exist;
        expect(getComputedStyle(innermost(number)).direction).to.equal('ltr');
        expect(leftOf(number, '617')).to.be.below(leftOf(number, '555'));
        expect(leftOf(number, '555')).to.be.below(leftOf(number, last));
      }
      expect(getComputedStyle(endpointOf(el, 0)).direction, 'the row keeps the page direction').to.equal(dir);
    });
  }

  it('formats every count, also "(3 of 4,330)" on "Show more messages"', async () => {
    const el = await planned();
    expect(total(el, 'Messages to send')).to.equal('4,330');
    expect(total(el, 'Text (SMS)')).to.equal('2,190');
    const more = [...root(el).querySelectorAll<HTMLButtonElement>('button.more')].find((b) => b.textContent!.includes('Show more messages'))!;
    expect(more.querySelector('.more-count')!.textContent!.trim()).to.equal('(3 of 4,330)');
  });
});
