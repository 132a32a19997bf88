/**
 * The keys of the values `<comms-provider>` supplies, as plain strings: `contexts.ts` makes the
 * @lit/context contexts of them, and `<optin-badge>` asks for them with the context protocol
 * directly (without @lit/context, to stay small). Strings, not symbols, so an element from one
 * copy of the kit finds a provider from another copy.
 */
export const ADAPTER_CONTEXT_KEY = 'school-comms-elements:adapter';
export const LOCALE_CONTEXT_KEY = 'school-comms-elements:locale';
