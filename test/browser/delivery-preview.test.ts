import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/delivery-preview/define.js';
import type { DeliveryPreview } from '../../src/components/delivery-preview/delivery-preview.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { shadowText } from './fixtures/dom.js';

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
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('28 people');
    await expect(el).to.be.accessible();
  });

  it('collapses people sharing a phone into one labelled text, and expands it to show whom it reaches', async () => {
    const phone = shareOneCell();
    const el = await preview(
      html`<delivery-preview .adapter=${adapterFor(f.teacher)} person-ids="${f.household.guardianId} ${f.household.partnerId}" reason="attendance"></delivery-preview>`,
    );
    const shared = deliveries(el).find((d) => d.textContent!.includes(phone))!;
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
    more()!.click();
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
