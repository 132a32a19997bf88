import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/optin-report/define.js';
import type { OptinReport } from '../../src/components/optin-report/optin-report.js';
import type { OptInReportRow } from '../../src/domain/types.js';
import { leftOf } from './fixtures/text-order.js';

const row: OptInReportRow = {
  personId: 'p-1',
  displayName: 'سارة حداد',
  phone: '+16175551165',
  numberType: 'cellPhone',
  status: 'optedIn',
  updatedAt: '2026-09-01T12:00:00Z',
  source: 'webForm',
};

async function reportIn(dir: 'ltr' | 'rtl'): Promise<OptinReport> {
  const box = await fixture(html`<div dir=${dir} style="inline-size: 900px">
    <optin-report .adapter=${{ listSmsConsent: async () => ({ items: [row], nextCursor: null }) }}></optin-report>
  </div>`);
  const report = box.querySelector('optin-report')!;
  await waitUntil(() => report.shadowRoot!.querySelector('tbody tr'), 'the row arrives');
  return report;
}


describe('<optin-report> right to left', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: a number reads "(617) 555-1165", area code first on the left`, async () => {
      const report = await reportIn(dir);
      const cell = report.shadowRoot!.querySelector('tbody tr td:nth-child(2)')!;
      expect(cell.textContent!.trim()).to.equal('(617) 555-1165');
      const number = [cell, ...cell.querySelectorAll('*')].at(-1)!;
      expect(getComputedStyle(number).direction, 'the number is laid out left to right').to.equal('ltr');
      expect(leftOf(cell, '617')).to.be.below(leftOf(cell, '555'));
      expect(leftOf(cell, '555')).to.be.below(leftOf(cell, '1165'));
      // The cell itself keeps the page's direction, so the column lines up on its start side.
      expect(getComputedStyle(cell).direction).to.equal(dir);
    });
  }
});
