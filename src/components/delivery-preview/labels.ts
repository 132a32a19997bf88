import { msg } from '@lit/localize';
import type { DeliveryChannel, SkipReason } from '../../domain/types.js';

export { reasonLabel } from '../shared/vocabulary-labels.js';

/* Words of the delivery preview. */

export function channelLabel(channel: DeliveryChannel): string {
  switch (channel) {
    case 'sms':
      return msg('Text (SMS)');
    case 'voice':
      return msg('Voice call');
    case 'email':
      return msg('Email');
  }
}

export function skipLabel(why: SkipReason): string {
  switch (why) {
    case 'optedOut':
      return msg('Opted out of texts');
    case 'noUsableMethod':
      return msg('No contact method is on for this reason');
    case 'bouncingNoFallback':
      return msg('Email is bouncing and no cell phone can take over');
    case 'inactive':
      return msg('Inactive account');
  }
}
