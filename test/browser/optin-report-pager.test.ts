import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/optin-report/define.js';
import type { OptinReport } from '../../src/components/optin-report/optin-report.js';
import type { OptInReportRow, Page } from '../../src/domain/types.js';
import { shadowText } from './fixtures/dom.js';
import { deferred } from './fixtures/fakes.js';

const row = (n: number): OptInReportRow => ({
  personId: `p-${n}`,
  displayName: `Guardian ${n}`,
  phone: `+1617555${String(1000 + n)}`,
  numberType: 'cellPhone',
  status: 'optedIn',
  updatedAt: '2026-09-01T12:00:00Z',
  source: 'webForm',
});

/** Two pages; each request waits until the test lets it answer. */
function twoPages() {
  const pages: Record<string, Page<OptInReportRow>> = {
    first: { items: [row(1), row(2)], nextCursor: 'second' },
    second: { items: [row(3)], nextCursor: null },
  };
  const requests: { cursor: string; answer: () => void }[] = [];
  const adapter = {
    listSmsConsent: ({ cursor }: { cursor?: string | null } = {}) => {
      const wait = deferred<Page<OptInReportRow>>();
      const key = cursor ?? 'first';
      requests.push({ cursor: key, answer: () => wait.resolve(pages[key]!) });
      return wait.promise;
    },
  };
  return { adapter, requests };
}

const pagerButton = (report: OptinReport, name: string) =>
  [...report.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find((b) => b.textContent!.trim() === name);
const focused = (report: OptinReport) => (document.activeElement === report ? report.shadowRoot!.activeElement?.textContent?.trim() : document.activeElement?.localName);

describe('<optin-report> pager from the keyboard', () => {
  it('keeps focus on "Next page" and "Previous page" while the page loads and after, and refuses presses meanwhile', async () => {
    const { adapter, requests } = twoPages();
    const report = await fixture<OptinReport>(html`<optin-report .adapter=${adapter}></optin-report>`);
    await waitUntil(() => requests.length === 1);
    requests[0]!.answer();
    await waitUntil(() => shadowText(report).includes('Guardian 1'), 'the first page');

    pagerButton(report, 'Next page')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => requests.length === 2, 'the second page is asked for');
    await report.updateComplete;
    expect(focused(report), 'while the page loads').to.equal('Next page');
    expect(pagerButton(report, 'Next page')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await report.updateComplete;
    expect(requests.length, 'a second press while loading asks for nothing').to.equal(2);

    requests[1]!.answer();
    await waitUntil(() => shadowText(report).includes('Guardian 3') && shadowText(report).includes('Page 2'), 'the second page');
    expect(focused(report), 'after the page loaded').to.equal('Next page');
    // The last page: nothing comes next, yet the button keeps the focus and says it is unavailable.
    expect(pagerButton(report, 'Next page')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await report.updateComplete;
    expect(requests.length).to.equal(2);

    pagerButton(report, 'Previous page')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => requests.length === 3, 'the first page is asked for again');
    await report.updateComplete;
    expect(focused(report), 'while the page loads').to.equal('Previous page');
    requests[2]!.answer();
    await waitUntil(() => shadowText(report).includes('Guardian 1') && shadowText(report).includes('Page 1'), 'back on the first page');
    expect(focused(report), 'after the page loaded').to.equal('Previous page');
    expect(pagerButton(report, 'Previous page')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await report.updateComplete;
    expect(requests.length).to.equal(3);
    await expect(report).to.be.accessible();
  });

  it('writes its counts for the reader: "2 of 4,330"', async () => {
    const adapter = { listSmsConsent: async () => ({ items: [row(1), row(2)], nextCursor: 'more', total: 4330 }) };
    const report = await fixture<OptinReport>(html`<optin-report .adapter=${adapter}></optin-report>`);
    await waitUntil(() => shadowText(report).includes('Guardian 1'), 'the first page');
    expect(shadowText(report)).to.include('Page 1: 2 of 4,330 numbers.');
  });
});
