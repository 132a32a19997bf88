import type { DistrictRecords, PersonRecord } from '../../domain/records.js';
import type { ContactReason } from '../../domain/types.js';
import { consentStatusOf, reasonAvailability, textAvailability } from '../../domain/index.js';
import type { SeedRules } from './preferences.js';

/** The rules the generator's seeded switches obey: the domain's own. */
export const seedRules: SeedRules = {
  reasonAllowed(records: DistrictRecords, record: PersonRecord, reason: ContactReason): boolean {
    return reasonAvailability(record.person, reason, records.settings) === 'available';
  },
  textAllowed(records: DistrictRecords, record: PersonRecord, methodId: string): boolean {
    const method = record.methods.find((m) => m.id === methodId);
    if (!method) return false;
    const consent = consentStatusOf(records.consents, method.value);
    return textAvailability(method, { consent, textingEnabled: records.settings.texting.enabled }).available;
  },
};
