import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CommsAdapter } from '../../api/adapter.js';
import type { SmsConsentStatus, SmsConsentSummary } from '../../domain/types.js';
import { ADAPTER_CONTEXT_KEY } from '../shared/context-keys.js';
import { isConsentStatus, consentSourceLabel, consentStatusLabel } from './consent-words.js';
import { optinBadgeStyles } from './optin-badge.styles.js';
import { statusIcon } from './optin-badge-icons.js';

declare global {
  interface HTMLElementTagNameMap {
    'optin-badge': OptinBadge;
  }
}

type ConsentLookup = Pick<CommsAdapter, 'getSmsConsent' | 'getSmsConsentForMethod'>;

// The kit's language as of its last switch, for dates.
let kitLocale: string | undefined;

/**
 * Whether a phone number has agreed to receive texts: opted in, opted out or not asked, each
 * with its own icon shape and words (never color alone). Focusing, hovering or tapping the
 * badge shows when, how and by whom the status was set; Escape hides it.
 *
 * Where the status comes from, first match wins:
 * 1. the `status` attribute (static pages, or a parent that already knows the status);
 * 2. the `consent` property (a parent that already has the consent record);
 * 3. the `method-id` attribute, the id of a phone contact method whose number's consent is looked
 *    up through the element's `adapter`, else the nearest `<comms-provider>`'s (a method that is
 *    not a phone shows the status as unavailable);
 * 4. the `phone` attribute, looked up the same way.
 *
 * Portals show a badge next to every phone, so it is kept to Lit and little else (under 8 kB
 * gzip with Lit): it does not extend `CommsElement`, and asks the provider for the adapter with
 * the context protocol directly. Its words follow the kit's language, as
 * chosen by the provider or any other element of the kit.
 *
 * @tagname optin-badge
 *
 * @csspart badge - The badge: icon and words.
 * @csspart label - The status words (visually hidden in compact mode, still the accessible name).
 * @csspart tooltip - The details shown on focus, hover or tap.
 * @csspart retry-button - The "Try again" button shown when the status could not be loaded.
 *
 * @cssprop [--comms-color-success=light-dark(#1a6333, #7fdc9d)] - Opted-in icon.
 * @cssprop [--comms-color-danger=light-dark(#b42318, #ff9b91)] - Opted-out icon.
 * @cssprop [--comms-color-warning=light-dark(#7a4700, #f5c36b)] - Icon of a status that could not be loaded.
 * @cssprop [--comms-color-text-muted=light-dark(#57606a, #a3adb8)] - Not-asked icon, "Checking…" words.
 * @cssprop [--comms-color-focus=light-dark(#0b5cad, #7cb7ff)] - Focus ring color.
 * @cssprop [--comms-focus-ring=2px solid var(--comms-color-focus)] - Focus ring.
 * @cssprop [--comms-font-size-small=0.875rem] - Size of the badge's words.
 * @cssprop [--comms-radius=0.375rem] - Corner radius of the buttons.
 */
export class OptinBadge extends LitElement {
  static override styles = optinBadgeStyles;

  static override properties: PropertyDeclarations = {
    status: {},
    phone: {},
    methodId: { attribute: 'method-id' },
    compact: { type: Boolean, reflect: true },
    consent: { attribute: false },
    adapter: { attribute: false },
    _adapter: { state: true },
    _consent: { state: true },
    _failed: { state: true },
    _hide: { state: true },
  };

  /**
   * The status to show without asking the adapter: `optedIn`, `optedOut` or `notAsked`.
   * Stable API: other elements of the kit render `<optin-badge status=… compact>`.
   */
  declare status?: SmsConsentStatus;
  /** The phone number in E.164 (`+12015550123`) whose consent to look up through the adapter. */
  declare phone?: string;
  /** The id of a phone contact method whose number's consent to look up through the adapter; wins over `phone`. */
  declare methodId?: string;
  /** Icon only, for tight spaces: the words stay the accessible name and open the tooltip. Stable API. */
  declare compact?: boolean;
  /** A consent record to show as it is (status, when, how, by whom); wins over `method-id` and `phone`. */
  declare consent?: SmsConsentSummary;
  /** This element's own data source; default: the nearest `<comms-provider>`'s. */
  declare adapter?: Partial<ConsentLookup>;

  declare private _adapter?: Partial<ConsentLookup>;
  declare private _consent?: SmsConsentSummary;
  declare private _failed?: boolean | undefined;
  declare private _hide?: boolean;
  #request?: AbortController;
  #stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // What @lit/localize's updateWhenLocaleChanges does, for a fraction of its size.
    addEventListener('lit-localize-status', this.#onLocale);
    this.#askAdapter();
    // A provider defined after this badge asked: ask again once it exists.
    customElements.whenDefined('comms-provider').then(this.#askAdapter);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('lit-localize-status', this.#onLocale);
    document.removeEventListener('keydown', this.#escape);
    this.#stop?.();
    this.#request?.abort();
  }

  #onLocale = (event: Event): void => {
    const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (detail.status === 'ready') {
      kitLocale = detail.readyLocale;
      this.requestUpdate();
    }
  };

  // Asks the provider for the adapter with the context protocol, as @lit/context's consumer
  // would, without the library.
  #askAdapter = (): void => {
    if (this.isConnected && !this._adapter) {
      this.dispatchEvent(
        Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
          context: ADAPTER_CONTEXT_KEY,
          subscribe: true,
          callback: (value: ConsentLookup, stop?: () => void) => {
            this.#stop = stop;
            this._adapter = value;
          },
        }),
      );
    }
  };

  protected override updated(changed: PropertyValues): void {
    if (changed.has('adapter') || changed.has('_adapter') || changed.has('methodId') || changed.has('phone')) this.#load();
  }

  #load = (): void => {
    this.#request?.abort();
    this._consent = this._failed = undefined;
    const source = this.adapter ?? this._adapter;
    // One path for both inputs, the method id first: the adapter method is chosen by name.
    const key = this.methodId || this.phone;
    const lookup = this.methodId ? 'getSmsConsentForMethod' : 'getSmsConsent';
    if (!key || !source?.[lookup]) return;
    const { signal } = (this.#request = new AbortController());
    source[lookup](key, { signal }).then(
      (consent) => {
        if (!signal.aborted) this._consent = consent;
      },
      () => (this._failed = !signal.aborted),
    );
  };

  protected override render(): unknown {
    const shown = (isConsentStatus(this.status) ? { status: this.status } : this.consent) ?? this._consent;
    if (shown) return this.#renderStatus(shown);
    return this._failed
      ? html`<span class="unknown" part="badge">${statusIcon('unknown')}${msg('Texting status unavailable')} <button part="retry-button" @click=${this.#load}>${msg('Try again', { desc: 'Button that repeats a request that failed.' })}</button></span>`
      : html`<span class="pending" part="badge">${msg('Looking up texting status')}</span>`;
  }

  #renderStatus({ status, updatedAt, source, actor }: Partial<SmsConsentSummary> & { status: SmsConsentStatus }): unknown {
    const label = consentStatusLabel(status);
    // Templates written tight: their text is shipped as written. Dates in the language of the words
    // around them (the kit's, English until it switches), in digits: the same in every script, and
    // no untranslated month names in the pseudo-locale.
    return html`<span class="${status} ${this._hide ? 'hide' : ''}" part="badge" @mouseenter=${this.#hover} @mouseleave=${this.#show} @focusout=${this.#show} @keydown=${this.#escape}><button aria-describedby="tip">${statusIcon(status)}<span class="label" part="label">${label}</span></button><span id="tip" role="tooltip" part="tooltip">${
      this.compact ? html`<b>${label}</b><br>` : nothing
    }${
      source
        ? html`${updatedAt ? html`${msg(str`When: ${new Date(updatedAt).toLocaleDateString(kitLocale, { dateStyle: 'short' })}`)}<br>` : nothing}${msg(str`How: ${consentSourceLabel(source)}`)}<br>${
            actor ? msg(str`By: ${actor.displayName}`) : msg("By: the number's holder")
          }`
        : msg('No details recorded.')
    }</span></span>`;
  }

  // Escape hides the details (WCAG 1.4.13) until the pointer or focus leaves the badge, and
  // details shown by hovering hear it wherever focus is.
  #escape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this._hide = true;
  };

  #hover = (): void => document.addEventListener('keydown', this.#escape);

  #show = (): void => {
    document.removeEventListener('keydown', this.#escape);
    this._hide = false;
  };
}
