import { msg } from '@lit/localize';
import type { ContactMethodType, ContactReason, PersonRole } from '../../domain/types.js';

/*
 * The kit's words for its shared vocabulary, one place for every element, so a reason or a
 * contact-method type reads the same everywhere and is translated once. Functions, not
 * constants: they read the language active when called.
 */

/** A contact reason as a title ("Attendance"). */
export function reasonLabel(reason: ContactReason): string {
  switch (reason) {
    case 'emergency':
      return msg('Emergency', { desc: 'Contact reason.' });
    case 'attendance':
      return msg('Attendance', { desc: 'Contact reason.' });
    case 'behavior':
      return msg('Behavior', { desc: 'Contact reason.' });
    case 'staff':
      // "Staff" is also a kind of account (roleLabel): the ids keep the two translatable apart.
      return msg('Staff', { id: 'reason-staff', desc: 'Contact reason: messages for staff with a district assignment.' });
    case 'general':
      return msg('General', { desc: 'Contact reason.' });
    case 'foodService':
      return msg('Food Service', { desc: 'Contact reason.' });
    case 'priority':
      return msg('Priority', { desc: 'Contact reason.' });
    case 'teacher':
      return msg('Teacher', { desc: 'Contact reason: messages teachers send about their classes.' });
  }
}

/** A contact-method type as a title ("Cell phone"). */
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

/** A contact-method type inside a sentence ("cell phone"). */
export function methodTypeInSentence(type: ContactMethodType): string {
  switch (type) {
    case 'householdPhone':
      return msg('household phone', { desc: 'Inside a sentence.' });
    case 'homePhone':
      return msg('home/other phone', { desc: 'Inside a sentence.' });
    case 'workPhone':
      return msg('work phone', { desc: 'Inside a sentence.' });
    case 'cellPhone':
      return msg('cell phone', { desc: 'Inside a sentence.' });
    case 'email':
      return msg('email', { desc: 'Inside a sentence.' });
    case 'secondaryEmail':
      return msg('secondary email', { desc: 'Inside a sentence.' });
  }
}

/** A kind of account ("Guardian"). */
export function roleLabel(role: PersonRole): string {
  switch (role) {
    case 'staff':
      return msg('Staff', { id: 'role-staff', desc: 'Kind of account.' });
    case 'guardian':
      return msg('Guardian', { desc: 'Kind of account.' });
    case 'student':
      return msg('Student', { desc: 'Kind of account.' });
  }
}
