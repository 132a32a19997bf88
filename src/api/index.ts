/**
 * The adapter layer: the `CommsAdapter` interface every backend implements, the typed errors
 * adapters reject with, and the built-in `HttpCommsAdapter` for backends that implement the
 * HTTP contract.
 */
export type * from './adapter.js';
export * from './errors.js';
export { HttpCommsAdapter } from './http-adapter.js';
export type { HttpCommsAdapterOptions } from './http/options.js';
