import { defineElement } from '../shared/define.js';
import { CommsProvider } from './comms-provider.js';

export { CommsProvider };
export type { CommsErrorDetail, CommsLocaleChangeDetail, CommsProviderOperation, CommsReadyDetail } from './comms-provider.js';

defineElement('comms-provider', CommsProvider);
