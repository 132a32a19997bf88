import { AsYouType } from 'libphonenumber-js/core';
import { LETTER, phoneMetadata, US_REGION } from './phone-metadata.js';

// Apart from ./contact-values.js because the as-you-type formatter is a large part of the phone
// library and only a phone field needs it: elements that merely show numbers stay without it.
/**
 * Formats what has been typed so far, for a phone field that formats as the person types:
 * `2015550` → `(201) 555-0`. Text with letters is returned as typed (it will be refused on
 * save, and reformatting would hide the letters from the person).
 */
export function formatPhoneAsTyped(input: string): string {
  if (LETTER.test(input)) return input;
  return new AsYouType(US_REGION, phoneMetadata).input(input);
}
