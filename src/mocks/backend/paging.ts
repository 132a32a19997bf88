import type { Page } from '../../domain/types.js';
import { field, invalid } from './problems.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

interface CursorState {
  /** Which list, with which filters, the cursor belongs to. */
  s: string;
  /** Offset of the next item. */
  o: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The `limit` query parameter, checked against the contract's 1–200. */
export function readLimit(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw invalid([field('limit', 'outOfRange', `limit must be an integer from 1 to ${MAX_LIMIT}`)]);
  }
  return limit;
}

/**
 * Reads an opaque cursor. A cursor made for another list (other filters, another viewer)
 * is refused rather than silently misread.
 */
export function readCursor(query: URLSearchParams, scope: string): number {
  const raw = query.get('cursor');
  if (raw === null || raw === '') return 0;
  try {
    const state = JSON.parse(fromBase64Url(raw)) as CursorState;
    if (state.s === scope && Number.isInteger(state.o) && state.o >= 0) return state.o;
  } catch {
    // fall through to the refusal below
  }
  throw invalid([field('cursor', 'invalidCursor', 'The cursor does not belong to this list.')]);
}

export function makeCursor(scope: string, offset: number): string {
  return toBase64Url(JSON.stringify({ s: scope, o: offset } satisfies CursorState));
}

/**
 * One page of `items` by offset cursor. `scope` must name the list and every filter that
 * shapes it, so a cursor cannot be replayed against a different list.
 */
export function pageOf<T>(items: readonly T[], query: URLSearchParams, scope: string, options: { total?: boolean } = {}): Page<T> {
  const limit = readLimit(query);
  const offset = readCursor(query, scope);
  const slice = items.slice(offset, offset + limit);
  const next = offset + slice.length;
  const page: Page<T> = { items: slice, nextCursor: next < items.length ? makeCursor(scope, next) : null };
  if (options.total !== false) page.total = items.length;
  return page;
}
