import type { DistrictRecords, PersonRecord } from '../../domain/records.js';
import type { ContactReason, MessageDelivery } from '../../domain/types.js';
import type { SeedRules } from './preferences.js';

/** The rules the generator's seeded switches obey. */
export const seedRules: SeedRules = {
  reasonAllowed(records: DistrictRecords, record: PersonRecord, reason: ContactReason): boolean {
    if (!records.settings.enabledReasons.includes(reason)) return false;
    return reason !== 'staff' || record.person.hasDistrictAssignment === true;
  },
  textAllowed(records: DistrictRecords, record: PersonRecord, methodId: string): boolean {
    const method = record.methods.find((m) => m.id === methodId);
    return method?.type === 'cellPhone' && records.consents.get(method.value)?.status === 'optedIn';
  },
};

/** The channel a seeded conversation message reached a participant by. */
export function seedDelivery(records: DistrictRecords, personId: string): Omit<MessageDelivery, 'personId' | 'state'> {
  const record = records.people.get(personId)!;
  const preferred = record.conversationChannel ?? records.settings.defaultConversationChannel;
  const email = record.methods.find((m) => m.type === 'email');
  const cell = record.methods.find((m) => m.type === 'cellPhone' && records.consents.get(m.value)?.status === 'optedIn');
  if (preferred === 'email' && email?.health === 'bouncing' && cell) return { channel: 'sms', fallbackFrom: 'email' };
  if (preferred === 'sms' && !cell) return email ? { channel: 'email', fallbackFrom: 'sms' } : { channel: 'inApp', fallbackFrom: 'sms' };
  return { channel: preferred, fallbackFrom: null };
}
