import { parsePhoneNumberWithError, validatePhoneNumberLength } from 'libphonenumber-js/core';
import type { ContactMethodType, E164 } from './types.js';
import { isPhoneType } from './vocabulary.js';
import foreignAreaCodes from './generated/nanp-foreign-area-codes.json' with { type: 'json' };
import { LETTER, phoneMetadata, US_REGION } from './phone-metadata.js';

const foreignAreaCodeRegions: Readonly<Record<string, string>> = foreignAreaCodes.areaCodes;

/** Why a typed phone number was refused. */
export type PhoneProblem =
  /** Nothing but spaces was typed. */
  | 'empty'
  /** Letters such as `555-CALL-NOW` or `ext. 12`: refused rather than guessed at. */
  | 'hasLetters'
  | 'tooShort'
  | 'tooLong'
  /** A number of another country (another calling code, or a +1 number of Canada or the Caribbean). */
  | 'notUS'
  /** The right length, but not a number the US numbering plan assigns. */
  | 'invalid';

/** The outcome of parsing a typed phone number. */
export type PhoneParseResult =
  | {
      ok: true;
      /** The number in E.164, e.g. `+12015550123`. */
      e164: E164;
      /** `US`, or the territory it belongs to (`PR`, `GU`, `VI`, `AS`, `MP`). */
      region: string;
    }
  | {
      ok: false;
      reason: PhoneProblem;
      /** For `notUS`, the region the number belongs to when it is known (`CA`, `JM`, …). */
      region?: string;
    };

/** Longer input than any way of writing a US number; parsing it is pointless work. */
const MAX_PHONE_INPUT = 64;

/**
 * Parses a phone number as a person types it — `(201) 555-0123`, `201.555.0123`,
 * `1 201 555 0123`, `+1 201 555 0123` — into E.164. Numbers without a country code are read
 * as US numbers. Letters are refused (`555-CALL-NOW` is not converted to digits), as are
 * numbers outside the US and its territories.
 */
export function parsePhone(input: string): PhoneParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (LETTER.test(text)) return { ok: false, reason: 'hasLetters' };
  if (text.length > MAX_PHONE_INPUT) return { ok: false, reason: 'tooLong' };

  const lengthProblem = validatePhoneNumberLength(text, { defaultCountry: US_REGION }, phoneMetadata);
  switch (lengthProblem) {
    case undefined:
      break;
    case 'INVALID_COUNTRY':
      return { ok: false, reason: 'notUS' };
    case 'TOO_SHORT':
      return { ok: false, reason: 'tooShort' };
    case 'TOO_LONG':
      return { ok: false, reason: 'tooLong' };
    case 'NOT_A_NUMBER':
      return { ok: false, reason: /\d/.test(text) ? 'invalid' : 'empty' };
    default:
      return { ok: false, reason: 'invalid' };
  }

  let number;
  try {
    number = parsePhoneNumberWithError(text, { defaultCountry: US_REGION }, phoneMetadata);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (number.countryCallingCode !== '1') return { ok: false, reason: 'notUS' };
  if (!number.isValid() || !number.country) {
    const region = foreignAreaCodeRegions[number.nationalNumber.slice(0, 3)];
    return region ? { ok: false, reason: 'notUS', region } : { ok: false, reason: 'invalid' };
  }
  return { ok: true, e164: number.number, region: number.country };
}

/** How to show a stored number: `(201) 555-0123` or `+1 201 555 0123`. */
export type PhoneDisplayStyle = 'national' | 'international';

/**
 * Formats a stored E.164 number for people to read. A value that does not parse, or cannot be
 * a number (too short or too long), is returned unchanged, so a bad record shows what it holds.
 */
export function formatPhone(e164: E164, style: PhoneDisplayStyle = 'national'): string {
  try {
    const number = parsePhoneNumberWithError(e164, phoneMetadata);
    // A stored value of the wrong length would come out as a plausible-looking fragment.
    if (!number.isPossible()) return e164;
    return style === 'national' ? number.formatNational() : number.formatInternational();
  } catch {
    return e164;
  }
}


/** Why a typed email address was refused. */
export type EmailProblem =
  | 'empty'
  /** More than 254 characters, the most a mail server accepts. */
  | 'tooLong'
  | 'hasSpaces'
  | 'missingAt'
  /** The part before `@` is empty, too long, or holds characters mail addresses cannot. */
  | 'invalidLocalPart'
  /** The part after `@` is not a domain name such as `example.org`. */
  | 'invalidDomain';

/** The outcome of normalizing a typed email address. */
export type EmailParseResult = { ok: true; email: string } | { ok: false; reason: EmailProblem };

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
// Unquoted local parts only (RFC 5322 dot-atoms): quoted forms and comments are legal but never
// typed by real families, and many mail systems refuse them.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL_DOMAIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalizes a typed email address: trims it, lower-cases it (addresses are stored
 * lower-cased so that shared addresses match) and checks its syntax sensibly — one `@`, a
 * dot-atom local part, a domain of at least two labels with an alphabetic top-level domain.
 * Internationalized domains are accepted in their `xn--` form.
 */
export function normalizeEmail(input: string): EmailParseResult {
  const email = input.trim().toLowerCase();
  if (email === '') return { ok: false, reason: 'empty' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, reason: 'tooLong' };
  if (/\s/.test(email)) return { ok: false, reason: 'hasSpaces' };
  const at = email.lastIndexOf('@');
  if (at === -1) return { ok: false, reason: 'missingAt' };
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) {
    return { ok: false, reason: 'invalidLocalPart' };
  }
  const labels = domain.split('.');
  if (
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label)) ||
    !TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]!)
  ) {
    return { ok: false, reason: 'invalidDomain' };
  }
  return { ok: true, email };
}

/** The outcome of normalizing the value of a contact method of a given type. */
export type ContactValueResult =
  | { ok: true; kind: 'phone' | 'email'; value: string }
  | { ok: false; kind: 'phone'; reason: PhoneProblem; code: 'invalidPhone' }
  | { ok: false; kind: 'email'; reason: EmailProblem; code: 'invalidEmail' };

/**
 * Normalizes a contact method's value by its type: phones to E.164, emails lower-cased.
 * A failure carries the field-error code (`invalidPhone` / `invalidEmail`) and the reason.
 */
export function normalizeContactValue(type: ContactMethodType, input: string): ContactValueResult {
  if (isPhoneType(type)) {
    const phone = parsePhone(input);
    return phone.ok
      ? { ok: true, kind: 'phone', value: phone.e164 }
      : { ok: false, kind: 'phone', reason: phone.reason, code: 'invalidPhone' };
  }
  const email = normalizeEmail(input);
  return email.ok
    ? { ok: true, kind: 'email', value: email.email }
    : { ok: false, kind: 'email', reason: email.reason, code: 'invalidEmail' };
}
