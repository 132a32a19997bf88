import { msg, str } from '@lit/localize';
import type {
  InconsistencyFlag,
  InconsistencyKind,
  SharedContactGroup,
  SharedMethodKind,
  SharingKind,
} from '../../domain/types.js';

export { methodTypeLabel, roleLabel } from '../shared/vocabulary-labels.js';

/*
 * Words of the shared-contact report. Flags arrive with an English reason from the backend;
 * the report words them itself by kind, so they read in the viewer's language.
 */

export function kindLabel(kind: SharedMethodKind): string {
  return kind === 'phone' ? msg('Phone') : msg('Email');
}

export function flagLabel(kind: InconsistencyKind): string {
  switch (kind) {
    case 'possibleDuplicateGuardian':
      return msg('Possible duplicate guardian');
    case 'householdPhoneAcrossHouseholds':
      return msg('Household phone on several households');
    case 'sharedAcrossUnrelated':
      return msg('Shared by unrelated accounts');
  }
}

export function sharingLabel(kind: SharingKind): string {
  switch (kind) {
    case 'household':
      return msg('Same household');
    case 'sameHuman':
      return msg('One person with two accounts');
    case 'unexplained':
      return msg('No known link');
  }
}


/**
 * The plain-language reason of a flag, in the viewer's language, naming the accounts it is about.
 * `formatCount` writes its counts; the CSV export keeps them plain digits, as in its count column.
 */
export function flagReason(flag: InconsistencyFlag, group: SharedContactGroup, formatCount: (count: number) => string = String): string {
  const accounts = group.accounts.filter((account) => flag.personIds.includes(account.person.id));
  switch (flag.kind) {
    case 'possibleDuplicateGuardian': {
      const first = accounts[0]?.person.displayName ?? '';
      const second = accounts[1]?.person.displayName ?? '';
      return msg(
        str`${first} and ${second} are separate guardian accounts with similar names on this phone number, and only one of them has an email address. They may be one guardian whose student records hold different contact details.`,
      );
    }
    case 'householdPhoneAcrossHouseholds': {
      const households = formatCount(new Set(accounts.map((account) => account.householdId).filter((id) => id !== null)).size);
      return msg(str`This number is the household phone of ${households} different households. A household phone normally belongs to one household.`);
    }
    case 'sharedAcrossUnrelated': {
      const count = formatCount(accounts.length);
      return group.kind === 'phone'
        ? msg(str`${count} accounts that are not in one household and not linked as one person share this phone number.`)
        : msg(str`${count} accounts that are not in one household and not linked as one person share this email address.`);
    }
  }
}
