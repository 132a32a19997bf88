import { msg } from '@lit/localize';
import type { BatchMode } from '../../domain/types.js';

export { methodTypeLabel, reasonLabel } from '../shared/vocabulary-labels.js';

/*
 * Words for the batch wizard's vocabulary. Functions, not constants, so they follow a change
 * of language.
 */

/** Whom a batch mode changes. */
export function modeLabel(mode: BatchMode): string {
  switch (mode) {
    case 'studentContacts':
      return msg('Student messenger contacts');
    case 'students':
      return msg('Students');
    case 'staff':
      return msg('Census/staff', { desc: 'Batch mode: change the preferences of staff members.' });
  }
}

/** Why the job could not update one person, from the error's code. */
export function batchErrorReason(code: string): string {
  switch (code) {
    case 'inactive':
      return msg('The account is inactive, so it was not changed.');
    case 'recordLocked':
      return msg('Someone else was editing this record.');
    case 'invalidMethod':
      return msg('A phone number or email address on the record is not valid.');
    default:
      return msg('The record could not be updated.');
  }
}
