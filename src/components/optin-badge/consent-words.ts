import { msg } from '@lit/localize/init/install.js';
import type { ConsentSource, SmsConsentStatus } from '../../domain/types.js';

/*
 * Words for consent statuses and sources, shared by the three consent elements. Kept free of
 * heavy imports: `<optin-badge>` ships alone on pages that show nothing else.
 */

/** The statuses, in the order lists and filters show them. */
export const CONSENT_STATUSES: readonly SmsConsentStatus[] = ['optedIn', 'optedOut', 'notAsked'];

/** Whether a string is one of the contract's consent statuses. */
export function isConsentStatus(value: unknown): value is SmsConsentStatus {
  return value === 'optedIn' || value === 'optedOut' || value === 'notAsked';
}

/** The status as a short label: "Opted in to texts". */
export function consentStatusLabel(status: SmsConsentStatus): string {
  switch (status) {
    case 'optedIn':
      return msg('Opted in to texts');
    case 'optedOut':
      return msg('Opted out of texts');
    case 'notAsked':
      return msg('Not asked about texts');
  }
}

/** How the consent was given or withdrawn: "Web form", "Texted STOP", … */
export function consentSourceLabel(source: ConsentSource): string {
  switch (source) {
    case 'webForm':
      return msg('Web form');
    case 'keywordStop':
      return msg('Texted STOP');
    case 'keywordStart':
      return msg('Texted START');
    case 'staffEntry':
      return msg('Entered by staff');
    case 'import':
      return msg('Imported from school records');
  }
}
