import { svg } from 'lit';
import { decorativeIcon } from '../shared/icons.js';

/* Icons of the batch wizard, beside words that say the same (hidden from assistive technology). */

const icon = decorativeIcon;

/** A check mark in a circle: finished. */
export const doneIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8Zm3.4 3.7 1.2 1.1-5.6 6-3.5-3.4 1.1-1.2 2.3 2.2 4.5-4.7Z"/>`,
);

/** A square in a circle: stopped before the end. */
export const stoppedIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8ZM7 7h6v6H7V7Z"/>`,
);
