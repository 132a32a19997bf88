import { svg } from 'lit';

/*
 * Small inline icons. Decorative: every use sits next to words that say the same thing,
 * so each is hidden from assistive technology. They draw in `currentColor`.
 */

/** An icon of the kit: a 20 × 20 drawing, its size set by the element's styles. */
export const decorativeIcon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${paths}</svg>`;
const icon = decorativeIcon;

/** A triangle with an exclamation mark, for warnings and errors alike (the words tell them apart). */
export const warningIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5 19 17.5H1L10 1.5Zm0 3.4L3.6 16h12.8L10 4.9Zm-.9 3.6h1.8v4.2H9.1V8.5Zm0 5.1h1.8v1.6H9.1v-1.6Z"/>`,
);
export const errorIcon = warningIcon;

export const infoIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8ZM9.1 8.6h1.8v5.9H9.1V8.6Zm0-3.1h1.8v1.7H9.1V5.5Z"/>`,
);

export const lockIcon = icon(
  svg`<path fill="currentColor" d="M10 1.8a4 4 0 0 1 4 4V8h1.2c.7 0 1.3.6 1.3 1.3v7.4c0 .7-.6 1.3-1.3 1.3H4.8c-.7 0-1.3-.6-1.3-1.3V9.3C3.5 8.6 4.1 8 4.8 8H6V5.8a4 4 0 0 1 4-4Zm5 7.8H5v6.8h10V9.6Zm-5-6.2a2.4 2.4 0 0 0-2.4 2.4V8h4.8V5.8A2.4 2.4 0 0 0 10 3.4Z"/>`,
);
