import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../src/api/index.js';
import '../../src/components/comms-provider/define.js';
import '../../src/components/contact-prefs-batch/define.js';
import type { ContactPrefsBatch } from '../../src/components/contact-prefs-batch/contact-prefs-batch.js';
import { createMockDistrictBackend, mockToken } from '../../src/mocks/index.js';
import { batchResultCsv } from '../../src/components/contact-prefs-batch/result-csv.js';
import type { BatchJob } from '../../src/domain/types.js';
import { shadowText } from './fixtures/dom.js';

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

const { backend, handlers, district } = createMockDistrictBackend({ seed: 5, size: 'small' });
const f = district.fixtures;
const worker = setupWorker(...handlers);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  backend.controls.clear();
  backend.reset();
  sessionStorage.clear();
});

const adapterFor = (personId: string) =>
  new HttpCommsAdapter({ baseUrl: '/api', retries: 0, headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }) });

async function mount(personId = f.admin, attributes: { jobId?: string } = {}): Promise<ContactPrefsBatch> {
  const provider = await fixture(html`<comms-provider .adapter=${adapterFor(personId)}>
    <contact-prefs-batch poll-interval="20" job-id=${attributes.jobId ?? ''}></contact-prefs-batch>
  </comms-provider>`);
  const element = provider.querySelector('contact-prefs-batch')!;
  if (!attributes.jobId) element.removeAttribute('job-id');
  await waitUntil(() => shadow(element).querySelector('form, .job, [part~="forbidden"]'), 'the wizard shows');
  return element;
}

const shadow = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector);
const buttonNamed = (element: Element, name: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

function setCell(element: Element, key: string, value: '' | 'on' | 'off') {
  const select = $<HTMLSelectElement>(element, `select[data-cell="${key}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function previewed(element: ContactPrefsBatch) {
  buttonNamed(element, 'Preview changes')!.click();
  await element.updateComplete;
  await waitUntil(() => buttonNamed(element, 'Preview changes'), 'the preview request has settled');
}

async function started(element: ContactPrefsBatch) {
  buttonNamed(element, 'Apply changes')!.click();
  const dialog = $<HTMLDialogElement>(element, 'dialog')!;
  expect(dialog.open, 'Apply asks for confirmation first').to.equal(true);
  [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Apply changes')!.click();
  await waitUntil(() => $(element, '.job') || $(element, '[part~="error"]'), 'the job or an error shows');
}

const finished = (element: ContactPrefsBatch) =>
  waitUntil(() => $(element, '.result-table'), 'the result shows', { timeout: 8000 });

describe('<contact-prefs-batch>', () => {
  it('shows non-admins a plain permission message, and the backend refuses them with 403', async () => {
    const element = await mount(f.teacher);
    expect(shadowText(element)).to.include("You don't have permission");
    expect($(element, 'form')).to.equal(null);
    const answer = await fetch('/api/batch/filters?mode=students', { headers: { Authorization: `Bearer ${mockToken(f.teacher)}` } });
    expect(answer.status).to.equal(403);
    await expect(element).to.be.accessible();
  });

  it('lays out the matrix: every method type × reason, "Not enabled" reasons, no text-message control, and the notes', async () => {
    const element = await mount();
    const settings = backend.district.settings;
    const selects = shadow(element).querySelectorAll('select[data-cell]');
    expect(selects.length).to.equal(6 * settings.enabledReasons.length);
    expect(shadow(element).querySelectorAll('td.not-enabled').length).to.equal(6 * (8 - settings.enabledReasons.length));
    for (const select of selects) expect((select as HTMLSelectElement).value).to.equal('');
    const text = shadowText(element);
    expect(text).to.include('Text messages cannot be set here');
    expect(text).to.include('every active member of the household');
    expect(text).to.include('may overwrite contact preferences');
    expect(text.toLowerCase()).not.to.match(/\bsms\b|text message:/);
    // Grade is there outside staff mode, and goes in staff mode, where the filter becomes required.
    expect($(element, '#grade')).to.exist;
    ($<HTMLInputElement>(element, 'input[value="staff"]')!).click();
    await element.updateComplete;
    await waitUntil(() => $(element, '#filter'));
    expect($(element, '#grade')).to.equal(null);
    expect(shadowText(element)).to.include('census filter (required)');
    await expect(element).to.be.accessible();
  });

  it('keeps keyboard focus on Preview while it counts, then moves it to the preview', async () => {
    backend.controls.slowNext({ operationId: 'previewBatch', ms: 400 });
    const element = await mount();
    setCell(element, 'email|general', 'on');
    buttonNamed(element, 'Preview changes')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => buttonNamed(element, 'Counting…'), 'counting');
    const focused = () => shadow(element).activeElement?.textContent?.trim() ?? `not in the wizard: ${document.activeElement?.localName}`;
    expect(focused()).to.equal('Counting…');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '.preview'), 'the preview shows');
    expect(shadow(element).activeElement === $(element, '.preview'), 'focus on the preview').to.equal(true);
  });

  it('previews, confirms, runs the job and shows the result per method type × reason', async () => {
    backend.controls.batchChunkSize = 10;
    const element = await mount();
    setCell(element, 'email|general', 'on');
    setCell(element, 'householdPhone|emergency', 'off');
    await previewed(element);
    const previewText = textOf($(element, '.preview')!);
    const preview = await (
      await fetch('/api/batch/previews', {
        method: 'POST',
        headers: { Authorization: `Bearer ${mockToken(f.admin)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ mode: 'studentContacts', cells: [{ methodType: 'householdPhone', reason: 'emergency', setting: 'off' }, { methodType: 'email', reason: 'general', setting: 'on' }] }),
      })
    ).json();
    expect(previewText).to.include(`People who would change ${preview.peopleToChange}`);
    expect(previewText).to.include(`Preferences that would change ${preview.preferencesToChange}`);
    expect(previewText).to.include(`People selected ${preview.people}`);
    await expect(element).to.be.accessible();
    const startedEvent = oneEvent(element, 'batch-job-started');
    const finishedEvent = oneEvent(element, 'batch-job-finished');
    await started(element);
    const { detail } = await startedEvent;
    expect(element.jobId).to.equal(detail.job.id);
    expect(element.getAttribute('job-id')).to.equal(detail.job.id);
    await finishedEvent;
    await finished(element);
    const table = $(element, '.result-table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const emailRow = rows.find((r) => r[0] === 'Email')!;
    const generalCount = preview.cells.find((c: { methodType: string; reason: string }) => c.methodType === 'email' && c.reason === 'general').count;
    expect(emailRow[header.indexOf('General')]).to.equal(String(generalCount));
    expect(emailRow[header.indexOf('Emergency')]).to.equal('No change');
    expect(rows.find((r) => r[0] === 'Work phone')!.slice(1).every((c) => c === 'No change')).to.equal(true);
    expect(shadowText(element)).to.include('Student messenger contacts');
    expect(shadowText(element)).to.include(`Preferences changed ${preview.preferencesToChange}`);
    expect($(element, '[role="status"]')!.textContent).to.include('finished');
    await expect(element).to.be.accessible();
  });

  it('lists the errors with who and why, and exports the result as CSV', async () => {
    const element = await mount();
    setCell(element, 'email|general', 'off');
    await previewed(element);
    // The preview says beforehand how many inactive accounts will come back as errors.
    const counts = [...shadow(element).querySelectorAll('.preview dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);
    const foretold = counts.find(([label]) => label.startsWith('Not changed: inactive accounts'))?.[1];
    expect(foretold, 'the preview counts the inactive accounts').to.match(/^[\d,]+$/);
    await started(element);
    await finished(element);
    await waitUntil(() => shadow(element).querySelectorAll('.error-list li').length > 0, 'the errors are listed');
    expect(shadow(element).querySelector('#errors-title')!.textContent).to.equal(`Errors (${foretold})`);
    const inactive = backend.district.people.get(f.household.inactiveMemberId)!.person.displayName;
    const item = [...shadow(element).querySelectorAll('.error-list li')].find((li) => li.querySelector('.person-name')!.textContent === inactive);
    expect(item, 'the inactive member is listed').to.exist;
    expect(item!.querySelector('.error-why')!.textContent).to.equal('The account is inactive, so it was not changed.');
    let csv = '';
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      void (blob as Blob).text().then((text) => (csv = text));
      return original.call(URL, blob);
    };
    try {
      buttonNamed(element, 'Download the result (CSV)')!.click();
      await waitUntil(() => csv !== '', 'the CSV is made');
    } finally {
      URL.createObjectURL = original;
    }
    expect(csv).to.include('Contact method,');
    expect(csv).to.include('No change');
    expect(csv).to.include(inactive);
  });

  it('cancels a running job and keeps what it applied', async () => {
    backend.controls.batchChunkSize = 2;
    backend.controls.batchChunkDelayMs = 40;
    const element = await mount();
    setCell(element, 'cellPhone|attendance', 'on');
    await previewed(element);
    const spoken: string[] = [];
    const live = $(element, '[role="status"][aria-live="polite"]')!;
    const observer = new MutationObserver(() => spoken.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    await started(element);
    await waitUntil(() => $<HTMLProgressElement>(element, 'progress')?.value, 'progress moves');
    const progress = $<HTMLProgressElement>(element, 'progress')!;
    expect(progress.max).to.be.greaterThan(progress.value);
    expect(shadowText(element)).to.match(/\d+ of \d+ people \(\d+%\)/);
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Cancel the job')!.click();
    await finished(element);
    expect(shadowText(element)).to.include('Cancelled');
    observer.disconnect();
    // Polled every 20 ms, but spoken only when it starts and when it ends: not every tick.
    expect(spoken.filter((text) => text !== '')).to.deep.equal(['The batch job has started.', spoken.at(-1)]);
    expect(spoken.at(-1)).to.match(/^The batch job was cancelled\. Preferences changed before it stopped: \d+\.$/);
    const job = (backend.state.jobs[0]!).job;
    expect(job.state).to.equal('cancelled');
    expect(job.processed).to.be.lessThan(job.total);
  });

  it('comes back to a running job after the element is removed and added again', async () => {
    backend.controls.batchChunkSize = 2;
    backend.controls.batchChunkDelayMs = 20;
    const element = await mount();
    setCell(element, 'email|attendance', 'on');
    await previewed(element);
    await started(element);
    const jobId = element.jobId!;
    const parent = element.parentElement!;
    element.remove();
    await aTimeout(60);
    const again = document.createElement('contact-prefs-batch');
    again.pollInterval = 20;
    parent.append(again);
    await waitUntil(() => $(again, '.job'), 'the job shows again');
    expect(again.jobId).to.equal(jobId);
    expect(shadowText(again)).to.match(/Applying changes|Finished/);
    await finished(again);
    expect(backend.state.jobs.length).to.equal(1);
    // Start over forgets the job.
    buttonNamed(again, 'Start another batch')!.click();
    await again.updateComplete;
    expect(again.jobId).to.equal(null);
    expect($(again, 'form')).to.exist;
  });

  it('keeps the choices and offers Try again when the server fails: 403, 422, 500, offline', async () => {
    const element = await mount();
    setCell(element, 'workPhone|emergency', 'on');
    for (const [status, words] of [
      [403, "You don't have permission"],
      [422, "Some information wasn't accepted"],
      [500, 'Something went wrong'],
    ] as const) {
      backend.controls.failNext({ operationId: 'previewBatch', status });
      await previewed(element);
      expect(shadowText(element)).to.include(words);
      expect($<HTMLSelectElement>(element, 'select[data-cell="workPhone|emergency"]')!.value).to.equal('on');
    }
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Try again')!.click();
    await waitUntil(() => $(element, '.preview'), 'Try again previews');
    backend.controls.failNext({ operationId: 'startBatchJob', status: 'offline' });
    await started(element);
    expect(shadowText(element)).to.match(/offline|Can't reach the server/);
    buttonNamed(element, 'Try again')!.click();
    await waitUntil(() => $(element, '.job'), 'Try again starts the job');
    await finished(element);
    expect(backend.state.jobs.length, 'one job, however many tries').to.equal(1);
  });

  it('shows a failed progress request beside the job, and picks up again on Try again', async () => {
    backend.controls.batchChunkSize = 2;
    backend.controls.batchChunkDelayMs = 20;
    const element = await mount();
    setCell(element, 'email|attendance', 'on');
    await previewed(element);
    backend.controls.failNext({ operationId: 'getBatchJob', status: 500 });
    await started(element);
    await waitUntil(() => $(element, '.job [part~="error"]'), 'the failed poll shows');
    expect($(element, 'progress')).to.exist;
    buttonNamed(element, 'Try again')!.click();
    await finished(element);
  });

  it('checks the choices before asking: a cell set, and a filter in staff mode', async () => {
    const element = await mount();
    await previewed(element);
    expect(shadowText(element)).to.include('Set at least one preference to On or Off.');
    ($<HTMLInputElement>(element, 'input[value="staff"]')!).click();
    await waitUntil(() => $(element, '#filter option[value="' + f.staffFilter + '"]'), 'the census filters show');
    setCell(element, 'workPhone|emergency', 'on');
    buttonNamed(element, 'Preview changes')!.click();
    await element.updateComplete;
    expect(shadowText(element)).to.include('Choose a census filter');
    expect($(element, '#filter')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('says so when there are no saved filters', async () => {
    backend.district.savedFilters = [];
    const element = await mount();
    await waitUntil(() => $(element, '#filter-empty'), 'the empty note shows');
    expect(shadowText(element)).to.include('The batch will include every student');
  });

  it('can be used with the keyboard alone', async () => {
    const element = await mount();
    const radio = $<HTMLInputElement>(element, 'input[value="studentContacts"]')!;
    radio.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect($<HTMLInputElement>(element, 'input[value="students"]')!.checked).to.equal(true);
    const cell = $<HTMLSelectElement>(element, 'select[data-cell="email|emergency"]')!;
    cell.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(cell.value).to.equal('on');
    // Enter in the form submits: Preview changes.
    const submit = buttonNamed(element, 'Preview changes')!;
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '.preview'), 'the preview shows');
    buttonNamed(element, 'Apply changes')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(element, 'dialog')!;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'Escape closes the confirmation').to.equal(false);
    expect(backend.state.jobs.length).to.equal(0);
  });

  it('writes the result CSV formula-neutralized, "No change" where nothing was asked', () => {
    const result = {
      mode: 'students' as const,
      cells: [{ methodType: 'email' as const, reason: 'general' as const, count: 3 }],
      peopleChanged: 3,
      preferencesChanged: 3,
      skipped: { noMethodOfType: 1, noDistrictAssignment: 0 },
      errorCount: 1,
    };
    const job = { id: 'job-0009', state: 'succeeded', result } as BatchJob;
    const csv = batchResultCsv(job, result, [{ person: { id: 'p1', role: 'student', displayName: '=HYPERLINK("http://x.example","click")' }, code: 'inactive' }]);
    const lines = csv.replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).to.equal('Contact method,General');
    expect(lines).to.include('Email,3');
    expect(lines).to.include('Household phone,No change');
    expect(lines).to.include('Mode,Students');
    expect(csv).to.include(`"'=HYPERLINK(""http://x.example"",""click"")",`);
    expect(csv).not.to.match(/(^|\n|,)=HYPERLINK/);
  });

  it('shows a job it cannot load yet with Try again, and the job once it can', async () => {
    const element = await mount();
    setCell(element, 'email|general', 'on');
    await previewed(element);
    await started(element);
    await finished(element);
    const parent = element.parentElement!;
    element.remove();
    backend.controls.failNext({ operationId: 'getBatchJob', status: 'offline' });
    const again = document.createElement('contact-prefs-batch');
    parent.append(again);
    await waitUntil(() => $(again, '[part~="error"]'), 'the error shows');
    expect(shadowText(again)).to.match(/offline|Can't reach the server/);
    await expect(again).to.be.accessible();
    buttonNamed(again, 'Try again')!.click();
    await finished(again);
  });

  it('shows hostile names and filter names as text, within a 320 px column', async () => {
    const hostile = `<img src=x onerror=alert(1)>\u202Eevil ${'W'.repeat(10_000)}`;
    backend.district.savedFilters = backend.district.savedFilters.map((filter) => ({ ...filter, name: hostile }));
    const id = f.household.inactiveMemberId;
    const record = backend.district.people.get(id)!;
    backend.district.people.set(id, { ...record, person: { ...record.person, displayName: hostile } });
    const provider = await fixture(html`<div style="inline-size: 320px">
      <comms-provider .adapter=${adapterFor(f.admin)}><contact-prefs-batch poll-interval="20"></contact-prefs-batch></comms-provider>
    </div>`);
    const element = provider.querySelector('contact-prefs-batch')!;
    await waitUntil(() => $(element, '#filter option:nth-child(2)'), 'the filters show');
    expect($(element, '#filter option:nth-child(2)')!.textContent).to.equal(hostile);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    setCell(element, 'email|general', 'off');
    await previewed(element);
    await started(element);
    await finished(element);
    await waitUntil(() => [...shadow(element).querySelectorAll('.person-name')].some((n) => n.textContent === hostile), 'the hostile name is listed as text');
    expect(shadow(element).querySelector('img')).to.equal(null);
    const wizard = $(element, '.wizard')!;
    expect(wizard.scrollWidth, 'nothing pushes the layout wider').to.be.at.most(wizard.clientWidth + 1);
  });
});
