import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule, type LocaleStatusEventDetail } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../../locales/generated/locale-codes.js';

/**
 * The kit's languages, on top of @lit/localize in runtime mode.
 *
 * One language at a time, for the whole page: @lit/localize keeps a single active locale per
 * copy of the library, so `<comms-provider locale="es">`, an element's own `locale` and
 * `setKitLocale('es')` all switch every element of the kit. Until one of them is used the kit
 * follows the page: the `lang` of `<html>` (`es-MX` → `es`), or English.
 *
 * English is the source language and needs nothing loaded; another language's strings are
 * loaded on first use, so a page that stays in English never configures @lit/localize at all.
 *
 * Pages that use @lit/localize themselves: @lit/localize can be configured once per copy. If
 * the page's bundle shares the kit's copy, configure it yourself first, merge the kit's strings
 * into your `loadLocale` with `loadKitTemplates`, and hand your functions to the kit with
 * `useSharedLocalization({ getLocale, setLocale })`; the kit then switches language through
 * them. If the page configures the shared copy without doing so, the kit warns once in the
 * console and its text stays in English. If the page's bundle has its own copy, the two do not
 * interfere (each re-renders its elements when either changes language).
 */

/** A language the kit ships: `en`, `es`, and `en-XA`, a pseudo-locale for layout and coverage checks. */
export type KitLocale = (typeof allLocales)[number];

/** Every language the kit ships, the source language first. */
export const KIT_LOCALES: readonly KitLocale[] = [sourceLocale, ...targetLocales];

/** The language the kit's strings are written in. */
export const SOURCE_LOCALE: KitLocale = sourceLocale;

type TargetLocale = (typeof targetLocales)[number];

// One lazily loaded module per target language: bundlers split each into its own chunk.
const LOADERS: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('../../locales/generated/es.js'),
  'en-XA': () => import('../../locales/generated/en-XA.js'),
};

/** The two functions of a configured @lit/localize runtime that the kit needs. */
export interface LocaleRuntime {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

// Where a copy of the kit that configured a shared @lit/localize leaves its runtime, so that a
// second copy of the kit sharing the same @lit/localize can switch language through it.
const RUNTIME_KEY = Symbol.for('school-comms-elements.locale-runtime');
type RuntimeHolder = { [RUNTIME_KEY]?: LocaleRuntime };

let runtime: LocaleRuntime | undefined;
let runtimeUnavailable = false;
let chosenExplicitly = false;
let followingPage = false;

/**
 * The kit language that best matches a BCP 47 tag: an exact match (`en-XA`), else the same
 * language (`es-419` → `es`). `undefined` when the kit has no such language.
 */
export function resolveKitLocale(tag: string | null | undefined): KitLocale | undefined {
  const wanted = tag?.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  const exact = KIT_LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return KIT_LOCALES.find((locale) => locale === language);
}

/** The kit language matching the page's `<html lang>`, or the source language. */
export function pageLocale(): KitLocale {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return resolveKitLocale(lang) ?? SOURCE_LOCALE;
}

/** The language the kit's elements are showing now. */
export function getKitLocale(): KitLocale {
  return resolveKitLocale(runtime?.getLocale()) ?? SOURCE_LOCALE;
}

/**
 * Show every element of the kit in `locale` (any BCP 47 tag; one the kit lacks means
 * English). Resolves with the language in use once its strings are loaded; rejects if they
 * could not be loaded, leaving the previous language in place.
 */
export function setKitLocale(locale: string): Promise<KitLocale> {
  chosenExplicitly = true;
  return applyLocale(resolveKitLocale(locale) ?? SOURCE_LOCALE);
}

/**
 * The kit's strings in one language, as a @lit/localize locale module. For pages that configure
 * @lit/localize themselves: merge these templates into the ones your `loadLocale` returns.
 */
export async function loadKitTemplates(locale: string): Promise<LocaleModule> {
  const resolved = resolveKitLocale(locale);
  if (resolved === undefined || resolved === SOURCE_LOCALE) return { templates: {} };
  return LOADERS[resolved as TargetLocale]();
}

/**
 * Switch language through a @lit/localize runtime the page configured itself (see the module
 * notes). Call it before the kit's elements are created.
 */
export function useSharedLocalization(shared: LocaleRuntime): void {
  runtime = shared;
  runtimeUnavailable = false;
}

/**
 * Call `listener` with the kit's language each time a switch completes. Returns a function
 * that stops listening.
 */
export function onKitLocaleChange(listener: (locale: KitLocale) => void): () => void {
  const handler = (event: Event) => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status === 'ready') listener(getKitLocale());
  };
  window.addEventListener(LOCALE_STATUS_EVENT, handler);
  return () => window.removeEventListener(LOCALE_STATUS_EVENT, handler);
}

/**
 * Make the kit follow the page's language until something chooses one explicitly: applies the
 * `lang` of `<html>` now and whenever it changes. Elements call it when they connect; calling
 * it again does nothing.
 */
export function followPageLocale(): void {
  if (followingPage || typeof document === 'undefined') return;
  followingPage = true;
  const apply = () => {
    if (chosenExplicitly) return;
    applyLocale(pageLocale()).catch((error: unknown) => {
      console.warn('school-comms-elements: could not load the page language.', error);
    });
  };
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  apply();
}

async function applyLocale(locale: KitLocale): Promise<KitLocale> {
  // English is what msg() shows when @lit/localize is not configured: no need to configure it.
  if (runtime === undefined && locale === SOURCE_LOCALE) return locale;
  const active = obtainRuntime();
  if (active === undefined) return getKitLocale();
  await active.setLocale(locale);
  return getKitLocale();
}

function obtainRuntime(): LocaleRuntime | undefined {
  if (runtime !== undefined || runtimeUnavailable) return runtime;
  const holder = globalThis as RuntimeHolder;
  try {
    runtime = configureLocalization({ sourceLocale, targetLocales, loadLocale: loadKitTemplates });
    holder[RUNTIME_KEY] ??= runtime;
  } catch {
    // This copy of @lit/localize was configured before: by another copy of the kit that shares
    // it (it left its runtime behind), or by the page.
    runtime = holder[RUNTIME_KEY];
    if (runtime === undefined) {
      runtimeUnavailable = true;
      console.warn(
        'school-comms-elements: @lit/localize is already configured by the page, so the kit stays in English. ' +
          'Merge loadKitTemplates() into your loadLocale and call useSharedLocalization({ getLocale, setLocale }).',
      );
    }
  }
  return runtime;
}
