import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CommsAdapter } from '../../api/adapter.js';
import { isAbortError } from '../../api/errors.js';
import type { DistrictSettings, Viewer } from '../../domain/types.js';
import {
  adapterContext,
  ensureContextRoot,
  localeContext,
  pendingContext,
  settingsContext,
  viewerContext,
  type ProviderPending,
} from '../shared/contexts.js';
import { fireEvent } from '../shared/events.js';
import {
  followPageLocale,
  getKitLocale,
  onKitLocaleChange,
  pageLocale,
  setKitLocale,
  type KitLocale,
} from '../shared/localization.js';
import { providerStyles } from './comms-provider.styles.js';

/** Detail of `comms-ready`. */
export interface CommsReadyDetail {
  adapter: Partial<CommsAdapter>;
  /** Undefined when it was neither given nor available from the adapter. */
  viewer: Viewer | undefined;
  /** Undefined when they were neither given nor available from the adapter. */
  settings: DistrictSettings | undefined;
}

/** What the provider was doing when an error happened. */
export type CommsProviderOperation = 'loadAdapter' | 'getViewer' | 'getDistrictSettings' | 'setLocale';

/** Detail of `comms-error`. */
export interface CommsErrorDetail {
  /** Usually a `CommsError` (see `src/api/errors.ts`); check `kind`. */
  error: unknown;
  operation: CommsProviderOperation;
}

/** Detail of `comms-locale-change`. */
export interface CommsLocaleChangeDetail {
  locale: KitLocale;
}

declare global {
  interface HTMLElementTagNameMap {
    'comms-provider': CommsProvider;
  }
  interface HTMLElementEventMap {
    'comms-ready': CustomEvent<CommsReadyDetail>;
    'comms-error': CustomEvent<CommsErrorDetail>;
    'comms-locale-change': CustomEvent<CommsLocaleChangeDetail>;
  }
}

type SessionPart = 'viewer' | 'settings';

/**
 * Supplies a data source, the viewer, the district settings and the language to every
 * school-comms element inside it, however deep (shadow roots included), even elements whose
 * definitions load before or after it.
 *
 * ```html
 * <comms-provider base-url="https://sis.example.org/comms/v1" locale="es">
 *   <contact-prefs-editor person-id="p-123"></contact-prefs-editor>
 * </comms-provider>
 * ```
 *
 * It renders its children and nothing else (`display: contents`). An element's own `adapter`,
 * `viewer` or `settings` property wins over the provider's.
 *
 * @tagname comms-provider
 * @slot - The elements that use the provider, and any other content.
 *
 * @fires {CustomEvent<CommsReadyDetail>} comms-ready - The adapter is in place and the viewer and
 * settings it was not given have arrived. Fired again after the adapter changes or `refresh()`.
 * @fires {CustomEvent<CommsErrorDetail>} comms-error - Loading the HTTP adapter, fetching the viewer
 * or the settings, or loading a language failed. Nothing is thrown; elements that need the
 * missing value show their error view.
 * @fires {CustomEvent<CommsLocaleChangeDetail>} comms-locale-change - The kit's language changed
 * (after its strings loaded).
 */
export class CommsProvider extends LitElement {
  static override styles = providerStyles;

  /**
   * Address of a backend implementing the kit's HTTP contract. The provider then builds the
   * built-in HTTP adapter (loaded only when this is used). Ignored when `adapter` is set.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The data source: any object implementing (part of) `CommsAdapter`. Wins over `base-url`. */
  @property({ attribute: false }) adapter?: Partial<CommsAdapter>;

  /** Who is using the page. Default: fetched with the adapter's `getViewer()`. */
  @property({ attribute: false }) viewer?: Viewer;

  /** The district's settings. Default: fetched with the adapter's `getDistrictSettings()`. */
  @property({ attribute: false }) settings?: DistrictSettings;

  /**
   * Language of the kit: `en` or `es` (any BCP 47 tag; `es-MX` means `es`, an unknown one
   * English). Default: the page's `lang`, else English. The kit shows one language per page.
   */
  @property() locale?: string;

  readonly #adapterProvider = new ContextProvider(this, { context: adapterContext });
  readonly #viewerProvider = new ContextProvider(this, { context: viewerContext });
  readonly #settingsProvider = new ContextProvider(this, { context: settingsContext });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext, initialValue: getKitLocale() });
  readonly #pendingProvider = new ContextProvider(this, {
    context: pendingContext,
    initialValue: { adapter: false, viewer: false, settings: false },
  });

  #resolvedAdapter: Partial<CommsAdapter> | undefined;
  #adapterLoading = false;
  #adapterRequest = 0;
  #fetched: { viewer?: Viewer; settings?: DistrictSettings } = {};
  #requests: Partial<Record<SessionPart, AbortController>> = {};
  #failed = new Set<SessionPart>();
  #readyPending = false;
  #interrupted = false;
  #stopLocaleListener?: () => void;

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The adapter in use: `adapter`, or the HTTP adapter built from `base-url` once loaded. */
  get activeAdapter(): Partial<CommsAdapter> | undefined {
    return this.#resolvedAdapter;
  }

  /** The viewer supplied to the elements: given, or fetched. */
  get activeViewer(): Viewer | undefined {
    return this.viewer ?? this.#fetched.viewer;
  }

  /** The settings supplied to the elements: given, or fetched. */
  get activeSettings(): DistrictSettings | undefined {
    return this.settings ?? this.#fetched.settings;
  }

  /** Fetch the viewer and the settings again (those not given), e.g. after the person signs in again. */
  refresh(): void {
    this.#readyPending = this.#resolvedAdapter !== undefined;
    this.#load('viewer', false);
    this.#load('settings', false);
    this.#publish();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLocale();
    this.#stopLocaleListener = onKitLocaleChange((locale) => this.#localeChanged(locale));
    this.#localeChanged(getKitLocale());
    if (this.#interrupted) {
      this.#interrupted = false;
      this.refresh();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLocaleListener?.();
    for (const part of ['viewer', 'settings'] as const) {
      const request = this.#requests[part];
      if (request === undefined) continue;
      this.#interrupted = true;
      delete this.#requests[part];
      request.abort(new DOMException('The provider left the page.', 'AbortError'));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('baseUrl')) this.#resolveAdapter();
    if (changed.has('viewer')) this.#load('viewer');
    if (changed.has('settings')) this.#load('settings');
    if (changed.has('locale')) {
      setKitLocale(this.locale ?? pageLocale()).catch((error: unknown) =>
        fireEvent(this, 'comms-error', { error, operation: 'setLocale' }),
      );
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  #resolveAdapter(): void {
    const request = ++this.#adapterRequest;
    this.#adapterLoading = false;
    if (this.adapter !== undefined) {
      this.#useAdapter(this.adapter);
    } else if (this.baseUrl) {
      this.#adapterLoading = true;
      this.#useAdapter(undefined);
      void this.#loadHttpAdapter(this.baseUrl, request);
    } else {
      this.#useAdapter(undefined);
    }
  }

  async #loadHttpAdapter(baseUrl: string, request: number): Promise<void> {
    try {
      // Loaded on demand so that pages passing their own adapter never download it.
      const { HttpCommsAdapter } = await import('../../api/http-adapter.js');
      if (request !== this.#adapterRequest) return;
      this.#adapterLoading = false;
      this.#useAdapter(new HttpCommsAdapter({ baseUrl }));
    } catch (error) {
      if (request !== this.#adapterRequest) return;
      this.#adapterLoading = false;
      this.#useAdapter(undefined);
      fireEvent(this, 'comms-error', { error, operation: 'loadAdapter' });
    }
  }

  #useAdapter(adapter: Partial<CommsAdapter> | undefined): void {
    if (adapter === this.#resolvedAdapter && adapter !== undefined) return;
    this.#resolvedAdapter = adapter;
    this.#adapterProvider.setValue(adapter);
    this.refresh();
  }

  /** Supply `part`: the given value, else ask the adapter for it if it can. */
  #load(part: SessionPart, publish = true): void {
    this.#requests[part]?.abort(new DOMException('Superseded by a newer request.', 'AbortError'));
    delete this.#requests[part];
    this.#fetched[part] = undefined;
    this.#failed.delete(part);

    const adapter = this.#resolvedAdapter;
    const given = part === 'viewer' ? this.viewer : this.settings;
    const canFetch = part === 'viewer' ? adapter?.getViewer : adapter?.getDistrictSettings;
    const wanted = given === undefined && adapter !== undefined && typeof canFetch === 'function';
    // Disconnected (e.g. the HTTP adapter arrived after the provider left): ask again on return.
    if (wanted && !this.isConnected) this.#interrupted = true;
    if (wanted && this.isConnected) {
      const controller = new AbortController();
      this.#requests[part] = controller;
      const options = { signal: controller.signal };
      // A broken adapter may throw instead of rejecting; both end up in the catch.
      new Promise<Viewer | DistrictSettings>((resolve) =>
        resolve(part === 'viewer' ? adapter.getViewer!(options) : adapter.getDistrictSettings!(options)),
      ).then(
        (value) => {
          if (this.#requests[part] !== controller) return;
          delete this.#requests[part];
          if (part === 'viewer') this.#fetched.viewer = value as Viewer;
          else this.#fetched.settings = value as DistrictSettings;
          this.#publish();
        },
        (error: unknown) => {
          if (this.#requests[part] !== controller) return;
          delete this.#requests[part];
          if (controller.signal.aborted && isAbortError(error)) return;
          this.#failed.add(part);
          this.#publish();
          fireEvent(this, 'comms-error', { error, operation: part === 'viewer' ? 'getViewer' : 'getDistrictSettings' });
        },
      );
    }
    if (publish) this.#publish();
  }

  /** Hand the current values to the elements, and announce readiness once everything has arrived. */
  #publish(): void {
    this.#viewerProvider.setValue(this.activeViewer);
    this.#settingsProvider.setValue(this.activeSettings);
    const pending: ProviderPending = {
      adapter: this.#adapterLoading,
      viewer: this.#requests.viewer !== undefined,
      settings: this.#requests.settings !== undefined,
    };
    const previous = this.#pendingProvider.value;
    if (pending.adapter !== previous.adapter || pending.viewer !== previous.viewer || pending.settings !== previous.settings) {
      this.#pendingProvider.setValue(pending);
    }
    const adapter = this.#resolvedAdapter;
    if (!this.#readyPending || adapter === undefined || pending.viewer || pending.settings || this.#failed.size > 0) return;
    this.#readyPending = false;
    const detail: CommsReadyDetail = { adapter, viewer: this.activeViewer, settings: this.activeSettings };
    // After the current update, so listeners see the provider in its new state.
    queueMicrotask(() => fireEvent(this, 'comms-ready', detail));
  }

  #localeChanged(locale: KitLocale): void {
    if (locale === this.#localeProvider.value) return;
    this.#localeProvider.setValue(locale);
    fireEvent(this, 'comms-locale-change', { locale });
  }
}
