import { defineElement } from '../shared/define.js';
import { OptinReport } from './optin-report.js';

export { OptinReport };
export type { OptinReportExportDetail } from './optin-report.js';

defineElement('optin-report', OptinReport);
