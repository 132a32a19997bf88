import type { ConsentEvent, PersonSummary, SmsConsentStatus } from '../../domain/types.js';
import type { DistrictBuilder } from './builder.js';

const STOP_WORDS = ['STOP', 'Stop', 'stop', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'STOPALL'] as const;

/**
 * Writes a plausible consent history for a cell number ending in `status`:
 * opted in by import, form or staff entry; opted out by a STOP text or a form.
 * `notAsked` writes nothing: a number with no entry has never been asked.
 */
export function seedCellConsent(
  b: DistrictBuilder,
  phone: string,
  status: SmsConsentStatus,
  enteredBy: PersonSummary | null,
): void {
  if (status === 'notAsked') return;
  const r = b.random;
  const optedInAt = b.pastTime(900, 60);
  const optIn: ConsentEvent = r.weighted<ConsentEvent>([
    [{ at: optedInAt, status: 'optedIn', source: 'import', actor: null }, 5],
    [{ at: optedInAt, status: 'optedIn', source: 'webForm', actor: null }, 3],
    [{ at: optedInAt, status: 'optedIn', source: 'staffEntry', actor: enteredBy }, enteredBy ? 2 : 0],
  ]);
  if (status === 'optedIn') {
    b.consent(phone, [optIn]);
    return;
  }
  const optedOutAt = b.pastTime(59, 1);
  const optOut: ConsentEvent = r.chance(0.7)
    ? { at: optedOutAt, status: 'optedOut', source: 'keywordStop', actor: null, keyword: r.pick(STOP_WORDS) }
    : { at: optedOutAt, status: 'optedOut', source: 'webForm', actor: null };
  b.consent(phone, [optIn, optOut]);
}

/** Draws a cell number's consent as districts see it: mostly in, some never asked, a few out. */
export function drawCellStatus(b: DistrictBuilder): SmsConsentStatus {
  return b.random.weighted<SmsConsentStatus>([
    ['optedIn', 84],
    ['notAsked', 11],
    ['optedOut', 5],
  ]);
}
