/**
 * Registers every element of the kit under its standard tag name. Importing one element's own
 * entry (`school-comms-elements/optin-form`) registers only that element.
 */
import './components/comms-provider/define.js';
import './components/conversation-list/define.js';
import './components/contact-prefs-batch/define.js';
import './components/contact-prefs-editor/define.js';
import './components/contact-confirm-prompt/define.js';
import './components/conversation-thread/define.js';
import './components/shared-contact-report/define.js';
import './components/delivery-preview/define.js';
import './components/optin-badge/define.js';
import './components/optin-form/define.js';
import './components/optin-report/define.js';
