import { consentStatusOf } from '../../domain/index.js';
import type { DistrictRecords } from '../../domain/records.js';
import type { MessageDelivery } from '../../domain/types.js';

/**
 * The channel a conversation notification reaches a participant by: their choice (or the
 * district default); a bouncing email falls back to an opted-in cell, SMS without one to email
 * (or, with no email either, the app).
 */
export function notificationRoute(records: DistrictRecords, personId: string): Pick<MessageDelivery, 'channel' | 'fallbackFrom'> {
  const record = records.people.get(personId)!;
  const preferred = record.conversationChannel ?? records.settings.defaultConversationChannel;
  const email = record.methods.find((m) => m.type === 'email' && m.health !== 'invalid');
  const cell = record.methods.find((m) => m.type === 'cellPhone' && consentStatusOf(records.consents, m.value) === 'optedIn');
  if (preferred === 'email' && email?.health === 'bouncing' && cell) return { channel: 'sms', fallbackFrom: 'email' };
  if (preferred === 'sms' && !cell) return email ? { channel: 'email', fallbackFrom: 'sms' } : { channel: 'inApp', fallbackFrom: 'sms' };
  return { channel: preferred, fallbackFrom: null };
}
