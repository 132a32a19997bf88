import { field, invalid } from './problems.js';

/** The version an `If-Match` header names, quotes and weak markers aside; null when absent. */
export function readIfMatch(headers: Headers, options: { required: boolean }): string | null {
  const raw = headers.get('If-Match');
  if (raw === null || raw.trim() === '') {
    if (options.required) throw invalid([field('If-Match', 'required', 'Send the version the edit is based on.')]);
    return null;
  }
  return raw.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
