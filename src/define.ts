/**
 * Registers every element of the kit under its standard tag name. Importing one element's own
 * entry (`school-comms-elements/optin-form`) registers only that element.
 */
import './components/comms-provider/define.js';
import './components/optin-badge/define.js';
import './components/optin-form/define.js';
import './components/optin-report/define.js';
