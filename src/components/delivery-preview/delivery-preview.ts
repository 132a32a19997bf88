import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CommsAdapter } from '../../api/adapter.js';
import type { ContactReason, DeliveryPlan, Page, PlannedDelivery, SavedAudience, SkippedRecipient } from '../../domain/types.js';
import { CommsElement } from '../shared/comms-element.js';
import { DataTask } from '../shared/data-task.js';
import { renderEmpty, renderError } from '../shared/state-views.js';
import { renderDeliveries, renderSkipped, renderTotals, type ShownList } from './plan-views.js';
import { chevronStyles } from '../shared/chevron.styles.js';
import { previewStyles } from './delivery-preview.styles.js';
import { reasonLabel } from './labels.js';

type PreviewMethods = 'planDelivery' | 'listSavedAudiences' | 'listPlannedDeliveries' | 'listSkippedRecipients';
type PlanArgs = readonly [adapter: Pick<CommsAdapter, PreviewMethods>, reason: ContactReason, audience: string, urgent: boolean];

/** A list that grows page by page after the plan's first page. */
type PagedList<T> = ShownList<T>;

const fromPage = <T>(page: Page<T>): PagedList<T> => ({ items: page.items, cursor: page.nextCursor, loading: false, error: undefined });

function personIdList(value: string | null): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/**
 * What sending a communication would do, before anyone presses send: for an audience (people,
 * or a saved audience) and a contact reason, how many people it reaches, the messages it sends
 * by channel — one per distinct phone or email, so people sharing one get one message — the SMS
 * labels naming whom a shared phone's text is for, and who is not reached and why (opted out,
 * no method on, inactive). Each message opens to show whom it reaches.
 *
 * Without `person-ids` or `audience-id`, the viewer picks one of their saved audiences. The
 * reason can be changed among those the district has enabled.
 *
 * @tagname delivery-preview
 * @csspart title - The heading.
 * @csspart totals - The counts: recipients, messages by channel, duplicates collapsed, skipped.
 * @csspart delivery - One planned message.
 * @csspart delivery-toggle - The button that shows whom a message reaches.
 * @csspart sms-label - The label an SMS to a shared phone starts with.
 * @csspart skipped - One person who is not reached.
 */
export class DeliveryPreview extends CommsElement<PreviewMethods> {
  static override adapterMethods = ['planDelivery', 'listSavedAudiences', 'listPlannedDeliveries', 'listSkippedRecipients'] as const;
  static override requires = ['settings'] as const;
  static override styles = [...CommsElement.styles, chevronStyles, previewStyles];

  /** A saved audience to plan for. Ignored when `personIds` is given. */
  @property({ attribute: 'audience-id', reflect: true }) audienceId?: string;
  /** The people to plan for (attribute: ids separated by spaces or commas). */
  @property({ attribute: 'person-ids', converter: { fromAttribute: personIdList } }) personIds?: string[];
  /** The contact reason of the communication. Default: the district's first enabled reason. */
  @property({ reflect: true }) reason?: ContactReason;
  /** An urgent communication also calls every voice number whose preference is on. */
  @property({ type: Boolean, reflect: true }) urgent = false;

  @state() private expanded = new Set<string>();
  @state() private deliveries?: PagedList<PlannedDelivery>;
  @state() private skipped?: PagedList<SkippedRecipient>;

  readonly #audiences = new DataTask(this, {
    args: () => (this.activeAdapter && !this.personIds?.length ? ([this.activeAdapter] as const) : undefined),
    load: ([adapter], signal) => adapter.listSavedAudiences({ signal, limit: 200 }),
  });

  readonly #plan = new DataTask<PlanArgs, DeliveryPlan>(this, {
    args: () => {
      const adapter = this.activeAdapter;
      const reason = this.#reason;
      const audience = this.personIds?.length ? `people:${this.personIds.join(',')}` : this.audienceId ? `audience:${this.audienceId}` : undefined;
      return adapter && reason && audience ? ([adapter, reason, audience, this.urgent] as const) : undefined;
    },
    load: ([adapter, reason, audience, urgent], signal) => {
      const [kind, id] = [audience.slice(0, audience.indexOf(':')), audience.slice(audience.indexOf(':') + 1)];
      return adapter.planDelivery(
        { reason, urgent, ...(kind === 'people' ? { personIds: id.split(',') } : { audienceId: id }) },
        { idempotencyKey: crypto.randomUUID(), signal },
      );
    },
    isEmpty: (plan) => plan.recipientCount === 0,
  });
  #planShown: DeliveryPlan | undefined;

  get #reason(): ContactReason | undefined {
    const enabled = this.activeSettings?.enabledReasons ?? [];
    return this.reason ?? enabled[0];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const plan = this.#plan.value;
    if (plan !== this.#planShown) {
      this.#planShown = plan;
      this.deliveries = plan ? fromPage(plan.deliveries) : undefined;
      this.skipped = plan ? fromPage(plan.skipped) : undefined;
      this.expanded = new Set();
    }
  }

  protected renderContent(): unknown {
    return html`
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title" class="title" part="title">${msg('Who will get this message')}</h2>
        ${this.#renderChoices()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.#summary()}</div>
        <div class="plan">
          ${this.#plan.render({
            idle: () => (this.personIds?.length || this.audienceId ? nothing : html`<p class="hint">${msg('Choose an audience to see who the message reaches.')}</p>`),
            empty: () => renderEmpty({ message: msg('No one is in this audience.') }),
            ready: (plan) => this.#renderPlan(plan),
          })}
        </div>
      </section>
    `;
  }

  #renderChoices(): TemplateResult {
    const enabled = this.activeSettings?.enabledReasons ?? [];
    const reason = this.#reason;
    return html`
      <form class="choices" @submit=${(event: Event) => event.preventDefault()}>
        ${this.personIds?.length ? nothing : this.#renderAudienceChoice()}
        <label class="field">
          <span class="field-label">${msg('Reason')}</span>
          <select name="reason" @change=${(event: Event) => (this.reason = (event.target as HTMLSelectElement).value as ContactReason)}>
            ${enabled.map((option) => html`<option value=${option} ?selected=${option === reason}>${reasonLabel(option)}</option>`)}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" name="urgent" .checked=${this.urgent} @change=${(event: Event) => (this.urgent = (event.target as HTMLInputElement).checked)} />
          <span>${msg('Urgent: also call voice numbers')}</span>
        </label>
      </form>
    `;
  }

  #renderAudienceChoice(): unknown {
    return this.#audiences.render({
      loading: () => html`<p class="field">${msg('Loading audiences…')}</p>`,
      error: (error, retry) => renderError(error, { onRetry: retry }),
      ready: (page: Page<SavedAudience>) => html`
        <label class="field">
          <span class="field-label">${msg('Audience')}</span>
          <select name="audience" @change=${(event: Event) => (this.audienceId = (event.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!this.audienceId}>${msg('Choose an audience')}</option>
            ${page.items.map(
              (audience) =>
                html`<option value=${audience.id} ?selected=${audience.id === this.audienceId}>${msg(str`${audience.name} (${this.formatCount(audience.size)} people)`)}</option>`,
            )}
          </select>
        </label>
      `,
    });
  }

  #renderPlan(plan: DeliveryPlan): TemplateResult {
    const deliveries = this.deliveries ?? fromPage(plan.deliveries);
    const skipped = this.skipped ?? fromPage(plan.skipped);
    return html`
      ${renderTotals(plan, this.formatCount)}
      ${renderDeliveries(deliveries, {
        total: plan.deliveryCount,
        expanded: this.expanded,
        format: this.formatCount,
        onToggle: (key) => this.#toggle(key),
        onMore: () => void this.#more(plan, 'deliveries'),
      })}
      ${renderSkipped(skipped, { total: plan.skippedCount, format: this.formatCount, onMore: () => void this.#more(plan, 'skipped') })}
    `;
  }

  /** One sentence for the live region, when a plan has arrived. */
  #summary(): string {
    const plan = this.#plan.state === 'ready' ? this.#plan.value : undefined;
    if (!plan) return '';
    const people = this.formatCount(plan.recipientCount);
    const messages = this.formatCount(plan.deliveryCount);
    // Label and number, so no language needs a plural form chosen here.
    return msg(str`People: ${people}. Messages: ${messages}.`);
  }

  #toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    this.expanded = expanded;
  }

  /** Fetches the next page of a plan's deliveries or skipped people; a failure keeps what is shown. */
  async #more(plan: DeliveryPlan, which: 'deliveries' | 'skipped'): Promise<void> {
    const adapter = this.activeAdapter;
    const list = this[which];
    if (!adapter || !list || list.loading || list.cursor === null) return;
    this[which] = { ...list, loading: true, error: undefined } as never;
    try {
      const page =
        which === 'deliveries'
          ? await adapter.listPlannedDeliveries(plan.id, { cursor: list.cursor, limit: 50 })
          : await adapter.listSkippedRecipients(plan.id, { cursor: list.cursor, limit: 50 });
      if (this.#planShown !== plan) return;
      this[which] = { items: [...list.items, ...page.items], cursor: page.nextCursor, loading: false, error: undefined } as never;
    } catch (error) {
      if (this.#planShown !== plan) return;
      this[which] = { ...list, loading: false, error } as never;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'delivery-preview': DeliveryPreview;
  }
}
