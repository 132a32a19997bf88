import type { DistrictRecords } from '../../domain/records.js';
import type { MessageDelivery } from '../../domain/types.js';
import { seedDelivery } from '../district/seed-rules.js';

/**
 * How a conversation notification reaches one participant: their preferred channel, or the
 * other one when it fails (a bouncing email falls back to SMS until the email is reset).
 */
export function notificationRoute(records: DistrictRecords, personId: string): Pick<MessageDelivery, 'channel' | 'fallbackFrom'> {
  const route = seedDelivery(records, personId);
  return { channel: route.channel, fallbackFrom: route.fallbackFrom ?? null };
}
