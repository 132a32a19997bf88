import { svg } from 'lit';

/*
 * Icons of the conversation list. Decorative: each sits beside words that say the same, so
 * each is hidden from assistive technology. They draw in `currentColor`.
 */

const icon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${paths}</svg>`;

/** A bell struck through. */
export const mutedIcon = icon(
  svg`<path fill="currentColor" d="M10 2a5 5 0 0 1 5 5v3.2l1.6 2.7c.3.5 0 1.1-.6 1.1H6.1l1.6-1.6h6.5l-.8-1.4V7a3.4 3.4 0 0 0-6.4-1.6L5.8 4.2A5 5 0 0 1 10 2ZM8 15.6h4a2 2 0 0 1-4 0ZM2.6 2.6l1.1-1.1 14.8 14.8-1.1 1.1-2.7-2.7H3.9c-.6 0-.9-.6-.6-1.1L5 10.2V7c0-.5.1-1 .2-1.4L2.6 2.6Zm4 4L6.6 7v3.6L5.8 12h6.6L6.6 6.6Z"/>`,
);

/** An octagon with a bar: no more replies. */
export const stoppedIcon = icon(
  svg`<path fill="currentColor" d="M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7l5-5Zm.7 1.6L3.1 7.2v5.6l4.1 4.1h5.6l4.1-4.1V7.2l-4.1-4.1H7.2ZM5.5 9.1h9v1.8h-9V9.1Z"/>`,
);

/** A plus sign. */
export const plusIcon = icon(svg`<path fill="currentColor" d="M9.1 3h1.8v6.1H17v1.8h-6.1V17H9.1v-6.1H3V9.1h6.1V3Z"/>`);

/** A cross. */
export const closeIcon = icon(
  svg`<path fill="currentColor" d="m5.3 4 4.7 4.7L14.7 4 16 5.3 11.3 10l4.7 4.7-1.3 1.3-4.7-4.7L5.3 16 4 14.7 8.7 10 4 5.3 5.3 4Z"/>`,
);

/** A warning triangle. */
export const warningIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5 19 17.5H1L10 1.5Zm0 3.4L3.6 16h12.8L10 4.9Zm-.9 3.6h1.8v4.2H9.1V8.5Zm0 5.1h1.8v1.6H9.1v-1.6Z"/>`,
);
