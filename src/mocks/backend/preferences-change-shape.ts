import type { ContactPreferencesChange, ContactMethodType, ContactReason, PreferenceChannel } from '../../domain/types.js';
import { CONTACT_METHOD_TYPES, CONTACT_REASONS, CONVERSATION_CHANNELS } from '../../domain/vocabulary.js';
import { BodyChecker } from './body-checker.js';

const CHANNELS: readonly PreferenceChannel[] = ['voice', 'text', 'email'];

/**
 * Checks that a Save has the contract's shape (types and enums), so the domain rules only ever
 * see well-formed changes; the rules themselves are the domain's.
 */
export function readPreferencesChange(body: unknown): ContactPreferencesChange {
  const check = new BodyChecker(body);
  const change: ContactPreferencesChange = {};
  const methods = check.object('methods', false, (m) => {
    const added = m.array('added', {}, (item, path) => {
      const c = new BodyChecker(item, path);
      const clientId = c.string('clientId', { required: true, min: 1 });
      const type = c.string('type', { required: true, values: CONTACT_METHOD_TYPES }) as ContactMethodType | undefined;
      const value = c.string('value', { required: true });
      m.errors.push(...c.errors);
      return clientId && type && value !== undefined ? { clientId, type, value } : undefined;
    });
    const updated = m.array('updated', {}, (item, path) => {
      const c = new BodyChecker(item, path);
      const id = c.string('id', { required: true, min: 1 });
      const type = c.string('type', { values: CONTACT_METHOD_TYPES }) as ContactMethodType | undefined;
      const value = c.string('value');
      m.errors.push(...c.errors);
      if (!id) return undefined;
      return { id, ...(type ? { type } : {}), ...(typeof value === 'string' ? { value } : {}) };
    });
    const removed = m.array('removed', {}, m.stringItem);
    return { ...(added ? { added } : {}), ...(updated ? { updated } : {}), ...(removed ? { removed } : {}) };
  });
  if (methods) change.methods = methods;
  const preferences = check.array('preferences', {}, (item, path) => {
    const c = new BodyChecker(item, path);
    const methodId = c.string('methodId', { required: true, min: 1 });
    const reason = c.string('reason', { required: true, values: CONTACT_REASONS }) as ContactReason | undefined;
    const channel = c.string('channel', { required: true, values: CHANNELS }) as PreferenceChannel | undefined;
    const enabled = c.boolean('enabled', true);
    check.errors.push(...c.errors);
    return methodId && reason && channel && enabled !== undefined ? { methodId, reason, channel, enabled } : undefined;
  });
  if (preferences) change.preferences = preferences;
  const language = check.string('language', { pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, patternCode: 'invalidLanguage' });
  if (typeof language === 'string') change.language = language;
  if (check.has('conversationChannel')) {
    const channel = check.string('conversationChannel', { nullable: true, values: CONVERSATION_CHANNELS });
    if (channel !== undefined) change.conversationChannel = channel as ContactPreferencesChange['conversationChannel'];
  }
  check.done();
  return change;
}
