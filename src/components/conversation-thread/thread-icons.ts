import { svg } from 'lit';

/* The thread's own icons. Decorative: each sits next to words that say the same. */

const icon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${paths}</svg>`;

export const checkIcon = icon(svg`<path fill="currentColor" d="m7.9 13.6-3.5-3.5-1.2 1.2 4.7 4.7 9.6-9.6-1.2-1.2-8.4 8.4Z"/>`);

export const clockIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8Zm.8 2.4v4.2l3 1.8-.8 1.4-3.8-2.3V5.5h1.6Z"/>`,
);

export const paperclipIcon = icon(
  svg`<path fill="currentColor" d="M13.5 4.6a2.3 2.3 0 0 0-3.3 0l-5.6 5.6a3.6 3.6 0 0 0 5.1 5.1l5-5 1.1 1.1-5 5a5.1 5.1 0 0 1-7.3-7.3l5.6-5.6a3.9 3.9 0 0 1 5.5 5.5l-5.3 5.3a2.6 2.6 0 0 1-3.7-3.7l4.9-4.9 1.1 1.1-4.9 4.9a1.1 1.1 0 0 0 1.5 1.5l5.3-5.3a2.3 2.3 0 0 0 0-3.3Z"/>`,
);

export const stopIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17ZM4.6 5.7a6.9 6.9 0 0 0 9.7 9.7L4.6 5.7Zm5.4-2.6a6.9 6.9 0 0 0-4.3 1.5l9.7 9.7A6.9 6.9 0 0 0 10 3.1Z"/>`,
);

export const bellOffIcon = icon(
  svg`<path fill="currentColor" d="m2.6 1.5 15.9 15.9-1.1 1.1-2.6-2.6H3.5v-1.5l1.6-1.7V8.4c0-1 .3-2 .8-2.8L1.5 2.6l1.1-1.1ZM10 2.3a5 5 0 0 1 4.9 5.1v4l-1.6-1.6V7.4A3.4 3.4 0 0 0 10 3.9c-.8 0-1.5.3-2.1.7L6.8 3.5A5 5 0 0 1 10 2.3ZM6.7 8.4v4.5l-.9 1h7L6.7 7.8v.6Zm1.8 8.1h3a1.5 1.5 0 0 1-3 0Z"/>`,
);

export const archiveIcon = icon(
  svg`<path fill="currentColor" d="M2 3h16v4h-1v10H3V7H2V3Zm2.6 4v8.4h10.8V7H4.6ZM3.6 4.6v.8h12.8v-.8H3.6Zm3.6 4.2h5.6v1.6H7.2V8.8Z"/>`,
);

export const arrowDownIcon = icon(svg`<path fill="currentColor" d="M9.2 3h1.6v10.6l4-4 1.1 1.1L10 16.6l-5.9-5.9 1.1-1.1 4 4V3Z"/>`);

export const closeIcon = icon(svg`<path fill="currentColor" d="m10 8.9 4.6-4.6 1.1 1.1-4.6 4.6 4.6 4.6-1.1 1.1-4.6-4.6-4.6 4.6-1.1-1.1 4.6-4.6-4.6-4.6 1.1-1.1 4.6 4.6Z"/>`);
