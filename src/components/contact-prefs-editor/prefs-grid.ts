import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { channelsOffered, textAvailability, type ReasonAvailability, type TextUnavailableReason } from '../../domain/preference-rules.js';
import type { ContactReason, PreferenceCell, PreferenceChannel } from '../../domain/types.js';
import { isPhoneType } from '../../domain/vocabulary.js';
import type { DraftMethod } from './prefs-draft.js';
import { channelLabel, methodTypeLabel, reasonLabel, textUnavailableWords } from './prefs-labels.js';
import { displayValue, methodInSentence, switchName } from './prefs-words.js';
import { renderSmsStatus } from './sms-status.js';

/** Everything the grid shows; the element owns the state and the handlers. */
export interface GridView {
  methods: readonly DraftMethod[];
  /** The columns: every reason that applies to the person, disabled ones included. */
  reasons: ReadonlyArray<{ reason: ContactReason; availability: ReasonAvailability }>;
  isOn(cell: Omit<PreferenceCell, 'enabled'>): boolean;
  editable: boolean;
  textingEnabled: boolean;
  /** Errors the server reported about a method, by id or clientId. */
  methodErrors: ReadonlyMap<string, readonly string[]>;
  onToggle(cell: PreferenceCell): void;
  onEdit(id: string): void;
  onRemove(id: string): void;
}

/** Why text cannot be switched on for a method in the grid, if it cannot. */
export function textBlockedBy(method: DraftMethod, textingEnabled: boolean): TextUnavailableReason | 'unsaved' | undefined {
  // A number typed in now has no known consent until it is saved.
  if (method.draftState !== 'saved' && method.type === 'cellPhone' && textingEnabled) return 'unsaved';
  const text = textAvailability(method, { textingEnabled });
  return text.available ? undefined : text.why;
}

/**
 * The methods × reasons grid: a table whose cells hold native checkboxes (see the element's
 * docs for the keys). Each checkbox carries its full name; a text checkbox that cannot be
 * switched on stays focusable, says why through `aria-describedby`, and refuses the change.
 */
export function renderGrid(view: GridView): TemplateResult {
  const reasonLabels = view.reasons.map(({ reason }) => reasonLabel(reason));
  // One listener for every switch; each says where it sits in data attributes.
  const onClick = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.dataset['row'] === undefined) return;
    const method = view.methods[Number(input.dataset['row'])];
    const reason = view.reasons[Number(input.dataset['column'])]?.reason;
    if (!method || !reason) return;
    if (input.getAttribute('aria-disabled') === 'true' && input.checked) {
      event.preventDefault();
      return;
    }
    view.onToggle({ methodId: method.id, reason, channel: input.dataset['channel'] as PreferenceChannel, enabled: input.checked });
  };
  return html`
    <table class="grid" part="grid" @click=${onClick}>
      <caption class="visually-hidden">${msg('Which messages go to which contact method')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Contact method')}</th>
          ${view.reasons.map(
            ({ reason, availability }) => html`<th scope="col">
              <span class="reason">${reasonLabel(reason)}</span>
              ${availability === 'notEnabled' ? html`<span class="muted">${msg('Not enabled')}</span>` : nothing}
            </th>`,
          )}
          ${view.editable ? html`<th scope="col" class="actions-column"><span class="visually-hidden">${msg('Actions')}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.methods.map((method, row) => renderRow(view, method, row, reasonLabels))}
      </tbody>
    </table>
  `;
}

function renderRow(view: GridView, method: DraftMethod, row: number, reasonLabels: readonly string[]): TemplateResult {
  const blocked = isPhoneType(method.type) ? textBlockedBy(method, view.textingEnabled) : undefined;
  const whyId = `text-why-${row}`;
  const errors = view.methodErrors.get(method.id) ?? [];
  const typeLabel = methodTypeLabel(method.type);
  const value = displayValue(method);
  const others = method.sharedAccountCount;
  const methodWords = methodInSentence(method);
  return html`
    <tr data-method-id=${method.id}>
      <th scope="row" class="method">
        <span class="method-type">${typeLabel}</span>
        <bdi class="method-value" title=${value}>${value}</bdi>
        <span class="method-notes">
          ${isPhoneType(method.type) && method.draftState === 'saved' ? renderSmsStatus(method.smsConsent) : nothing}
          ${others > 0 ? html`<span class="note">${others === 1 ? msg('Also on 1 other account') : msg(str`Also on ${others} other accounts`)}</span>` : nothing}
          ${method.confirmation === 'unconfirmed' ? html`<span class="note tag">${msg('Not confirmed')}</span>` : nothing}
          ${method.confirmation === 'notMine' ? html`<span class="note tag">${msg('Reported as not yours')}</span>` : nothing}
          ${method.draftState === 'added' ? html`<span class="note tag">${msg('New, not saved')}</span>` : nothing}
          ${method.draftState === 'edited' ? html`<span class="note tag">${msg('Changed, not saved')}</span>` : nothing}
        </span>
        ${blocked ? html`<span class="text-why" id=${whyId}>${textUnavailableWords(blocked)}</span>` : nothing}
        ${errors.map((error) => html`<span class="field-error">${error}</span>`)}
      </th>
      ${view.reasons.map(({ reason, availability }, column) =>
        availability === 'available'
          ? html`<td data-reason=${reasonLabels[column]!}>
              ${channelsOffered(method.type).map((channel) => renderSwitch(view, method, methodWords, reason, channel, row, column, blocked, whyId))}
            </td>`
          : html`<td class="not-enabled muted" data-reason=${reasonLabels[column]!}>${msg('Not enabled')}</td>`,
      )}
      ${view.editable
        ? html`<td class="actions">
            ${method.usedForSignIn
              ? html`<span class="muted">${msg('Used to sign in')}</span>`
              : html`<button type="button" class="button small" aria-label=${msg(str`Change ${typeLabel} ${value}`)} @click=${() => view.onEdit(method.id)}>
                    ${msg('Change')}
                  </button>
                  <button type="button" class="button small" aria-label=${msg(str`Remove ${typeLabel} ${value}`)} @click=${() => view.onRemove(method.id)}>
                    ${msg('Remove')}
                  </button>`}
          </td>`
        : nothing}
    </tr>
  `;
}

function renderSwitch(
  view: GridView,
  method: DraftMethod,
  methodWords: string,
  reason: ContactReason,
  channel: PreferenceChannel,
  row: number,
  column: number,
  blocked: TextUnavailableReason | 'unsaved' | undefined,
  whyId: string,
): TemplateResult {
  const on = view.isOn({ methodId: method.id, reason, channel });
  // Switching off is always allowed; switching text on only where the rules allow it.
  const refuseOn = channel === 'text' && blocked !== undefined;
  const unavailable = refuseOn && !on;
  return html`<label class="switch">
    <input
      type="checkbox"
      data-row=${row}
      data-column=${column}
      data-channel=${channel}
      .checked=${on}
      ?disabled=${!view.editable}
      aria-disabled=${unavailable ? 'true' : nothing}
      aria-label=${switchName(reason, method, channel, methodWords)}
      aria-describedby=${refuseOn ? whyId : nothing}
    />
${channelLabel(channel)}</label>`;
}
