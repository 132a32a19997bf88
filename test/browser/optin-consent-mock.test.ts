import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import '../../src/components/optin-badge/define.js';
import '../../src/components/optin-form/define.js';
import '../../src/components/optin-report/define.js';
import type { OptinBadge } from '../../src/components/optin-badge/optin-badge.js';
import type { OptinForm } from '../../src/components/optin-form/optin-form.js';
import type { OptinReport } from '../../src/components/optin-report/optin-report.js';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { shadowText } from './fixtures/dom.js';

// The three consent elements on the mock district, through the HTTP adapter and msw.
const { backend, handlers, district } = createMockDistrictBackend({ seed: 5, size: 'small' });
const worker = setupWorker(...handlers);
const f = district.fixtures;

function adapterFor(personId: string | null): HttpCommsAdapter {
  return new HttpCommsAdapter({
    baseUrl: '/api',
    headers: (): Record<string, string> => (personId ? { Authorization: `Bearer ${mockToken(personId)}` } : {}),
  });
}

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
});

async function inProvider<T extends HTMLElement>(personId: string | null, element: ReturnType<typeof html>): Promise<T> {
  const provider = await fixture<CommsProvider>(html`<comms-provider .adapter=${adapterFor(personId)}>${element}</comms-provider>`);
  return provider.firstElementChild as T;
}

async function typePhone(form: OptinForm, text: string) {
  form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

describe('<optin-badge> on the mock district', () => {
  it('shows each status by its own icon shape and words, with when, how and by whom', async () => {
    const optedOut = await inProvider<OptinBadge>(f.admin, html`<optin-badge phone=${f.optedOutGuardian.phone}></optin-badge>`);
    await waitUntil(() => shadowText(optedOut).includes('Opted out of texts'), 'opted out arrives');
    expect(shadowText(optedOut)).to.match(/How: /);
    const notAsked = await inProvider<OptinBadge>(f.admin, html`<optin-badge phone=${f.neverAskedGuardian.phone}></optin-badge>`);
    await waitUntil(() => shadowText(notAsked).includes('Not asked about texts'));
    const shapes = [optedOut, notAsked].map((badge) => badge.shadowRoot!.querySelector('svg')!.innerHTML);
    expect(shapes[0]).not.to.equal(shapes[1]);
    await expect(optedOut).to.be.accessible();
  });

  it('says the status is unavailable and tries again', async () => {
    backend.controls.failNext({ operationId: 'getSmsConsent', status: 403 });
    const badge = await inProvider<OptinBadge>(f.admin, html`<optin-badge phone=${f.optedOutGuardian.phone}></optin-badge>`);
    await waitUntil(() => shadowText(badge).includes('Texting status unavailable'));
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadowText(badge).includes('Opted out of texts'));
  });
});

describe('<optin-form> on its own, on the mock district', () => {
  it('records a public opt-in and says so; the badge then shows it', async () => {
    const form = await inProvider<OptinForm>(null, html`<optin-form school-name="Riverside High" texting-number="+12015550100"></optin-form>`);
    await form.updateComplete;
    await typePhone(form, '2175550142');
    form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optIn"]')!.click();
    const saved = oneEvent(form, 'optin-form-save');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    const { detail } = await saved;
    expect(detail.decision).to.deep.equal({ phone: '+12175550142', numberType: 'cell', consent: 'optIn' });
    expect(detail.consent.status).to.equal('optedIn');
    await waitUntil(() => shadowText(form).includes('will get text messages from Riverside High'));
    expect(backend.district.consents.get('+12175550142')?.status).to.equal('optedIn');
  });

  it('keeps every value and shows the error beside the form when saving fails', async () => {
    backend.controls.failNext({ operationId: 'recordSmsConsent', status: 503 });
    const form = await inProvider<OptinForm>(null, html`<optin-form school-name="Riverside High" texting-number="+12015550100"></optin-form>`);
    await form.updateComplete;
    await typePhone(form, '2175550143');
    form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optOut"]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="error"]'), 'the error shows');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.value).to.equal('(217) 555-0143');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optOut"]')!.checked).to.equal(true);
    await expect(form).to.be.accessible();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadowText(form).includes('will not get text messages'));
  });

  // The server may have recorded a save whose answer was lost: sending the same decision again,
  // whatever was touched in between, must not record the consent a second time.
  const lookedOver: Array<[string, (form: OptinForm) => Promise<void>]> = [
    [
      'a digit deleted and typed again',
      async (form) => {
        form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: '6' });
      },
    ],
    [
      'the other answer clicked, then this one again',
      async (form) => {
        form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optOut"]')!.click();
        form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optIn"]')!.click();
      },
    ],
  ];
  for (const [what, lookOver] of lookedOver) {
    it(`records a decision once when it is saved again after a lost answer, ${what} in between`, async () => {
      const form = await inProvider<OptinForm>(null, html`<optin-form school-name="Riverside High" texting-number="+12015550100"></optin-form>`);
      await form.updateComplete;
      await typePhone(form, '2175550146');
      form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optIn"]')!.click();
      backend.controls.failNext({ operationId: 'recordSmsConsent', status: 'answerLost' });
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part~="error"]'), 'the failure shows');
      await lookOver(form);
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.value).to.equal('(217) 555-0146');
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
      await waitUntil(() => shadowText(form).includes('will get text messages'), 'saved');
      const history = backend.district.consents.get('+12175550146')!.history;
      expect(history.map((event) => event.status), 'the consent history').to.deep.equal(['optedIn']);
    });
  }

  it('offers staff no opt-out on a guardian record, and records the cell they enter as opted in', async () => {
    const form = await inProvider<OptinForm>(f.teacher, html`<optin-form person-id=${f.neverAskedGuardian.personId}></optin-form>`);
    await waitUntil(() => form.shadowRoot!.querySelector('[part="staff-note"]'), 'the staff note shows');
    expect(form.shadowRoot!.querySelector('input[value="optOut"]')).to.equal(null);
    await typePhone(form, '2175550144');
    const saved = oneEvent(form, 'optin-form-save');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    const { detail } = await saved;
    expect(detail.decision.consent).to.equal('optIn');
    expect([detail.consent.status, detail.consent.source]).to.deep.equal(['optedIn', 'staffEntry']);
  });

  it('gets 403 from the backend when staff try to opt a guardian out, and says why', async () => {
    const adapter = adapterFor(f.teacher);
    let refused: unknown;
    try {
      await adapter.recordSmsConsent(
        { phone: f.neverAskedGuardian.phone, numberType: 'cell', consent: 'optOut', personId: f.neverAskedGuardian.personId },
        { idempotencyKey: 'staff-opt-out-1' },
      );
    } catch (error) {
      refused = error;
    }
    expect(refused).to.include({ status: 403, code: 'staffCannotOptOut' });
    // An element given such an answer (a backend that asks staff anyway) keeps the values and explains.
    const form = await fixture<OptinForm>(html`<optin-form
      school-name="Riverside High"
      texting-number="+12015550100"
      .adapter=${{ recordSmsConsent: () => Promise.reject(refused) }}
    ></optin-form>`);
    await typePhone(form, '2175550145');
    form.shadowRoot!.querySelector<HTMLInputElement>('input[value="optOut"]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await waitUntil(() => shadowText(form).includes("Staff can't opt a number out"));
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.value).to.equal('(217) 555-0145');
  });
});

describe('<optin-report> on the mock district', () => {
  it('lists numbers page by page, filters by status and type, and searches', async () => {
    const report = await inProvider<OptinReport>(f.admin, html`<optin-report page-size="5"></optin-report>`);
    await waitUntil(() => report.shadowRoot!.querySelectorAll('tbody tr').length === 5, 'the first page');
    const firstPage = shadowText(report);
    report.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')[1]!.click();
    await waitUntil(() => report.shadowRoot!.querySelector('tbody') && shadowText(report) !== firstPage && shadowText(report).includes('Page 2'));
    report.status = 'optedOut';
    await waitUntil(() => shadowText(report).includes('Page 1'));
    await waitUntil(() => [...report.shadowRoot!.querySelectorAll('tbody tr')].length > 0);
    for (const row of report.shadowRoot!.querySelectorAll('tbody tr')) expect(row.textContent).to.include('Opted out of texts');
    report.numberType = 'cell';
    report.search = f.optedOutGuardian.phone.slice(-7);
    await waitUntil(() => report.shadowRoot!.querySelectorAll('tbody tr').length === 1, 'one match');
    await expect(report).to.be.accessible();
  });

  it('shows the empty state when nothing matches', async () => {
    const report = await inProvider<OptinReport>(f.admin, html`<optin-report search="zzzz-nobody"></optin-report>`);
    await waitUntil(() => shadowText(report).includes('No phone numbers match these filters.'));
    await expect(report).to.be.accessible();
  });

  it('exports every opt-out as formula-neutralized CSV', async () => {
    const hostile = [...backend.district.people.values()].find((r) => r.person.id === f.optedOutGuardian.personId)!;
    hostile.person.displayName = '=HYPERLINK("http://evil.example","x")';
    backend.state.touch();
    const report = await inProvider<OptinReport>(f.admin, html`<optin-report></optin-report>`);
    await waitUntil(() => report.shadowRoot!.querySelector('tbody'));
    report.addEventListener('optin-report-export', (event) => event.preventDefault(), { once: true });
    const exported = oneEvent(report, 'optin-report-export');
    report.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    const { detail } = await exported;
    const lines = detail.csv.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).to.equal('Guardian ID,Name,Number,Number type,Status,Date,Source');
    const optedOut = [...backend.district.consents.values()].filter((c) => c.status === 'optedOut').length;
    expect(detail.rowCount).to.be.greaterThan(0);
    expect(lines.length - 1).to.equal(detail.rowCount);
    expect(detail.rowCount).to.be.at.most(optedOut * 2);
    for (const line of lines.slice(1)) expect(line).to.include('Opted out of texts');
    expect(detail.csv).to.include(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('tells a viewer without the permission that they may not see it', async () => {
    const report = await inProvider<OptinReport>(f.guardian, html`<optin-report></optin-report>`);
    await waitUntil(() => shadowText(report).includes("You don't have permission"));
    // Asking again cannot change a refusal: no "Try again", and no filters or export to refuse again.
    expect(report.shadowRoot!.querySelector('[part~="retry-button"]') === null, 'no Try again').to.equal(true);
    expect(report.shadowRoot!.querySelector('[part="export-button"], [part="search-input"]') === null, 'no toolbar').to.equal(true);
  });
});
