import type { DistrictRecords, PersonRecord } from '../../domain/records.js';
import type { ContactReason, MessageDelivery } from '../../domain/types.js';
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

/**
 * The channel a conversation notification reaches a participant by: their choice (or the
 * district default); a bouncing email falls back to an opted-in cell, SMS without one to email
 * (or, with no email either, the app).
 */
export function seedDelivery(records: DistrictRecords, personId: string): Omit<MessageDelivery, 'personId' | 'state'> {
  const record = records.people.get(personId)!;
  const preferred = record.conversationChannel ?? records.settings.defaultConversationChannel;
  const email = record.methods.find((m) => m.type === 'email' && m.health !== 'invalid');
  const cell = record.methods.find((m) => m.type === 'cellPhone' && consentStatusOf(records.consents, m.value) === 'optedIn');
  if (preferred === 'email' && email?.health === 'bouncing' && cell) return { channel: 'sms', fallbackFrom: 'email' };
  if (preferred === 'sms' && !cell) return email ? { channel: 'email', fallbackFrom: 'sms' } : { channel: 'inApp', fallbackFrom: 'sms' };
  return { channel: preferred, fallbackFrom: null };
}
