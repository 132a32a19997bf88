import { defineElement } from '../shared/define.js';
import { ContactPrefsBatch } from './contact-prefs-batch.js';

export { ContactPrefsBatch };
export type { BatchJobEventDetail } from './contact-prefs-batch.js';

defineElement('contact-prefs-batch', ContactPrefsBatch);
