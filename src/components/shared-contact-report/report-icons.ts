import { svg } from 'lit';

/*
 * Icons of the report. Decorative: each sits beside words that say the same, so each is
 * hidden from assistive technology; they draw in `currentColor`.
 */

const icon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">${paths}</svg>`;

export const phoneIcon = icon(
  svg`<path fill="currentColor" d="M6 1.5h8c.8 0 1.5.7 1.5 1.5v14c0 .8-.7 1.5-1.5 1.5H6c-.8 0-1.5-.7-1.5-1.5V3c0-.8.7-1.5 1.5-1.5Zm.1 1.6v13.8h7.8V3.1H6.1Zm2.9 11h2v1.6H9v-1.6Z"/>`,
);

export const emailIcon = icon(
  svg`<path fill="currentColor" d="M2.5 4h15c.6 0 1 .4 1 1v10c0 .6-.4 1-1 1h-15c-.6 0-1-.4-1-1V5c0-.6.4-1 1-1Zm.6 2.2v8.2h13.8V6.2L10 11 3.1 6.2Zm1.6-.6L10 9.1l5.3-3.5H4.7Z"/>`,
);

/** A flag on a pole: the shape, not the color, marks a flagged group. */
export const flagIcon = icon(
  svg`<path fill="currentColor" d="M4 1.5h1.6v1h10.2l-2.4 4.3 2.4 4.3H5.6v7.4H4V1.5Zm1.6 2.6v5.4h7.5L11.6 6.8l1.5-2.7H5.6Z"/>`,
);

/** A check mark: no flags. */
export const checkIcon = icon(svg`<path fill="currentColor" d="m7.8 13.2 8.3-8.3 1.2 1.2-9.5 9.4-5-5 1.2-1.1 3.8 3.8Z"/>`);
