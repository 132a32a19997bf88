/** A display name taken apart for look-alike comparison. */
export interface ParsedName {
  /** The given name, folded (lower case, no accents). */
  given: string;
  /** Surname tokens, folded. Spanish double surnames give two. */
  surnames: string[];
  /** Keys under which a look-alike name would also be filed: each surname with the given initial. */
  bucketKeys: string[];
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'mr', 'mrs', 'ms', 'dr']);
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'da', 'di']);

/**
 * Takes a display name apart: `Ana María López García`, `López García, Ana María`,
 * `Dennis O'Brien Jr.` Accents, case, apostrophes, titles and suffixes are ignored.
 */
export function parsePersonName(displayName: string): ParsedName {
  let text = displayName.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]/g, '');
  const comma = text.indexOf(',');
  if (comma !== -1) text = `${text.slice(comma + 1)} ${text.slice(0, comma)}`;
  const tokens = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '' && !SUFFIXES.has(token));
  const given = tokens[0] ?? '';
  const surnames = tokens.slice(1).filter((token) => token.length > 1 && !PARTICLES.has(token));
  const initial = given.charAt(0);
  return { given, surnames, bucketKeys: surnames.map((surname) => `${surname}|${initial}`) };
}

/**
 * Whether two names may belong to one person: a surname in common, and given names that are
 * equal, an initial of each other, one a short form of the other (`Dan` / `Daniel`), or one
 * typo apart (`Ana` / `Anna`). Middle names are ignored.
 */
export function namesLookAlike(a: ParsedName, b: ParsedName): boolean {
  if (!a.surnames.some((surname) => b.surnames.includes(surname))) return false;
  return givenNamesLookAlike(a.given, b.given);
}

function givenNamesLookAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  return shorter.length >= 3 && withinOneEdit(a, b);
}

/** Whether one insertion, deletion, substitution or swap of neighbours turns a into b. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
