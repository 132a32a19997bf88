import type { DistrictRecords } from '../../domain/records.js';
import type { ContactMethod, SmsConsentSummary } from '../../domain/types.js';

/** The consent summary a phone method shows; a number with no entry has not been asked. */
export function consentSummaryOf(records: DistrictRecords, phone: string): SmsConsentSummary {
  const consent = records.consents.get(phone);
  if (!consent) return { phone, status: 'notAsked', updatedAt: null, source: null, actor: null };
  return { phone, status: consent.status, updatedAt: consent.updatedAt, source: consent.source, actor: consent.actor };
}

/** Which accounts hold each contact value. */
export function indexMethodValues(records: DistrictRecords): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const record of records.people.values()) {
    for (const method of record.methods) {
      let holders = index.get(method.value);
      if (!holders) index.set(method.value, (holders = new Set()));
      holders.add(record.person.id);
    }
  }
  return index;
}

/** Fills the fields of a method that depend on the rest of the district. */
export function withDerivedFields(records: DistrictRecords, index: Map<string, Set<string>>, method: ContactMethod): ContactMethod {
  const holders = index.get(method.value);
  const sharedAccountCount = holders ? holders.size - (holders.has(method.personId) ? 1 : 0) : 0;
  const isPhone = method.type !== 'email' && method.type !== 'secondaryEmail';
  return { ...method, sharedAccountCount, smsConsent: isPhone ? consentSummaryOf(records, method.value) : null };
}

/**
 * Refreshes every stored method's `sharedAccountCount` in place. Stored methods leave
 * `smsConsent` out: the consent lives in `consents`, and `withDerivedFields` adds it when served.
 */
export function refreshSharedCounts(records: DistrictRecords, index = indexMethodValues(records)): void {
  for (const record of records.people.values()) {
    for (const method of record.methods) method.sharedAccountCount = index.get(method.value)!.size - 1;
  }
}
