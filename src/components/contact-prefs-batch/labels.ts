import { msg } from '@lit/localize';
import type { BatchMode, ContactMethodType, ContactReason } from '../../domain/types.js';

/*
 * Words for the batch wizard's vocabulary. Functions, not constants, so they follow a change
 * of language.
 */

/** A contact-method type as the wizard's matrix and result table name it. */
export function methodTypeLabel(type: ContactMethodType): string {
  switch (type) {
    case 'householdPhone':
      return msg('Household phone');
    case 'homePhone':
      return msg('Home/other phone');
    case 'workPhone':
      return msg('Work phone');
    case 'cellPhone':
      return msg('Cell phone');
    case 'email':
      return msg('Email');
    case 'secondaryEmail':
      return msg('Secondary email');
  }
}

/** A contact reason (the kind of message) as the district tools name it. */
export function reasonLabel(reason: ContactReason): string {
  switch (reason) {
    case 'emergency':
      return msg('Emergency');
    case 'attendance':
      return msg('Attendance');
    case 'behavior':
      return msg('Behavior');
    case 'staff':
      return msg('Staff', { desc: 'Contact reason: notices to staff about behavior referrals.' });
    case 'general':
      return msg('General');
    case 'foodService':
      return msg('Food service');
    case 'priority':
      return msg('Priority');
    case 'teacher':
      return msg('Teacher', { desc: 'Contact reason: messages teachers send about grades and assignments.' });
  }
}

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
