import { defineElement } from '../shared/define.js';
import { OptinForm } from './optin-form.js';

export { OptinForm };
export type { OptinFormSaveDetail } from './optin-form.js';

defineElement('optin-form', OptinForm);
