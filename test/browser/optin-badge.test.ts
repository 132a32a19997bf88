import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import '../../src/components/optin-badge/define.js';
import type { OptinBadge } from '../../src/components/optin-badge/optin-badge.js';
import { setKitLocale } from '../../src/components/shared/localization.js';
import type { SmsConsent, SmsConsentSummary } from '../../src/domain/types.js';
import { shadowText, visibleShadowTexts } from './fixtures/dom.js';
import { deferred } from './fixtures/fakes.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';

const PHONE = '+12015550123';
const consent: SmsConsentSummary = {
  phone: PHONE,
  status: 'optedOut',
  updatedAt: '2026-03-04T15:30:00Z',
  source: 'keywordStop',
  actor: null,
};

const tooltip = (badge: OptinBadge) => badge.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
const button = (badge: OptinBadge) => badge.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

describe('<optin-badge>', () => {
  afterEach(() => setKitLocale('en'));

  it('shows a static status by its own icon shape and words', async () => {
    const badges = await Promise.all(
      (['optedIn', 'optedOut', 'notAsked'] as const).map((status) => fixture<OptinBadge>(html`<optin-badge status=${status}></optin-badge>`)),
    );
    expect(badges.map((badge) => button(badge).textContent!.trim())).to.deep.equal([
      'Opted in to texts',
      'Opted out of texts',
      'Not asked about texts',
    ]);
    const shapes = new Set(badges.map((badge) => badge.shadowRoot!.querySelector('svg')!.innerHTML));
    expect(shapes.size).to.equal(3);
    for (const badge of badges) await expect(badge).to.be.accessible();
  });

  it('keeps the words as the accessible name in compact mode, and shows them in the tooltip', async () => {
    const badge = await fixture<OptinBadge>(html`<optin-badge status="optedIn" compact></optin-badge>`);
    const label = badge.shadowRoot!.querySelector<HTMLElement>('.label')!;
    expect(label.textContent).to.equal('Opted in to texts');
    expect(button(badge).getBoundingClientRect().width).to.be.below(40);
    expect(getComputedStyle(tooltip(badge)).display).to.equal('none');
    button(badge).focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(tooltip(badge)).display).to.equal('block');
    expect(tooltip(badge).textContent).to.include('Opted in to texts');
    expect(button(badge).getAttribute('aria-describedby')).to.equal('tip');
    await expect(badge).to.be.accessible();
  });

  it('shows when, how and by whom on focus, and hides it with Escape', async () => {
    const badge = await fixture<OptinBadge>(html`<optin-badge .consent=${consent}></optin-badge>`);
    expect(tooltip(badge).textContent).to.include('How: Texted STOP');
    expect(tooltip(badge).textContent).to.include("By: the number's holder");
    expect(tooltip(badge).textContent).to.include('When: 3/4/26');
    button(badge).focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(tooltip(badge)).display).to.equal('block');
    await sendKeys({ press: 'Escape' });
    await badge.updateComplete;
    expect(getComputedStyle(tooltip(badge)).display).to.equal('none');
  });

  it('hides details shown by hovering on Escape, wherever focus is, until the pointer leaves', async () => {
    const badge = await fixture<OptinBadge>(html`<optin-badge .consent=${consent}></optin-badge>`);
    const box = button(badge).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(getComputedStyle(tooltip(badge)).display, 'shown on hover').to.equal('block');
    expect(badge.matches(':focus-within')).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await badge.updateComplete;
    expect(getComputedStyle(tooltip(badge)).display, 'hidden by Escape').to.equal('none');
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await badge.updateComplete;
    expect(getComputedStyle(tooltip(badge)).display, 'shown again on the next hover').to.equal('block');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('looks the number up through the provider, aborting when the number changes', async () => {
    const first = deferred<SmsConsent>();
    const asked: Array<{ phone: string; signal?: AbortSignal }> = [];
    const adapter = {
      getSmsConsent: (phone: string, options?: { signal?: AbortSignal }) => {
        asked.push({ phone, signal: options?.signal });
        return phone === PHONE ? first.promise : Promise.resolve({ ...consent, phone, status: 'optedIn' as const, source: 'staffEntry' as const, actor: { id: 'p-1', displayName: 'Morgan Ellis', role: 'staff' as const }, history: [] });
      },
    };
    const provider = await fixture(html`<comms-provider .adapter=${adapter}><optin-badge phone=${PHONE}></optin-badge></comms-provider>`);
    const badge = provider.querySelector('optin-badge')!;
    await waitUntil(() => asked.length === 1);
    expect(shadowText(badge)).to.include('Looking up texting status');
    badge.phone = '+12015550199';
    await waitUntil(() => shadowText(badge).includes('Opted in to texts'));
    expect(asked[0]!.signal!.aborted).to.equal(true);
    expect(tooltip(badge).textContent).to.include('By: Morgan Ellis');
  });

  it('shows names from data as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const badge = await fixture<OptinBadge>(html`<optin-badge .consent=${{ ...consent, source: 'staffEntry', actor: { id: 'p', displayName: hostile, role: 'staff' } }}></optin-badge>`);
    expect(badge.shadowRoot!.querySelector('img')).to.equal(null);
    expect(tooltip(badge).textContent).to.include(hostile);
  });

  it('follows the kit language, including the pseudo-locale', async () => {
    const badge = await fixture<OptinBadge>(html`<optin-badge .consent=${consent}></optin-badge>`);
    await setKitLocale('es');
    await waitUntil(() => button(badge).textContent!.includes('No acepta recibir textos'));
    expect(tooltip(badge).textContent).to.include('Cómo: Envió STOP por texto');
    await setKitLocale('en-XA');
    await badge.updateComplete;
    button(badge).focus();
    await sendKeys({ press: 'Shift' });
    for (const text of visibleShadowTexts(badge)) expect(text).not.to.match(/^[A-Za-z]+$/);
  });
});

describe('<optin-badge method-id> on the mock district', () => {
  const { backend, handlers, district } = createMockDistrictBackend({ seed: 7, size: 'small' });
  const worker = setupWorker(...handlers);
  const f = district.fixtures;
  const adapter = new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(f.admin)}` }) });
  const cellOf = (personId: string) => backend.state.person(personId)!.methods.find((m) => m.type === 'cellPhone')!.id;
  const badgeFor = async (methodId: string) => {
    const provider = await fixture(html`<comms-provider .adapter=${adapter}><optin-badge method-id=${methodId}></optin-badge></comms-provider>`);
    return provider.querySelector('optin-badge')!;
  };

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => {
    backend.controls.clear();
    backend.reset();
  });

  it('looks up opted in, opted out and not asked by the method id', async () => {
    const cases = [
      [cellOf(f.guardian), 'Opted in to texts'],
      [f.optedOutGuardian.methodId, 'Opted out of texts'],
      [f.neverAskedGuardian.methodId, 'Not asked about texts'],
    ] as const;
    for (const [methodId, words] of cases) {
      const badge = await badgeFor(methodId);
      expect(badge.methodId).to.equal(methodId);
      await waitUntil(() => shadowText(badge).includes(words), words);
    }
  });

  it('looks up the method id rather than the phone when both are set', async () => {
    const provider = await fixture(
      html`<comms-provider .adapter=${adapter}><optin-badge method-id=${f.optedOutGuardian.methodId} phone=${f.neverAskedGuardian.phone}></optin-badge></comms-provider>`,
    );
    const badge = provider.querySelector('optin-badge')!;
    await waitUntil(() => shadowText(badge).includes('Opted out of texts'));
  });

  it('says the status is unavailable when the lookup fails, and tries again', async () => {
    backend.controls.failNext({ operationId: 'getSmsConsentForMethod', status: 403 });
    const badge = await badgeFor(f.optedOutGuardian.methodId);
    await waitUntil(() => shadowText(badge).includes('Texting status unavailable'));
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadowText(badge).includes('Opted out of texts'));
  });

  it('looks up again when the method id changes', async () => {
    const badge = await badgeFor(f.optedOutGuardian.methodId);
    await waitUntil(() => shadowText(badge).includes('Opted out of texts'));
    badge.setAttribute('method-id', f.neverAskedGuardian.methodId);
    await waitUntil(() => shadowText(badge).includes('Not asked about texts'));
  });

  it('shows the unavailable state for a method that is not a phone', async () => {
    const badge = await badgeFor(f.unconfirmedMethod.methodId);
    await waitUntil(() => shadowText(badge).includes('Texting status unavailable'));
    await expect(badge).to.be.accessible();
  });
});
