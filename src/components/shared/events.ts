/**
 * Typed custom events.
 *
 * Each element declares its events in the global `HTMLElementEventMap`, next to its class:
 *
 * ```ts
 * export interface CommsReadyDetail { adapter: Partial<CommsAdapter>; viewer?: Viewer }
 * declare global {
 *   interface HTMLElementEventMap {
 *     'comms-ready': CustomEvent<CommsReadyDetail>;
 *   }
 * }
 * ```
 *
 * and fires them with `fireEvent(this, 'comms-ready', detail)`, which checks the detail's type
 * against that declaration. Listeners get the same type for free:
 * `provider.addEventListener('comms-ready', (e) => e.detail.viewer)`.
 */

/** Names of the declared events that carry a detail. */
export type CustomEventName = {
  [K in keyof HTMLElementEventMap]: HTMLElementEventMap[K] extends CustomEvent<unknown> ? K : never;
}[keyof HTMLElementEventMap];

/** The detail type declared for an event. */
export type EventDetail<K extends CustomEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface FireEventOptions {
  /** Let a listener call `preventDefault()`; `fireEvent` then returns false. Default false. */
  cancelable?: boolean;
}

/**
 * Dispatch a declared event from `target`. It bubbles and crosses shadow roots (`composed`),
 * so a page can listen on any ancestor. Returns false if it was cancelable and a listener
 * cancelled it.
 */
export function fireEvent<K extends CustomEventName>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
  options: FireEventOptions = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
