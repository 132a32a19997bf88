// Pseudo-localization: turns every English string of an XLIFF file into a look-alike that
// keeps it readable but shows at a glance what went through msg() and what did not.
//   "Try again"  →  "⟦Ţŕýý ååĝåååîîñ⟧"
// Letters become accented look-alikes (so no ASCII letter survives), vowels double (Spanish
// and other languages run longer than English), brackets mark where the string begins and
// ends (so a string cut off or glued to another shows). Placeholders and XML stay as they are.

const LOOK_ALIKES = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set('aeiouyAEIOUY');

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Pseudo-localize plain text (no markup). */
export function pseudoText(text) {
  let out = '';
  for (const char of text) {
    const look = LOOK_ALIKES[char];
    out += look === undefined ? char : VOWELS.has(char) ? look + look : look;
  }
  return out;
}

/**
 * Pseudo-localize the content of an XLIFF <source>: text changes, while tags (placeholders
 * such as <x id="0" equiv-text="${n}"/>) and character references stay byte for byte.
 */
export function pseudoXliffContent(content) {
  const parts = content.split(/(<[^>]*>|&[#a-zA-Z0-9]+;)/);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : pseudoText(part))).join('');
  return PSEUDO_OPEN + body + PSEUDO_CLOSE;
}

/** Give every <trans-unit> of an XLIFF document a pseudo-localized <target>, replacing any there was. */
export function fillPseudoTargets(xliff) {
  return xliff.replace(/<trans-unit\b[^>]*>[\s\S]*?<\/trans-unit>/g, (unit) => {
    const withoutTarget = unit.replace(/\n?[ \t]*<target>[\s\S]*?<\/target>/, '');
    return withoutTarget.replace(
      /([ \t]*)<source>([\s\S]*?)<\/source>/,
      (_all, indent, source) => `${indent}<source>${source}</source>\n${indent}<target>${pseudoXliffContent(source)}</target>`,
    );
  });
}
