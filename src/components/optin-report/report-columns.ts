import { msg } from '@lit/localize';
import { formatPhone } from '../../domain/contact-values.js';
import type { CsvColumn } from '../../domain/csv.js';
import type { ContactMethodType, OptInReportRow } from '../../domain/types.js';
import { consentSourceLabel, consentStatusLabel } from '../optin-badge/consent-words.js';

/**
 * The report's number type names. The report lists contact methods; the form's types map onto
 * them: Home is the household phone, Other the home/other phone.
 */
export function methodTypeLabel(type: ContactMethodType): string {
  switch (type) {
    case 'cellPhone':
      return msg('Cell', { desc: 'Phone number type: a mobile phone.' });
    case 'householdPhone':
      return msg('Home', { desc: 'Phone number type: the household landline.' });
    case 'workPhone':
      return msg('Work', { desc: 'Phone number type.' });
    default:
      return msg('Other', { desc: 'Phone number type.' });
  }
}

/** The columns of the opt-out export, in order; every header and value goes through the CSV rules. */
export function optOutExportColumns(): CsvColumn<OptInReportRow>[] {
  return [
    { header: msg('Guardian ID'), value: (row) => row.personId },
    { header: msg('Name'), value: (row) => row.displayName },
    { header: msg('Number'), value: (row) => formatPhone(row.phone) },
    { header: msg('Number type'), value: (row) => methodTypeLabel(row.numberType) },
    { header: msg('Status'), value: (row) => consentStatusLabel(row.status) },
    { header: msg('Date'), value: (row) => row.updatedAt ?? '' },
    { header: msg('Source'), value: (row) => (row.source ? consentSourceLabel(row.source) : '') },
  ];
}
