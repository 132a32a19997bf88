import { svg } from 'lit';
import { decorativeIcon } from '../shared/icons.js';

/*
 * Icons of the conversation list. Decorative: each sits beside words that say the same, so
 * each is hidden from assistive technology. They draw in `currentColor`.
 */

/** A plus sign. */
export const plusIcon = decorativeIcon(svg`<path fill="currentColor" d="M9.1 3h1.8v6.1H17v1.8h-6.1V17H9.1v-6.1H3V9.1h6.1V3Z"/>`);
