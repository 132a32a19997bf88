import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryChannel, DeliveryPlan, PlannedDelivery, SkippedRecipient } from '../../domain/types.js';
import { describeError } from '../shared/error-messages.js';
import { errorIcon } from '../shared/icons.js';
import { phoneText } from '../shared/phone-text.js';
import { channelIcon, skippedIcon } from './preview-icons.js';
import { channelLabel, skipLabel } from './labels.js';

/** A list shown page by page. */
export interface ShownList<T> {
  items: T[];
  cursor: string | null;
  loading: boolean;
  error: unknown;
}

type Format = (count: number) => string;

const CHANNELS: readonly DeliveryChannel[] = ['sms', 'email', 'voice'];

// A skipped person's endpoint comes without its kind; emails are stored with their "@".
const anyEndpoint = (endpoint: string) => (endpoint.includes('@') ? html`<bdi>${endpoint}</bdi>` : phoneText(endpoint));

/** The counts: people, messages by channel, duplicates collapsed, people not reached. */
export function renderTotals(plan: DeliveryPlan, format: Format): TemplateResult {
  return html`
    <dl class="totals" part="totals">
      <div class="total"><dt>${msg('People in the audience')}</dt><dd>${format(plan.recipientCount)}</dd></div>
      <div class="total"><dt>${msg('Messages to send')}</dt><dd>${format(plan.deliveryCount)}</dd></div>
      ${CHANNELS.map(
        (channel) => html`<div class="total total-channel">
          <dt>${channelIcon(channel)}${channelLabel(channel)}</dt>
          <dd>${format(plan.byChannel[channel])}</dd>
        </div>`,
      )}
      <div class="total"><dt>${msg('Duplicates collapsed')}</dt><dd>${format(plan.duplicatesCollapsed)}</dd></div>
      <div class="total"><dt>${msg('Not reached')}</dt><dd>${format(plan.skippedCount)}</dd></div>
    </dl>
    ${plan.duplicatesCollapsed > 0
      ? html`<p class="note">
          ${msg(str`People who share a phone or email get one message there together: ${format(plan.duplicatesCollapsed)} fewer messages.`)}
        </p>`
      : nothing}
  `;
}

export interface DeliveryListOptions {
  total: number;
  expanded: ReadonlySet<string>;
  format: Format;
  onToggle: (key: string) => void;
  onMore: () => void;
}

const keyOf = (delivery: PlannedDelivery) => `${delivery.channel}:${delivery.endpoint}`;

/** The planned messages, each opening to show whom it reaches. */
export function renderDeliveries(list: ShownList<PlannedDelivery>, options: DeliveryListOptions): TemplateResult {
  const { expanded, format, onToggle } = options;
  return html`
    <h3 class="subtitle">${msg('Messages')}</h3>
    ${list.items.length === 0
      ? html`<p class="hint">${msg('No messages would be sent.')}</p>`
      : html`<ul class="deliveries">
          ${list.items.map((delivery, index) => {
            const key = keyOf(delivery);
            const open = expanded.has(key);
            const count = delivery.recipients.length;
            return html`<li class="delivery" part="delivery">
              <button type="button" class="delivery-toggle" part="delivery-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`recipients-${index}`} @click=${() => onToggle(key)}>
                <span class="chevron" aria-hidden="true"></span>
                <span class="channel">${channelIcon(delivery.channel)}${channelLabel(delivery.channel)}</span>
                <span class="endpoint">${delivery.channel === 'email' ? html`<bdi>${delivery.endpoint}</bdi>` : phoneText(delivery.endpoint)}</span>
                <span class="reach">${count === 1 ? msg('1 person') : msg(str`${format(count)} people`)}</span>
              </button>
              ${delivery.label
                ? html`<p class="sms-label" part="sms-label"><span class="detail-label">${msg('Starts with:')}</span> <q><bdi>${delivery.label}</bdi></q></p>`
                : nothing}
              ${delivery.fallbackFrom === 'email' ? html`<p class="fallback">${msg('Sent as a text because the email address is bouncing.')}</p>` : nothing}
              <ul id=${`recipients-${index}`} class="recipients" ?hidden=${!open} aria-label=${msg('Reaches')}>
                ${open ? delivery.recipients.map((recipient) => html`<li><bdi>${recipient.displayName}</bdi></li>`) : nothing}
              </ul>
            </li>`;
          })}
        </ul>`}
    ${renderMore(list, options, msg('Show more messages'))}
  `;
}

/** The people who get nothing, with why. */
export function renderSkipped(list: ShownList<SkippedRecipient>, options: { total: number; format: Format; onMore: () => void }): TemplateResult {
  if (options.total === 0) return html``;
  return html`
    <h3 class="subtitle">${msg(str`Not reached (${options.format(options.total)})`)}</h3>
    <ul class="skipped-list">
      ${list.items.map(
        (skipped) => html`<li class="skipped" part="skipped">
          ${skippedIcon}
          <span class="skipped-name"><bdi>${skipped.person.displayName}</bdi></span>
          <span class="skipped-why">${skipLabel(skipped.why)}${skipped.endpoint ? html` · ${anyEndpoint(skipped.endpoint)}` : nothing}</span>
        </li>`,
      )}
    </ul>
    ${renderMore(list, options, msg('Show more people'))}
  `;
}

/** "Show more", unavailable while loading yet focusable: a disabled button drops focus to the page. */
function renderMore<T>(list: ShownList<T>, { total, format, onMore }: { total: number; format: Format; onMore: () => void }, label: string): unknown {
  return html`
    ${list.error
      ? html`<p class="more-error" role="alert">${errorIcon}<span>${msg("Couldn't load more.")} ${describeError(list.error).detail}</span></p>`
      : nothing}
    ${list.cursor !== null
      ? html`<button type="button" class="button more" aria-disabled=${list.loading ? 'true' : 'false'} @click=${() => list.loading || onMore()}>
          ${list.loading ? msg('Loading…', { desc: 'Shown while data is on its way.' }) : list.error ? msg('Try again', { desc: 'Button that repeats a request that failed.' }) : label}
          <span class="more-count">${msg(str`(${format(list.items.length)} of ${format(total)})`)}</span>
        </button>`
      : nothing}
  `;
}
