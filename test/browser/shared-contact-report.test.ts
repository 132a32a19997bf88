import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { ForbiddenError, ServerError } from '../../src/api/errors.js';
import '../../src/components/shared-contact-report/define.js';
import type { SharedContactReport } from '../../src/components/shared-contact-report/shared-contact-report.js';
import { shadowText } from './fixtures/dom.js';
import { groupsAdapter, sharedGroup } from './fixtures/shared-groups.js';
import { innermost, leftOf } from './fixtures/text-order.js';
import { ignoreResizeObserverLoopNotice } from './fixtures/virtualizer.js';
import type { SharedContactGroup } from '../../src/domain/types.js';

ignoreResizeObserverLoopNotice();

const many = (count: number) => Array.from({ length: count }, (_, i) => sharedGroup(i));

async function report(groups = many(30), attributes: { pageSize?: number } = {}) {
  const fake = groupsAdapter(groups);
  const el = await fixture<SharedContactReport>(
    html`<shared-contact-report .adapter=${fake.adapter} page-size=${attributes.pageSize ?? 100}></shared-contact-report>`,
  );
  await waitUntil(() => rows(el).length > 0 || shadowText(el).includes('No contact methods'), `the report shows its content: ${shadowText(el)}`);
  return { el, ...fake };
}

const root = (el: SharedContactReport) => el.shadowRoot!;
const rows = (el: SharedContactReport) => [...root(el).querySelectorAll<HTMLElement>('.group')];
const values = (el: SharedContactReport) => rows(el).map((row) => row.querySelector('.group-value')!.textContent!.trim());
const select = (el: SharedContactReport, name: string) => root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

async function choose(el: SharedContactReport, name: string, value: string) {
  const control = select(el, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function settled(el: SharedContactReport, expectedFirst: string) {
  await waitUntil(() => values(el)[0] === expectedFirst, `the first row becomes ${expectedFirst}`);
}

describe('<shared-contact-report>', () => {
  it('shows a viewer who may not see it the refusal alone: no filters, no export, no Try again', async () => {
    const fake = groupsAdapter(many(3));
    fake.failNext(new ForbiddenError());
    const el = await fixture<SharedContactReport>(html`<shared-contact-report .adapter=${fake.adapter}></shared-contact-report>`);
    await waitUntil(() => shadowText(el).includes("You don't have permission"), 'the refusal shows');
    const controls = root(el).querySelectorAll('input, select, [part="retry-button"], [part="export-button"]');
    expect(controls.length, [...controls].map((c) => c.outerHTML.slice(0, 60)).join(' | ')).to.equal(0);
  });

  it('says its count again in the new language when the language changes after the data came', async () => {
    const { el } = await report();
    const status = () => root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    expect(status()).to.include('30 shared contact methods');
    el.locale = 'es';
    try {
      await waitUntil(() => status().includes('30 medios de contacto compartidos'), `the count is said in Spanish: ${status()}`);
    } finally {
      el.locale = 'en';
      await waitUntil(() => status().includes('30 shared contact methods'), 'back in English');
    }
  });

  it('shows the first page: value, type, count, flags, and the total', async () => {
    const { el, queries } = await report();
    expect(queries[0]).to.deep.include({ sort: 'accountCount', order: 'desc', limit: 100 });
    expect(shadowText(el)).to.include('30 shared contact methods');
    const first = rows(el)[0]!;
    // Most accounts first: group 3 (5 accounts) leads, ties by value.
    expect(first.textContent).to.include('5 accounts');
    expect(first.querySelector('.group-kind')!.textContent).to.match(/Phone|Email/);
    const flagged = rows(el).find((row) => row.textContent!.includes('Possible duplicate guardian'));
    expect(flagged?.querySelector('.badge-flag svg'), 'a flag has an icon, not only a color').to.exist;
    expect(root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.include('30 shared contact methods');
    await expect(el).to.be.accessible();
  });

  it('filters by type and flag, and searches after a pause in typing', async () => {
    const { el, queries } = await report();
    await choose(el, 'kind', 'email');
    await waitUntil(() => values(el).every((value) => value.includes('@')), 'only emails');
    expect(queries.at(-1)).to.deep.include({ kind: 'email' });

    await choose(el, 'flag', 'flagged');
    await waitUntil(() => rows(el).length === 3, 'only flagged emails (5, 15, 25)');
    expect(queries.at(-1)).to.deep.include({ kind: 'email', flagged: true });
    expect(rows(el).every((row) => row.textContent!.includes('Possible duplicate guardian'))).to.equal(true);

    await choose(el, 'flag', 'possibleDuplicateGuardian');
    await waitUntil(() => queries.at(-1)?.flag === 'possibleDuplicateGuardian');

    await choose(el, 'flag', '');
    await choose(el, 'kind', '');
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    const before = queries.length;
    for (const text of ['f', 'fa', 'family17']) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await waitUntil(() => values(el).join() === 'family17@example.org', 'the search narrows to one group');
    expect(queries.slice(before).filter((q) => q.search !== undefined).map((q) => q.search)).to.deep.equal(['family17']);
  });

  it('sorts by count or value, both ways', async () => {
    const { el } = await report();
    await choose(el, 'sort', 'value-asc');
    await settled(el, '(201) 000-0000');
    await choose(el, 'sort', 'value-desc');
    await settled(el, 'family9@example.org');
    await choose(el, 'sort', 'accountCount-asc');
    await waitUntil(() => rows(el)[0]?.textContent!.includes('2 accounts'));
    expect(el.sort).to.equal('accountCount');
    expect(el.order).to.equal('asc');
  });

  it('has the first screenful of rows in the DOM by the first frame after the data arrives', async () => {
    const fake = groupsAdapter(many(500));
    fake.hold();
    const el = await fixture<SharedContactReport>(html`<shared-contact-report .adapter=${fake.adapter}></shared-contact-report>`);
    await waitUntil(() => fake.queries.length === 1, 'the first page is asked for');
    // The answer arrives in a task between two frames, as one from the network does, and a frame
    // falls due while it is read (25 ms of work, as parsing a large answer can take): the next
    // thing the page does after this task is that frame, so rows added in any later task miss it.
    await nextFrame();
    await aTimeout(0);
    const firstFrame = new Promise<{ rows: number; first?: string | null; rowsHeight: number; listHeight: number }>((resolve) =>
      requestAnimationFrame(() =>
        resolve({
          rows: rows(el).length,
          first: rows(el)[0]?.getAttribute('data-index'),
          rowsHeight: rows(el).reduce((sum, row) => sum + row.getBoundingClientRect().height, 0),
          listHeight: root(el).querySelector<HTMLElement>('.list')?.clientHeight ?? Infinity,
        }),
      ),
    );
    const readUntil = performance.now() + 25;
    while (performance.now() < readUntil);
    fake.release();
    const seen = await firstFrame;
    expect(seen.rows, 'rows in the DOM when the first frame after the data begins').to.be.above(0);
    expect(seen.first).to.equal('0');
    expect(seen.rowsHeight, 'enough rows to fill the list').to.be.at.least(seen.listHeight);
  });

  it('fetches further pages by cursor as the list scrolls, and virtualizes the rows', async () => {
    const { el, queries } = await report(many(1000), { pageSize: 50 });
    expect(queries[0]!.cursor).to.equal(undefined);
    expect(rows(el).length).to.be.below(60, 'only the rows near the screen are in the page');
    const list = root(el).querySelector<HTMLElement>('.list')!;
    for (let i = 0; i < 40 && queries.length < 4; i++) {
      list.scrollTop = list.scrollHeight;
      await aTimeout(30);
    }
    expect(queries.length).to.be.at.least(3);
    expect(queries[1]!.cursor).to.equal('50');
    expect(queries[2]!.cursor).to.equal('100');
    expect(rows(el).length).to.be.below(80);
  });

  it('opens a group to show accounts, students and flag reasons, and moves between rows by keyboard', async () => {
    const { el } = await report(many(10));
    await choose(el, 'sort', 'value-asc');
    await settled(el, '(201) 000-0000');
    const toggle = rows(el)[0]!.querySelector<HTMLButtonElement>('.group-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = rows(el)[0]!.querySelector('.group-details')!;
    expect(details.textContent).to.include('Guardian 0-0');
    expect(details.textContent).to.include('Student 0');
    expect(details.textContent).to.include('Guardian 0-0 and Guardian 0-1 are separate guardian accounts');
    await expect(el).to.be.accessible();

    toggle.focus();
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement?.closest('.group')?.getAttribute('data-index') === '1', 'focus moves down');
    root(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement?.closest('.group')?.getAttribute('data-index') === '9', 'focus moves to the end');
  });

  it('exports the whole filtered result as CSV, page by page, with formula payloads neutralized', async () => {
    const hostile = sharedGroup(1, {
      kind: 'email',
      value: '=hyperlink("http://evil.example")@example.org',
      accounts: [
        { person: { id: 'x1', role: 'guardian', displayName: '+cmd|calc' }, methodType: 'email', students: [{ id: 's', displayName: '@SUM(1)' }], householdId: null },
        { person: { id: 'x2', role: 'guardian', displayName: 'Ana, "Nena" Ruiz' }, methodType: 'email', students: [], householdId: null },
      ],
      accountCount: 2,
    });
    const groups = [hostile, ...Array.from({ length: 449 }, (_, i) => sharedGroup(i + 2))];
    const { el, queries } = await report(groups);
    await choose(el, 'kind', 'email');
    await waitUntil(() => values(el).every((value) => value.includes('@')));
    const exported = oneEvent(el, 'shared-contacts-export');
    const before = queries.length;
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    const event = await exported;
    event.preventDefault();
    const exportQueries = queries.slice(before);
    expect(exportQueries.map((q) => q.cursor ?? null)).to.deep.equal([null, '200']);
    expect(exportQueries.every((q) => q.kind === 'email' && q.limit === 200)).to.equal(true);
    expect(event.detail.rowCount).to.equal(225);
    expect(event.detail.fileName).to.equal('shared-contact-methods.csv');
    const text = await event.detail.file.text();
    const lines: string[] = text.replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines[0]).to.equal('Shared value,Type,Number of accounts,Accounts,Linked students,Explanation,Flags,Reasons');
    expect(lines).to.have.length(226);
    const hostileLine = lines.find((line) => line.includes('evil.example'))!;
    expect(hostileLine.startsWith(`"'=hyperlink(""http://evil.example"")@example.org"`)).to.equal(true);
    expect(hostileLine).to.include(`"'+cmd|calc (Guardian, Email); Ana, ""Nena"" Ruiz (Guardian, Email)"`);
    expect(hostileLine).to.include(`'@SUM(1)`);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Export ready: 225 groups.');
  });

  it('shows export progress and can cancel it', async () => {
    const fake = await report(many(600));
    const { el } = fake;
    fake.hold();
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    await el.updateComplete;
    expect(shadowText(el)).to.include('Exported 0 groups…');
    // Let the first page through, and hold the second.
    fake.release();
    fake.hold();
    await waitUntil(() => shadowText(el).includes('of 600 groups'), 'progress shows the total');
    const progress = root(el).querySelector('progress')!;
    expect(progress.max).to.equal(600);
    expect(progress.value).to.be.above(0);
    let exported = false;
    el.addEventListener('shared-contacts-export', () => (exported = true));
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Cancel export'))!.click();
    fake.release();
    await el.updateComplete;
    await aTimeout(20);
    expect(exported).to.equal(false);
    expect(root(el).querySelector('progress')).to.equal(null);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Export cancelled.');
  });

  it('shows errors with Try again: first page, further pages and export, keeping the rows', async () => {
    const fake = groupsAdapter(many(300));
    fake.failNext(new ServerError());
    const el = await fixture<SharedContactReport>(html`<shared-contact-report .adapter=${fake.adapter} page-size="50"></shared-contact-report>`);
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'the error view');
    expect(shadowText(el)).to.include('Try again');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => rows(el).length > 0, 'rows after trying again');

    fake.failNext(new ServerError("Unavailable", { status: 503 }));
    const list = root(el).querySelector<HTMLElement>('.list')!;
    for (let i = 0; i < 40 && !root(el).querySelector('.more-error'); i++) {
      list.scrollTop = list.scrollHeight;
      await aTimeout(30);
    }
    expect(shadowText(el)).to.include("Couldn't load more shared contact methods.");
    expect(rows(el).length).to.be.above(0);
    root(el).querySelector<HTMLButtonElement>('.more-error button')!.click();
    await waitUntil(() => !root(el).querySelector('.more-error') && fake.queries.some((q) => q.cursor === '100'));

    fake.failNext(new ServerError());
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    await waitUntil(() => shadowText(el).includes('The export failed.'));
    expect(root(el).querySelector('[part="export-button"]')!.textContent).to.include('Try the export again');
  });

  it('says when nothing is shared, with the guidance on why sharing is often intended', async () => {
    const { el } = await report([]);
    expect(shadowText(el)).to.include('No contact methods are shared');
    expect(shadowText(el)).to.include('Why contact methods are shared');
    expect(root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches the filters', async () => {
    const { el } = await report(many(4));
    await choose(el, 'flag', 'householdPhoneAcrossHouseholds');
    await waitUntil(() => shadowText(el).includes('No shared contact methods match these filters.'));
  });

  it('shows hostile data as text without breaking layout', async () => {
    const long = 'x'.repeat(10_000);
    const hostile = sharedGroup(0, {
      value: `<script>alert(1)</script>\u202E${long}`,
      accounts: [{ person: { id: 'h', role: 'guardian', displayName: `javascript:alert(1) <img src=x onerror=alert(1)>${long}` }, methodType: 'cellPhone', students: [], householdId: null }],
    });
    const { el } = await report([hostile]);
    el.style.inlineSize = '320px';
    rows(el)[0]!.querySelector<HTMLButtonElement>('.group-toggle')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('script, img')).to.equal(null);
    expect(rows(el)[0]!.textContent).to.include('<script>alert(1)</script>');
    expect(root(el).querySelector('.list')!.scrollWidth).to.be.at.most(330);
  });
});

describe('<shared-contact-report> phone numbers', () => {
  const phoneGroup = (i: number, value: string, overrides: Partial<SharedContactGroup> = {}) =>
    sharedGroup(i, { id: `phone:${value}`, kind: 'phone', value, ...overrides });

  it('shows a shared phone as the editor does, "(617) 555-6717", while the CSV keeps it in E.164', async () => {
    const groups = [phoneGroup(0, '+16175556717'), sharedGroup(1), phoneGroup(2, '+442079460000')];
    const { el } = await report(groups);
    await choose(el, 'sort', 'value-asc');
    // A number the kit cannot format (another country's) shows as it is stored; emails are untouched.
    await waitUntil(() => values(el).join(' | ') === '(617) 555-6717 | +442079460000 | family1@example.org', 'phone values formatted, the others as stored');
    const row = rows(el)[0]!;
    // The row's button is named by its content, so the number is read out as shown.
    expect(row.querySelector('.group-toggle')!.textContent!.replace(/\s+/g, ' ')).to.include('(617) 555-6717');
    expect(getComputedStyle(innermost(row.querySelector('.group-value')!)).direction).to.equal('ltr');

    const exported = oneEvent(el, 'shared-contacts-export');
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    const event = await exported;
    event.preventDefault();
    const lines: string[] = (await event.detail.file.text()).replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines[0]).to.equal('Shared value,Type,Number of accounts,Accounts,Linked students,Explanation,Flags,Reasons');
    expect(lines.slice(1).map((line) => line.slice(0, line.indexOf(',')))).to.deep.equal(["'+16175556717", "'+442079460000", 'family1@example.org']);
    expect(lines.slice(1).some((line) => line.includes('(617)'))).to.equal(false);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: a shared phone reads "(617) 555-1165", area code first on the left`, async () => {
      const fake = groupsAdapter([phoneGroup(0, '+16175551165')]);
      const box = await fixture(html`<div dir=${dir} style="inline-size: 900px"><shared-contact-report .adapter=${fake.adapter}></shared-contact-report></div>`);
      const el = box.querySelector('shared-contact-report')!;
      await waitUntil(() => rows(el).length === 1, 'the row arrives');
      const value = rows(el)[0]!.querySelector('.group-value')!;
      expect(value.textContent!.trim()).to.equal('(617) 555-1165');
      expect(getComputedStyle(innermost(value)).direction, 'the number is laid out left to right').to.equal('ltr');
      expect(leftOf(value, '617')).to.be.below(leftOf(value, '555'));
      expect(leftOf(value, '555')).to.be.below(leftOf(value, '1165'));
      // The row keeps the page's direction, so the columns still line up on their start side.
      expect(getComputedStyle(value).direction).to.equal(dir);
    });
  }

  it('writes the counts in a flag reason as the rest of the report does ("1,200 accounts"), and plainly in the CSV', async () => {
    const accounts = Array.from({ length: 1200 }, (_, a) => ({
      person: { id: `u${a}`, role: 'guardian' as const, displayName: `Guardian u-${a}` },
      methodType: 'cellPhone' as const,
      students: [],
      householdId: null,
    }));
    const office = phoneGroup(0, '+16175550100', {
      accounts,
      accountCount: accounts.length,
      sharing: ['unexplained'],
      flags: [{ kind: 'sharedAcrossUnrelated', personIds: accounts.map((account) => account.person.id), reason: 'Unrelated accounts share it.' }],
    });
    const { el } = await report([office]);
    expect(rows(el)[0]!.textContent).to.include('1,200 accounts');
    rows(el)[0]!.querySelector<HTMLButtonElement>('.group-toggle')!.click();
    await el.updateComplete;
    const reasons = rows(el)[0]!.querySelector('.reasons')!.textContent!;
    expect(reasons).to.include('1,200 accounts that are not in one household');

    const exported = oneEvent(el, 'shared-contacts-export');
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.click();
    const event = await exported;
    event.preventDefault();
    expect(await event.detail.file.text()).to.include(',1200,').and.include('1200 accounts that are not in one household');
  });
});
