import { defineElement } from '../shared/define.js';
import { SharedContactReport } from './shared-contact-report.js';

export { SharedContactReport };
export type { SharedContactFlagFilter, SharedContactsExportDetail } from './shared-contact-report.js';

defineElement('shared-contact-report', SharedContactReport);
