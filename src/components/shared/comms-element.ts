import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, type CSSResultArray, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CommsAdapter } from '../../api/adapter.js';
import type { DistrictSettings, Viewer } from '../../domain/types.js';
import {
  adapterContext,
  ensureContextRoot,
  localeContext,
  pendingContext,
  settingsContext,
  viewerContext,
  type ProviderPending,
} from './contexts.js';
import { controlStyles } from './controls.styles.js';
import { DataTask } from './data-task.js';
import { followPageLocale, getKitLocale, resolveKitLocale, setKitLocale, type KitLocale } from './localization.js';
import { renderError, renderLoading, renderNotConfigured } from './state-views.js';
import { stateViewStyles } from './state-views.styles.js';
import { themeStyles } from './theme.js';

/** A value an element can need from the viewer's session before it can show anything. */
export type SessionPart = 'viewer' | 'settings';

/** An adapter that surely has the methods `M`, and maybe others. */
export type AdapterWith<M extends keyof CommsAdapter> = Partial<CommsAdapter> & Pick<CommsAdapter, M>;

type SessionArgs = readonly [viewerFrom: Partial<CommsAdapter> | undefined, settingsFrom: Partial<CommsAdapter> | undefined];
interface FetchedSession {
  viewer?: Viewer;
  settings?: DistrictSettings;
}

/**
 * Base class of every element of the kit.
 *
 * It finds the element's data source and session, and shows the right state until the
 * element can show its content:
 *
 * - the adapter: the element's own `adapter` property, else the nearest `<comms-provider>`'s.
 *   With none (or one lacking a method listed in `static adapterMethods`), once
 *   `configurationGraceMs` has passed, it shows a localized "not set up" message and warns in
 *   the console: never a blank box, never an exception;
 * - the viewer and district settings, when listed in `static requires`: own property, else the
 *   provider's, else fetched through the adapter; loading and error views in the meantime;
 * - the language: follows the provider, the element's own `locale`, or the page, and
 *   re-renders when it changes (as `@localized()` would; subclasses need not add it).
 *
 * A subclass lists what it needs and implements `renderContent()`; it does not override
 * `render()`. For its own data it uses a `DataTask`, which gives loading, empty, error and
 * ready views and aborts requests the element no longer needs.
 *
 * ```ts
 * export class OptinBadge extends CommsElement<'getSmsConsent'> {
 *   static override adapterMethods = ['getSmsConsent'] as const;
 *   protected renderContent() { … this.activeAdapter!.getSmsConsent(…) … }
 * }
 * ```
 *
 * @slot empty-action - Replaces the action offered by the empty view, if the element shows one.
 *
 * @csspart state - Every state view: loading, empty, error, not configured.
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @csspart not-configured - The view shown when the element has no data source.
 * @csspart retry-button - The error view's "Try again" button.
 * @csspart read-only-notice - The notice shown when the viewer can look but not change.
 *
 * @cssprop [--comms-color-text=light-dark(#1b1f24, #e6edf3)] - Body text.
 * @cssprop [--comms-color-text-muted=light-dark(#57606a, #a3adb8)] - Secondary text.
 * @cssprop [--comms-color-surface=light-dark(#ffffff, #14181e)] - Background.
 * @cssprop [--comms-color-surface-raised=light-dark(#f3f5f7, #1e252e)] - Background of raised or grouped areas.
 * @cssprop [--comms-color-border=light-dark(#6e7781, #8b949e)] - Borders of fields and containers.
 * @cssprop [--comms-color-accent=light-dark(#0b5cad, #7cb7ff)] - Primary buttons, links, selection.
 * @cssprop [--comms-color-on-accent=light-dark(#ffffff, #0b1016)] - Text on the accent color.
 * @cssprop [--comms-color-danger=light-dark(#b42318, #ff9b91)] - Error text and icons.
 * @cssprop [--comms-color-danger-surface=light-dark(#fdeceb, #3a1614)] - Background of errors.
 * @cssprop [--comms-color-success=light-dark(#1a6333, #7fdc9d)] - Success text and icons.
 * @cssprop [--comms-color-success-surface=light-dark(#e7f4eb, #10301c)] - Background of success messages.
 * @cssprop [--comms-color-warning=light-dark(#7a4700, #f5c36b)] - Warning text and icons.
 * @cssprop [--comms-color-warning-surface=light-dark(#fff3dc, #372708)] - Background of warnings.
 * @cssprop [--comms-color-info=light-dark(#0b4f8a, #8fc3ff)] - Informational text and icons.
 * @cssprop [--comms-color-info-surface=light-dark(#e8f1fb, #112a45)] - Background of informational notes.
 * @cssprop [--comms-color-focus=light-dark(#0b5cad, #7cb7ff)] - Focus ring color.
 * @cssprop [--comms-focus-ring=2px solid var(--comms-color-focus)] - Outline drawn around the focused control.
 * @cssprop [--comms-focus-ring-offset=2px] - Gap between a control and its focus ring.
 * @cssprop [--comms-font-family=inherit] - Font of all text.
 * @cssprop [--comms-font-size=1rem] - Body text size.
 * @cssprop [--comms-font-size-small=0.875rem] - Size of secondary text.
 * @cssprop [--comms-line-height=1.5] - Line height of body text.
 * @cssprop [--comms-font-weight-strong=600] - Weight of titles and buttons.
 * @cssprop [--comms-radius=0.375rem] - Corner radius of controls and boxes.
 * @cssprop [--comms-space-xs=0.25rem] - Smallest spacing step.
 * @cssprop [--comms-space-s=0.5rem] - Small spacing step.
 * @cssprop [--comms-space-m=0.75rem] - Medium spacing step.
 * @cssprop [--comms-space-l=1rem] - Large spacing step.
 * @cssprop [--comms-space-xl=1.5rem] - Largest spacing step.
 */
export abstract class CommsElement<M extends keyof CommsAdapter = never> extends LitElement {
  /** Tokens, focus ring, buttons and state views. Subclasses spread it: `[...CommsElement.styles, own]`. */
  static override styles: CSSResultArray = [themeStyles, controlStyles, stateViewStyles];

  /** Adapter methods the element calls. An adapter lacking one counts as no adapter. */
  static adapterMethods: readonly (keyof CommsAdapter)[] = [];

  /** Session values the element cannot do without; it shows loading until they arrive. */
  static requires: readonly SessionPart[] = [];

  /**
   * How long, after it first connects, an element without a data source shows "loading"
   * before it says it is not set up (and warns in the console): pages often hand the adapter
   * over, or load `<comms-provider>`, a moment after the element appears.
   */
  static configurationGraceMs = 2000;

  /** This element's own data source. Wins over the provider's. */
  @property({ attribute: false }) adapter?: Partial<CommsAdapter>;

  /** Who is using the element. Default: the provider's, else fetched through the adapter when needed. */
  @property({ attribute: false }) viewer?: Viewer;

  /** The district's settings. Default: the provider's, else fetched through the adapter when needed. */
  @property({ attribute: false }) settings?: DistrictSettings;

  /**
   * Language (`en`, `es`; any BCP 47 tag, e.g. `es-MX`). The kit shows one language per page,
   * so this switches every element of the kit. Default: the provider's, else the page's `lang`.
   */
  @property() locale?: string;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private providedAdapter?: Partial<CommsAdapter>;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  private providedViewer?: Viewer;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private providedSettings?: DistrictSettings;

  @consume({ context: localeContext, subscribe: true })
  @state()
  private providedLocale?: KitLocale;

  @consume({ context: pendingContext, subscribe: true })
  @state()
  private providerPending?: ProviderPending;

  readonly #session = new DataTask<SessionArgs, FetchedSession>(this, {
    args: () => this.#sessionArgs(),
    load: async ([viewerFrom, settingsFrom], signal) => {
      const [viewer, settings] = await Promise.all([
        viewerFrom?.getViewer?.({ signal }),
        settingsFrom?.getDistrictSettings?.({ signal }),
      ]);
      return { viewer, settings };
    },
  });

  #warned = new Set<string>();
  #graceOver = false;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    ensureContextRoot();
    // What @localized() does; a decorator cannot take an abstract class. Subclasses inherit it.
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLocale();
    if (!this.#graceOver && this.#graceTimer === undefined) {
      const { configurationGraceMs } = this.constructor as typeof CommsElement;
      this.#graceTimer = setTimeout(() => {
        this.#graceOver = true;
        this.requestUpdate();
      }, configurationGraceMs);
    }
  }

  /** The adapter in use, if it has every method in `adapterMethods`. */
  protected get activeAdapter(): AdapterWith<M> | undefined {
    const adapter = this.adapter ?? this.providedAdapter;
    if (adapter === undefined) return undefined;
    const { adapterMethods } = this.constructor as typeof CommsElement;
    return adapterMethods.every((method) => typeof adapter[method] === 'function')
      ? (adapter as AdapterWith<M>)
      : undefined;
  }

  /** The viewer in use: own, else the provider's, else fetched. */
  protected get activeViewer(): Viewer | undefined {
    return this.viewer ?? this.providedViewer ?? this.#session.value?.viewer;
  }

  /** The district settings in use: own, else the provider's, else fetched. */
  protected get activeSettings(): DistrictSettings | undefined {
    return this.settings ?? this.providedSettings ?? this.#session.value?.settings;
  }

  /** The language the element's text is in; use it to format dates and numbers. */
  protected get activeLocale(): KitLocale {
    return getKitLocale();
  }

  /** A count written for the reader, in the element's language: "4,330", "4.330". */
  protected readonly formatCount = (count: number): string => new Intl.NumberFormat(this.activeLocale).format(count);

  /** The element's content, once it has an adapter and the session values it requires. */
  protected abstract renderContent(): unknown;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Only on a change of the wish, so two elements asking for different languages cannot loop.
    if (changed.has('locale') || changed.has('providedLocale')) {
      const wanted = this.locale ?? this.providedLocale;
      if (wanted !== undefined && resolveKitLocale(wanted) !== getKitLocale()) {
        setKitLocale(wanted).catch((error: unknown) => this.#warnOnce('locale', 'could not load its language.', error));
      }
    }
  }

  protected override render(): unknown {
    return html`<div class="root" lang=${this.activeLocale}>${this.#renderState()}</div>`;
  }

  #renderState(): unknown {
    if (this.activeAdapter === undefined) {
      if (!this.#graceOver || (this.adapter === undefined && this.providerPending?.adapter)) return renderLoading();
      this.#warnOnce('adapter', this.#missingAdapterAdvice());
      return renderNotConfigured();
    }
    const { requires } = this.constructor as typeof CommsElement;
    for (const part of requires) {
      if ((part === 'viewer' ? this.activeViewer : this.activeSettings) !== undefined) continue;
      if (this.providerPending?.[part]) return renderLoading();
      const session = this.#session.state;
      if (session === 'loading') return renderLoading();
      if (session === 'error') return renderError(this.#session.error, { onRetry: this.#session.retry });
      if (!this.#graceOver) return renderLoading();
      this.#warnOnce(part, `needs the ${part}: set its \`${part}\` property, or give it an adapter with ${part === 'viewer' ? 'getViewer' : 'getDistrictSettings'}().`);
      return renderNotConfigured();
    }
    return this.renderContent();
  }

  #sessionArgs(): SessionArgs | undefined {
    const { requires } = this.constructor as typeof CommsElement;
    const sources = [this.adapter, this.providedAdapter];
    const missing = (part: SessionPart, given: unknown, provided: unknown) =>
      requires.includes(part) && given === undefined && provided === undefined && !this.providerPending?.[part];
    const viewerFrom = missing('viewer', this.viewer, this.providedViewer)
      ? sources.find((adapter) => typeof adapter?.getViewer === 'function')
      : undefined;
    const settingsFrom = missing('settings', this.settings, this.providedSettings)
      ? sources.find((adapter) => typeof adapter?.getDistrictSettings === 'function')
      : undefined;
    return viewerFrom || settingsFrom ? [viewerFrom, settingsFrom] : undefined;
  }

  #missingAdapterAdvice(): string {
    const adapter = this.adapter ?? this.providedAdapter;
    if (adapter === undefined) {
      return 'has no adapter: set its `adapter` property, or place it inside <comms-provider> with an `adapter` or a `base-url`.';
    }
    const { adapterMethods } = this.constructor as typeof CommsElement;
    const lacking = adapterMethods.filter((method) => typeof adapter[method] !== 'function');
    return `has an adapter without ${lacking.join(', ')}.`;
  }

  #warnOnce(key: string, advice: string, error?: unknown): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    const tag = this.localName;
    if (error === undefined) console.warn(`school-comms-elements: <${tag}> ${advice}`);
    else console.warn(`school-comms-elements: <${tag}> ${advice}`, error);
  }
}
