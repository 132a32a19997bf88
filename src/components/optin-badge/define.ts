import { defineElement } from '../shared/define.js';
import { OptinBadge } from './optin-badge.js';

export { OptinBadge };

defineElement('optin-badge', OptinBadge);
