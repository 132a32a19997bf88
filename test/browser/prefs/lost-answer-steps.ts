import { expect, waitUntil } from '@open-wc/testing';
import type { ContactPrefsEditor } from '../../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { isPreferenceOn } from '../../../src/domain/preference-rules.js';
import type { ContactMethodType, ContactPreferences, ContactReason } from '../../../src/domain/types.js';
import { $, $$, adapterFor, backend, box, button, fixtures } from './prefs-harness.js';

/* Steps shared by the tests of saves whose answer was lost. */

const { household } = fixtures;
export const workPhone = '+12015550123';
export const switchOf = (reason: string, method: string, channel = 'voice call') => `${reason} — ${method} — ${channel}`;
export const workVoice = (reason: string) => switchOf(reason, `work phone ${formatPhone(workPhone)}`);
export const householdVoice = (reason: string) => switchOf(reason, `household phone ${formatPhone(household.phone)}`);
export const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const rowsOf = (el: Element, words: string) => $$(el, 'tbody th').filter((th) => text(th).includes(words));

export async function toggle(el: ContactPrefsEditor, name: string): Promise<boolean> {
  box(el, name).click();
  await el.updateComplete;
  return box(el, name).checked;
}

/** Counts `prefs-save` events from now on. */
export function countSaves(el: ContactPrefsEditor): { count: number } {
  const saves = { count: 0 };
  el.addEventListener('prefs-save', () => saves.count++);
  return saves;
}

/** Presses `label` and waits until the editor has an outcome: saved, failed or a conflict. */
export async function pressAndSettle(el: ContactPrefsEditor, label: 'Save' | 'Try again'): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
  await waitUntil(
    () => text($(el, '[role="status"]')) !== 'Saving…' && ($(el, '[part="conflict"]') || $(el, '.state-error') || text($(el, '[role="status"]')).startsWith('Saved.')),
    `no outcome after ${label}`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

export async function saveWithLostAnswer(el: ContactPrefsEditor): Promise<void> {
  backend.controls.failNext({ operationId: 'updateContactPreferences', status: 'answerLost' });
  await pressAndSettle(el, 'Save');
  expect(text($(el, '.state-error')), 'the lost answer shows as a failure').to.include("Can't reach the server");
}

export function expectSavedCleanly(el: ContactPrefsEditor, saves: { count: number }): void {
  expect(text($(el, '[part="conflict"]')), 'a conflict is shown').to.equal('');
  expect(text($(el, '.state-error')), 'an error is shown').to.equal('');
  expect(text($(el, '.summary')), 'changes left unsaved').to.equal('');
  expect(el.dirty).to.equal(false);
  expect(text($(el, '[role="status"]'))).to.match(/^Saved\./);
  expect(saves.count, 'prefs-save events').to.equal(1);
}

export const load = (personId: string) => adapterFor(personId).getContactPreferences(personId);
export const on = (prefs: ContactPreferences, methodId: string, reason: ContactReason) => isPreferenceOn(prefs.preferences, methodId, reason, 'voice');
export const methodsOfType = (prefs: ContactPreferences, type: ContactMethodType) => prefs.methods.filter((m) => m.type === type);

export async function addByAdmin(personId: string, type: ContactMethodType, value: string): Promise<void> {
  const admin = adapterFor(fixtures.admin);
  const current = await admin.getContactPreferences(personId);
  await admin.updateContactPreferences(personId, { methods: { added: [{ clientId: 'admin-1', type, value }] } }, { version: current.version });
}
