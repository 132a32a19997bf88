import { svg } from 'lit';
import type { DeliveryChannel } from '../../domain/types.js';

/* Decorative icons beside words that say the same; hidden from assistive technology. */

const icon = (paths: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">${paths}</svg>`;

const smsIcon = icon(svg`<path fill="currentColor" d="M3 3h14c.8 0 1.5.7 1.5 1.5v9c0 .8-.7 1.5-1.5 1.5H8l-4.5 3.5V15H3c-.8 0-1.5-.7-1.5-1.5v-9C1.5 3.7 2.2 3 3 3Zm.1 1.6v8.8h2v2.2l2.8-2.2h9v-8.8H3.1Z"/>`);
const emailIcon = icon(svg`<path fill="currentColor" d="M2.5 4h15c.6 0 1 .4 1 1v10c0 .6-.4 1-1 1h-15c-.6 0-1-.4-1-1V5c0-.6.4-1 1-1Zm.6 2.2v8.2h13.8V6.2L10 11 3.1 6.2Zm1.6-.6L10 9.1l5.3-3.5H4.7Z"/>`);
const voiceIcon = icon(svg`<path fill="currentColor" d="M5.2 2.2 7.6 5c.4.5.4 1.2 0 1.7L6.4 8a10 10 0 0 0 5.6 5.6l1.3-1.2c.5-.4 1.2-.4 1.7 0l2.8 2.4c.5.4.5 1.2.1 1.7l-1.2 1.4c-.6.7-1.6.9-2.5.6A15.4 15.4 0 0 1 2.5 6.8c-.3-.9-.1-1.9.6-2.5L4.3 3c.4-.4 1.1-.3 1.5.1Z"/>`);

export function channelIcon(channel: DeliveryChannel) {
  return channel === 'sms' ? smsIcon : channel === 'email' ? emailIcon : voiceIcon;
}

/** A circle with a bar: not reached. */
export const skippedIcon = icon(svg`<path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 1.6a6.9 6.9 0 1 0 0 13.8 6.9 6.9 0 0 0 0-13.8ZM5.5 9.2h9v1.6h-9V9.2Z"/>`);
