import { ContextRoot, createContext } from '@lit/context';
import type { CommsAdapter } from '../../api/adapter.js';
import type { DistrictSettings, Viewer } from '../../domain/types.js';
import { ADAPTER_CONTEXT_KEY, LOCALE_CONTEXT_KEY } from './context-keys.js';
import type { KitLocale } from './localization.js';

/*
 * What `<comms-provider>` supplies to the elements inside it.
 *
 * The keys are strings, not symbols, so that an element from one copy of the kit finds a
 * provider from another copy (two bundles on one page, or two versions).
 */

/** The data source. Typed `Partial` because a page may pass an adapter for only the elements it uses. */
export const adapterContext = createContext<Partial<CommsAdapter> | undefined>(ADAPTER_CONTEXT_KEY);

/** The signed-in person, with role and permissions. */
export const viewerContext = createContext<Viewer | undefined>('school-comms-elements:viewer');

/** The district's settings: enabled reasons, limits, texting number, languages. */
export const settingsContext = createContext<DistrictSettings | undefined>('school-comms-elements:settings');

/** The kit's language. */
export const localeContext = createContext<KitLocale>(LOCALE_CONTEXT_KEY);

/**
 * Which of its values the provider is still preparing: the adapter (while the HTTP adapter
 * loads for `base-url`), the viewer and the settings (while it fetches them). Elements show
 * "loading" rather than "not configured" while a value they need is on its way.
 */
export interface ProviderPending {
  adapter: boolean;
  viewer: boolean;
  settings: boolean;
}

export const pendingContext = createContext<ProviderPending>('school-comms-elements:pending');

const ROOT_KEY = Symbol.for('school-comms-elements.context-root');
type RootHolder = { [ROOT_KEY]?: ContextRoot };

/**
 * Attach one @lit/context `ContextRoot` to the document, so that an element asking for a value
 * before its provider is defined (the provider's script loads later) gets it once the provider
 * upgrades. Guarded by a global key: a second copy of the kit does not attach a second root.
 * Returns whether this call attached it.
 */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): boolean {
  if (doc === undefined) return false;
  const holder = doc as Document & RootHolder;
  if (holder[ROOT_KEY] !== undefined) return false;
  const root = new ContextRoot();
  root.attach(doc.documentElement);
  holder[ROOT_KEY] = root;
  return true;
}
