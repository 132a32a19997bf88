import { svg } from 'lit';
import { decorativeIcon } from './icons.js';

/*
 * Icons the conversation list and the thread share: a conversation's markers, drawn alike in
 * the list and the thread's header, and the cross of their dialogs and chips. Decorative: each
 * sits beside words that say the same. Kept apart from ./icons.js because every icon defined
 * in a module stays in the bundle of each element importing that module.
 */

/** A bell struck through. */
export const mutedIcon = decorativeIcon(
  svg`<path fill="currentColor" d="M10 2a5 5 0 0 1 5 5v3.2l1.6 2.7c.3.5 0 1.1-.6 1.1H6.1l1.6-1.6h6.5l-.8-1.4V7a3.4 3.4 0 0 0-6.4-1.6L5.8 4.2A5 5 0 0 1 10 2ZM8 15.6h4a2 2 0 0 1-4 0ZM2.6 2.6l1.1-1.1 14.8 14.8-1.1 1.1-2.7-2.7H3.9c-.6 0-.9-.6-.6-1.1L5 10.2V7c0-.5.1-1 .2-1.4L2.6 2.6Zm4 4L6.6 7v3.6L5.8 12h6.6L6.6 6.6Z"/>`,
);

/** An octagon with a bar: no more replies. */
export const stoppedIcon = decorativeIcon(
  svg`<path fill="currentColor" d="M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7l5-5Zm.7 1.6L3.1 7.2v5.6l4.1 4.1h5.6l4.1-4.1V7.2l-4.1-4.1H7.2ZM5.5 9.1h9v1.8h-9V9.1Z"/>`,
);

/** A box with a lid: archived. */
export const archivedIcon = decorativeIcon(
  svg`<path fill="currentColor" d="M2 3h16v4h-1v10H3V7H2V3Zm2.6 4v8.4h10.8V7H4.6ZM3.6 4.6v.8h12.8v-.8H3.6Zm3.6 4.2h5.6v1.6H7.2V8.8Z"/>`,
);

/** A cross: close, remove. */
export const closeIcon = decorativeIcon(
  svg`<path fill="currentColor" d="m5.3 4 4.7 4.7L14.7 4 16 5.3 11.3 10l4.7 4.7-1.3 1.3-4.7-4.7L5.3 16 4 14.7 8.7 10 4 5.3 5.3 4Z"/>`,
);
