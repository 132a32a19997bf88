import type { KeywordClassification } from './types.js';

/** The languages the keyword lists cover. */
export type KeywordLanguage = 'en' | 'es';

/** One recognized keyword: as people write it (upper-case), what it does, in which language. */
export interface KeywordDefinition {
  keyword: string;
  classification: 'optOut' | 'optIn' | 'help';
  /** null for a word that is the same in both languages (INFO). */
  language: KeywordLanguage | null;
}

/** What an inbound text means. */
export interface KeywordMatch {
  classification: KeywordClassification;
  /** The keyword recognized (`STOP`, `OPT OUT`, `ALTO`, …), or null for `review` and `none`. */
  keyword: string | null;
  /** The language of the keyword or of the revocation phrase; null when unknown or shared. */
  language: KeywordLanguage | null;
  /** For `review`, the part of the normalized text that reads as a revocation. */
  phrase?: string;
}

// The lists, and why each word is in them, are documented in docs/sms-keywords.md.
// Keywords are written as they normalize: lower case, no accents, punctuation as spaces.
const KEYWORDS: readonly KeywordDefinition[] = [
  ...['STOP', 'STOPALL', 'STOP ALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT', 'OPT OUT', 'REMOVE'].map(
    (keyword) => ({ keyword, classification: 'optOut' as const, language: 'en' as const }),
  ),
  ...['ALTO', 'PARAR', 'PARE', 'DETENER', 'CANCELAR', 'BAJA', 'DAR DE BAJA', 'DARME DE BAJA', 'FIN', 'SALIR', 'DESUSCRIBIR', 'DESUSCRIBIRME'].map(
    (keyword) => ({ keyword, classification: 'optOut' as const, language: 'es' as const }),
  ),
  ...['START', 'UNSTOP', 'YES'].map((keyword) => ({ keyword, classification: 'optIn' as const, language: 'en' as const })),
  ...['COMENZAR', 'INICIAR', 'REANUDAR', 'SI'].map((keyword) => ({
    keyword,
    classification: 'optIn' as const,
    language: 'es' as const,
  })),
  { keyword: 'HELP', classification: 'help', language: 'en' },
  { keyword: 'INFO', classification: 'help', language: null },
  { keyword: 'AYUDA', classification: 'help', language: 'es' },
  { keyword: 'INFORMACION', classification: 'help', language: 'es' },
];

const BY_NORMALIZED_TEXT = new Map(KEYWORDS.map((definition) => [normalizeInboundText(definition.keyword), definition]));

/** Every keyword recognized, for documentation and for showing "Reply STOP to …" hints. */
export const SMS_KEYWORDS: readonly KeywordDefinition[] = KEYWORDS;

/**
 * The text as the keyword rules compare it: accents and other marks removed, lower case,
 * apostrophes dropped (`don't` → `dont`), every other run of punctuation, symbols, emoji or
 * white space turned into one space, trimmed. `STOP!!` → `stop`; `Opt-Out` → `opt out`.
 */
export function normalizeInboundText(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that may surround an opt-out keyword without changing what the message asks for
// ("stop please", "STOP STOP", "alto por favor"): such a message reads as a revocation but is
// not a bare keyword, so a person reviews it.
const POLITE_FILLER = new Set([
  'please', 'pls', 'plz', 'now', 'it', 'thanks', 'thank', 'you', 'thx', 'ty', 'already', 'ok', 'okay', 'just',
  'por', 'favor', 'gracias', 'ya', 'ahora', 'porfa', 'porfavor',
]);

interface RevocationPattern {
  pattern: RegExp;
  language: KeywordLanguage;
}

// Free text that asks, in so many words, for the texts to stop. Each pattern needs a word
// about messages, a list or the number next to its verb, so that a sentence that merely
// contains a keyword ("I'll stop by at 3", "the end of the day") does not match.
const REVOCATION_PATTERNS: readonly RevocationPattern[] = [
  { language: 'en', pattern: /\b(?:stop|quit|cease)(?: \w+){0,3} (?:text|texts|texting|txt|txts|txting|message|messages|messaging|msg|msgs|sending|contacting|calling)\b/ },
  { language: 'en', pattern: /\bno more (?:text|texts|texting|txts|message|messages|msgs|calls|alerts|notifications)\b/ },
  { language: 'en', pattern: /\b(?:unsubscribe|unsub|optout|opt out)\b/ },
  { language: 'en', pattern: /\bcancel (?:my |the |these |this |all )?(?:subscription|texts|text messages|messages|alerts)\b/ },
  { language: 'en', pattern: /\bremove (?:me|my (?:cell |phone )?(?:number|phone)|this number)\b/ },
  { language: 'en', pattern: /\btake (?:me|my number|this number) off\b/ },
  { language: 'en', pattern: /\b(?:do not|dont|never) (?:text|txt|message|contact|call) (?:me|us|this number)\b/ },
  { language: 'en', pattern: /\b(?:do not|dont) send (?:me|us) (?:any )?(?:more )?(?:texts|messages|msgs)\b/ },
  { language: 'en', pattern: /\b(?:dont|do not|no longer) want (?:\w+ ){0,2}(?:texts|messages|msgs|alerts|notifications)\b/ },
  { language: 'en', pattern: /\bleave me alone\b/ },
  { language: 'en', pattern: /\bwrong (?:number|person)\b/ },
  { language: 'es', pattern: /\b(?:dejen|deje|dejes|dejar|paren|pare|para|parar|detengan|detener) de (?:enviar|mandar|escribir|textear)/ },
  { language: 'es', pattern: /\bno (?:me |nos )?(?:envien|manden|escriban|envie|mande|escriba|envies|mandes|escribas)\b/ },
  { language: 'es', pattern: /\b(?:ya )?no (?:quiero|queremos|deseo|deseamos) (?:recibir|mas|sus|estos|los|mensajes|textos)\b/ },
  { language: 'es', pattern: /\bno mas (?:mensajes|textos|msjs|msj|alertas)\b|^no mas$/ },
  { language: 'es', pattern: /\b(?:quitenme|quitame|quitarme|saquenme|sacarme|borrenme|borrarme|eliminenme|eliminarme)\b/ },
  { language: 'es', pattern: /\b(?:borrar|eliminar|quitar) mi (?:numero|telefono|celular)\b/ },
  { language: 'es', pattern: /\b(?:dar|darme|darnos) de baja\b|\bcancelar (?:mi |la )?suscripcion\b|\bdesuscrib/ },
  { language: 'es', pattern: /\bnumero equivocado\b|\bpersona equivocada\b/ },
];

const NONE: KeywordMatch = { classification: 'none', keyword: null, language: null };

/**
 * Classifies an inbound text message.
 *
 * - A keyword counts only as the whole message (after normalizing case, accents and
 *   punctuation): `STOP`, `Stop!!`, `opt-out`, `ALTO` opt out; `START`, `UNSTOP`, `YES`,
 *   `COMENZAR` opt in; `HELP`, `INFO`, `AYUDA` ask for help.
 * - Free text that reads as a revocation ("please stop texting me", "no more texts",
 *   "dejen de enviarme mensajes", "stop please") is `review`: a person must look at it, it is
 *   never silently ignored.
 * - Anything else, including sentences that merely contain a keyword ("I'll stop by at 3"),
 *   is `none`.
 */
export function classifyInboundText(body: string): KeywordMatch {
  const text = normalizeInboundText(body);
  if (text === '') return NONE;
  const definition = BY_NORMALIZED_TEXT.get(text);
  if (definition) {
    return { classification: definition.classification, keyword: definition.keyword, language: definition.language };
  }
  const polite = politeOptOut(text);
  if (polite) return polite;
  for (const { pattern, language } of REVOCATION_PATTERNS) {
    const found = pattern.exec(text);
    if (found) return { classification: 'review', keyword: null, language, phrase: found[0] };
  }
  return NONE;
}

/** An opt-out keyword surrounded only by polite filler words, read as a revocation to review. */
function politeOptOut(text: string): KeywordMatch | null {
  const words = text.split(' ');
  let keyword: KeywordDefinition | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = i + 1 < words.length ? BY_NORMALIZED_TEXT.get(`${word} ${words[i + 1]}`) : undefined;
    const found = pair?.classification === 'optOut' ? pair : BY_NORMALIZED_TEXT.get(word);
    if (found?.classification === 'optOut') {
      keyword ??= found;
      if (found === pair) i++;
    } else if (!POLITE_FILLER.has(word)) {
      return null;
    }
  }
  return keyword ? { classification: 'review', keyword: null, language: keyword.language, phrase: text } : null;
}
