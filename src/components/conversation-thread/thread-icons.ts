import { svg } from 'lit';
import { decorativeIcon } from '../shared/icons.js';

/* The thread's own icons. Decorative: each sits next to words that say the same. */

const icon = decorativeIcon;

export const checkIcon = icon(svg`<path fill="currentColor" d="m7.9 13.6-3.5-3.5-1.2 1.2 4.7 4.7 9.6-9.6-1.2-1.2-8.4 8.4Z"/>`);

export const clockIcon = icon(
  svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8Zm.8 2.4v4.2l3 1.8-.8 1.4-3.8-2.3V5.5h1.6Z"/>`,
);

export const paperclipIcon = icon(
  svg`<path fill="currentColor" d="M13.5 4.6a2.3 2.3 0 0 0-3.3 0l-5.6 5.6a3.6 3.6 0 0 0 5.1 5.1l5-5 1.1 1.1-5 5a5.1 5.1 0 0 1-7.3-7.3l5.6-5.6a3.9 3.9 0 0 1 5.5 5.5l-5.3 5.3a2.6 2.6 0 0 1-3.7-3.7l4.9-4.9 1.1 1.1-4.9 4.9a1.1 1.1 0 0 0 1.5 1.5l5.3-5.3a2.3 2.3 0 0 0 0-3.3Z"/>`,
);

export const arrowDownIcon = icon(svg`<path fill="currentColor" d="M9.2 3h1.6v10.6l4-4 1.1 1.1L10 16.6l-5.9-5.9 1.1-1.1 4 4V3Z"/>`);

