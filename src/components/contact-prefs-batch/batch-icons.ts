import { svg } from 'lit';

/* Icons of the batch wizard, beside words that say the same (hidden from assistive technology). */

const icon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${paths}</svg>`;

/** A check mark in a circle: finished. */
export const doneIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8Zm3.4 3.7 1.2 1.1-5.6 6-3.5-3.4 1.1-1.2 2.3 2.2 4.5-4.7Z"/>`,
);

/** A square in a circle: stopped before the end. */
export const stoppedIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8ZM7 7h6v6H7V7Z"/>`,
);

/** An exclamation mark in a triangle: a warning. */
export const warningIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5 19 17.5H1L10 1.5Zm0 3.4L3.6 16h12.8L10 4.9Zm-.9 3.6h1.8v4.2H9.1V8.5Zm0 5.1h1.8v1.6H9.1v-1.6Z"/>`,
);
