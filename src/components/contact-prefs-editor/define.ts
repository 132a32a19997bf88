// The editor shows each phone's texting consent with <optin-badge>.
import '../optin-badge/define.js';
import { defineElement } from '../shared/define.js';
import { ContactPrefsEditor } from './contact-prefs-editor.js';

export { ContactPrefsEditor };
export type { PrefsChangeDetail, PrefsSaveDetail } from './contact-prefs-editor.js';

defineElement('contact-prefs-editor', ContactPrefsEditor);
