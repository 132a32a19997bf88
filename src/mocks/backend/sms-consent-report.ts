import type { ContactMethodType, OptInReportRow, PhoneType, SmsConsentStatus } from '../../domain/types.js';
import { consentSummaryOf } from '../district/index.js';
import { requirePermission } from './auth.js';
import type { MockBackend } from './mock-backend.js';
import { json, signedIn, type SignedInRequest } from './operation.js';
import { pageOf } from './paging.js';
import { field, invalid } from './problems.js';
import { fold } from './text.js';

const STATUSES: readonly SmsConsentStatus[] = ['optedIn', 'optedOut', 'notAsked'];

/** The method type a form's phone type stands for: home is the household line, other the home/other phone. */
export const METHOD_TYPE_OF_PHONE_TYPE: Record<PhoneType, ContactMethodType> = {
  cell: 'cellPhone',
  home: 'householdPhone',
  work: 'workPhone',
  other: 'homePhone',
};

const PHONE_TYPES = Object.keys(METHOD_TYPE_OF_PHONE_TYPE) as PhoneType[];

interface IndexedRow {
  row: OptInReportRow;
  name: string;
  digits: string;
}

/** Every active guardian's phone numbers with their consent, by name then number. */
function reportRows(backend: MockBackend): IndexedRow[] {
  const state = backend.state;
  return state.cached('optInReport', () => {
    const rows: IndexedRow[] = [];
    for (const { person, methods } of state.district.people.values()) {
      if (person.role !== 'guardian' || !person.active) continue;
      for (const method of methods) {
        if (method.type === 'email' || method.type === 'secondaryEmail') continue;
        const consent = consentSummaryOf(state.district, method.value);
        rows.push({
          row: {
            personId: person.id,
            displayName: person.displayName,
            phone: method.value,
            numberType: method.type,
            status: consent.status,
            updatedAt: consent.updatedAt,
            source: consent.source,
          },
          name: fold(person.displayName),
          digits: method.value.replace(/\D/g, ''),
        });
      }
    }
    return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.row.phone < b.row.phone ? -1 : a.row.phone > b.row.phone ? 1 : 0));
  });
}

export const listSmsConsent = signedIn({
  operationId: 'listSmsConsent',
  method: 'GET',
  path: '/sms-consent',
  run(backend, { viewer, query }: SignedInRequest) {
    requirePermission(viewer, 'reports.view');
    const status = query.get('status');
    const numberType = query.get('numberType');
    const q = query.get('q') ?? '';
    const errors = [];
    if (status !== null && !STATUSES.includes(status as SmsConsentStatus)) errors.push(field('status', 'invalidValue'));
    if (numberType !== null && !PHONE_TYPES.includes(numberType as PhoneType)) errors.push(field('numberType', 'invalidValue'));
    if (q.length > 200) errors.push(field('q', 'tooLong'));
    if (errors.length) throw invalid(errors);
    const type = numberType ? METHOD_TYPE_OF_PHONE_TYPE[numberType as PhoneType] : null;
    const folded = fold(q.trim());
    const digits = /^[\d\s().+-]+$/.test(q.trim()) ? q.replace(/\D/g, '') : '';
    const rows = reportRows(backend).filter(
      (r) =>
        (!status || r.row.status === status) &&
        (!type || r.row.numberType === type) &&
        (!folded || r.name.includes(folded) || (digits !== '' && r.digits.includes(digits))),
    );
    const page = pageOf(rows, query, `optInReport|${status ?? ''}|${numberType ?? ''}|${folded}`);
    return json({ ...page, items: page.items.map((r) => ({ ...r.row })) });
  },
});
