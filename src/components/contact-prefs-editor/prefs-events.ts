import type { ContactPreferencesChange, ContactPreferencesSaveResult } from '../../domain/types.js';

/** Detail of `prefs-change`: the edits not saved yet, as the Save would send them. */
export interface PrefsChangeDetail {
  personId: string;
  change: ContactPreferencesChange;
}

/**
 * Detail of `prefs-save`: what the server answered. `alsoUpdated` (the household members a
 * household phone's switches were carried to) is `null` when it is not known: a save whose answer
 * was lost set such switches, and the server named those members only in that lost answer.
 */
export type PrefsSaveDetail = Omit<ContactPreferencesSaveResult, 'alsoUpdated'> & {
  alsoUpdated: ContactPreferencesSaveResult['alsoUpdated'] | null;
};
