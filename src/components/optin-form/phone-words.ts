import { msg } from '@lit/localize';
import type { PhoneProblem } from '../../domain/contact-values.js';
import type { PhoneType } from '../../domain/types.js';

/** Number types in the order the form lists them. */
export const PHONE_TYPES: readonly PhoneType[] = ['cell', 'home', 'work', 'other'];

/** Whether a string is one of the contract's number types. */
export function isPhoneType(value: unknown): value is PhoneType {
  return typeof value === 'string' && (PHONE_TYPES as readonly string[]).includes(value);
}

/** A number type's name: Cell, Home, Work, Other. */
export function phoneTypeLabel(type: PhoneType): string {
  switch (type) {
    case 'cell':
      return msg('Cell', { desc: 'Phone number type: a mobile phone.' });
    case 'home':
      return msg('Home', { desc: 'Phone number type: the household landline.' });
    case 'work':
      return msg('Work', { desc: 'Phone number type.' });
    case 'other':
      return msg('Other', { desc: 'Phone number type.' });
  }
}

/** What to tell a person whose phone number was refused, and how to fix it. */
export function phoneProblemMessage(problem: PhoneProblem): string {
  switch (problem) {
    case 'empty':
      return msg('Enter a phone number.');
    case 'hasLetters':
      return msg('Use digits only, for example (201) 555-0123.');
    case 'tooShort':
      return msg('This number is too short. Enter all 10 digits, with the area code.');
    case 'tooLong':
      return msg('This number is too long. Enter 10 digits, with the area code.');
    case 'notUS':
      return msg('Enter a US phone number. Numbers from other countries cannot receive texts from the school.');
    case 'invalid':
      return msg('This is not a valid US phone number. Check the area code and the digits.');
  }
}
