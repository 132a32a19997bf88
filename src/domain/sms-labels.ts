import type { RecipientRef } from './types.js';
import { replyLanguageFor } from './sms-replies.js';

/** Longest name a label shows; longer names are cut, so a label stays short. */
export const LABEL_NAME_MAX = 20;
/** Names a label lists before counting the rest ("and 2 others"). */
export const LABEL_NAMES_SHOWN = 2;

/** The name a label calls a person by: the given name (`Dennis` of `Dennis Park` or `Park, Dennis`). */
export function labelName(displayName: string): string {
  const trimmed = displayName.trim();
  const comma = trimmed.indexOf(',');
  const given = (comma === -1 ? trimmed : trimmed.slice(comma + 1).trim()).split(/\s+/)[0] ?? '';
  return given || trimmed;
}

function cut(name: string): string {
  const characters = [...name];
  return characters.length <= LABEL_NAME_MAX ? name : characters.slice(0, LABEL_NAME_MAX).join('').trimEnd();
}

// Spanish writes "e" instead of "y" before a word that starts with the sound /i/ (i-, hi-, but
// not hie-/hia-, where the sound is /j/): "Dennis e Isabel".
function spanishAnd(next: string): string {
  return /^(?:i|í|hi|hí)(?![aeiouáéíóú])/i.test(next) ? 'e' : 'y';
}

/**
 * The short prefix of a system SMS to a phone that several people share, naming whom it is
 * for: `For Dennis:`, `For Dennis and Ana:`, `For Dennis, Ana and 2 others:` — or in Spanish
 * `Para Dennis:`, `Para Dennis e Isabel:`, `Para Dennis, Ana y 2 más:`.
 *
 * Names are given names (full names when two recipients share a given name), cut at
 * `LABEL_NAME_MAX` characters; at most `LABEL_NAMES_SHOWN` are listed, so the label stays
 * short whatever the number of recipients. Recipients are listed in the order given; two
 * accounts with the same full name (one human, two accounts) are named once.
 *
 * The label is Spanish when every recipient prefers Spanish, English otherwise: a phone shared
 * by an English and a Spanish speaker gets the district's base language, which everyone on a
 * mixed phone is most likely to read.
 */
export function smsLabel(recipients: readonly RecipientRef[]): string | null {
  if (recipients.length === 0) return null;
  const spanish = recipients.every((recipient) => replyLanguageFor(recipient.language) === 'es');
  // One human with two accounts (a staff member who is also a guardian) is named once.
  const fullNames = [...new Set(recipients.map((recipient) => recipient.displayName.trim()))];
  const given = fullNames.map(labelName);
  const clash = new Set(given).size < given.length;
  const names = (clash ? fullNames : given).map(cut);
  const shown = names.length <= LABEL_NAMES_SHOWN ? names : names.slice(0, LABEL_NAMES_SHOWN);
  const others = names.length - shown.length;
  if (spanish) {
    if (others > 0) return `Para ${shown.join(', ')} y ${others} más:`;
    if (shown.length === 1) return `Para ${shown[0]}:`;
    return `Para ${shown[0]} ${spanishAnd(shown[1]!)} ${shown[1]}:`;
  }
  if (others > 0) return `For ${shown.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}:`;
  if (shown.length === 1) return `For ${shown[0]}:`;
  return `For ${shown[0]} and ${shown[1]}:`;
}
