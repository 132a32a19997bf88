// Rewrites the text an adapter hands to elements (names, titles, message bodies, attachment
// names, labels, emails), leaving identifiers, codes and numbers alone. Stories and gates use it
// to show every element with hostile text (the security gate) or pseudo-localized data (the
// pseudo-locale gate: any plain ASCII word left on screen then came from a hard-coded string).
import type { CommsAdapter } from '../../api/adapter.js';
import { HOSTILE_STRINGS } from './hostile-strings.js';

/** Keys whose string values are text people read (never identifiers or codes). */
const DISPLAY_KEYS = new Set([
  'displayName', 'name', 'title', 'body', 'label', 'senderName', 'jobTitle', 'reply', 'fileName', 'schoolName',
  'messageFrequency',
]);

/** Keys that hold a phone number or an email address: only the addresses are rewritten. */
const ADDRESS_KEYS = new Set(['value', 'endpoint']);

/** Rewrites one piece of display text; `key` is the property it came from. */
export type TextRewrite = (text: string, key: string) => string;

function isPlainData(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

function rewriteValue(value: unknown, rewrite: TextRewrite, key = ''): unknown {
  if (typeof value === 'string') {
    if (DISPLAY_KEYS.has(key) || (ADDRESS_KEYS.has(key) && value.includes('@'))) return rewrite(value, key);
    return value;
  }
  if (typeof value === 'function') return rewriteFunction(value as AnyFunction, rewrite);
  if (Array.isArray(value)) return value.map((item) => rewriteValue(item, rewrite, key));
  if (isPlainData(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteValue(v, rewrite, k)]));
  }
  return value;
}

type AnyFunction = (...args: unknown[]) => unknown;

const rewriteCallback = (callback: AnyFunction, rewrite: TextRewrite): AnyFunction =>
  (...args) => callback(...args.map((arg) => rewriteValue(arg, rewrite)));

/** Callbacks handed to the adapter (alone, or in a handlers object) receive rewritten events. */
function rewriteArgument(arg: unknown, rewrite: TextRewrite): unknown {
  if (typeof arg === 'function') return rewriteCallback(arg as AnyFunction, rewrite);
  if (isPlainData(arg) && !Array.isArray(arg) && Object.values(arg).some((v) => typeof v === 'function')) {
    return Object.fromEntries(
      Object.entries(arg).map(([k, v]) => [k, typeof v === 'function' ? rewriteCallback(v as AnyFunction, rewrite) : v]),
    );
  }
  return arg;
}

/** Results come back rewritten, including functions inside them (a page's `next`). */
function rewriteFunction(fn: AnyFunction, rewrite: TextRewrite): AnyFunction {
  return function (this: unknown, ...args: unknown[]) {
    const result = fn.apply(this, args.map((arg) => rewriteArgument(arg, rewrite)));
    if (result instanceof Promise) return result.then((resolved) => rewriteValue(resolved, rewrite));
    return rewriteValue(result, rewrite);
  };
}

/** The same adapter, with every piece of display text it returns rewritten. */
export function withDisplayText<A extends Partial<CommsAdapter>>(adapter: A, rewrite: TextRewrite): A {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? rewriteFunction(value.bind(target) as AnyFunction, rewrite) : value;
    },
  });
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Each piece of text becomes one of the hostile strings (the same one each time it appears). */
export const hostileText: TextRewrite = (text) => HOSTILE_STRINGS[hash(text) % HOSTILE_STRINGS.length]!;

/**
 * Hostile strings handed out in turn, from `start`, to each new piece of text (the same text
 * keeps its string): a few stories with different starts show every one of them.
 */
export function hostileTextFrom(start: number): TextRewrite {
  const given = new Map<string, string>();
  return (text) => {
    let hostile = given.get(text);
    if (hostile === undefined) {
      hostile = HOSTILE_STRINGS[(start + given.size) % HOSTILE_STRINGS.length]!;
      given.set(text, hostile);
    }
    return hostile;
  };
}

const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** Data in look-alike letters, so that only strings that skipped localization stay plain ASCII. */
export const pseudoText: TextRewrite = (text) => [...text].map((c) => LOOK_ALIKES[c] ?? c).join('');
