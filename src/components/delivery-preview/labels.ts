import { msg } from '@lit/localize';
import type { ContactReason, DeliveryChannel, SkipReason } from '../../domain/types.js';

/* Words of the delivery preview. */

export function reasonLabel(reason: ContactReason): string {
  switch (reason) {
    case 'emergency':
      return msg('Emergency');
    case 'attendance':
      return msg('Attendance');
    case 'behavior':
      return msg('Behavior');
    case 'staff':
      return msg('Staff');
    case 'general':
      return msg('General');
    case 'foodService':
      return msg('Food Service');
    case 'priority':
      return msg('Priority');
    case 'teacher':
      return msg('Teacher');
  }
}

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
