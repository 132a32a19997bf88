import { defineElement } from '../shared/define.js';
import { ContactPrefsEditor } from './contact-prefs-editor.js';

export { ContactPrefsEditor };
export type { PrefsChangeDetail, PrefsSaveDetail } from './contact-prefs-editor.js';

defineElement('contact-prefs-editor', ContactPrefsEditor);
