import { expect, waitUntil } from '@open-wc/testing';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { $, $$, button, fillForm, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';
import {
  countSaves,
  expectSavedCleanly,
  householdVoice,
  load,
  methodsOfType,
  on,
  pressAndSettle,
  rowsOf,
  saveWithLostAnswer,
  text,
  toggle,
} from './lost-answer-steps.js';

/*
 * A save whose answer was lost, then an edit that undoes part of it: what the screen shows when
 * the person presses Save is what must end up saved, or be shown as a conflict; never kept quietly.
 */
useMockBackend();

const { neverAskedGuardian, household } = fixtures;
const rowOf = (el: Element, words: string) => $$(el, 'tbody tr').find((tr) => text(tr).includes(words))!;
const rowButton = (el: Element, words: string, index: number) => rowOf(el, words).querySelectorAll<HTMLButtonElement>('.actions button')[index]!;

/** Neither a clean save with the server holding what the screen shows, nor a conflict: a silent loss. */
function expectNothingKeptQuietly(el: Element, serverValue: string | undefined, screenValue: string): void {
  if ($(el, '[part="conflict"]')) return;
  expect(serverValue, 'the server holds a value the screen does not show').to.equal(screenValue);
}

/** The guardian's editor after a save that changed their cell number and whose answer was lost. */
async function afterLostNumberChange() {
  const el = await mountEditor(household.guardianId);
  const before = await load(household.guardianId);
  const cell = methodsOfType(before, 'cellPhone')[0]!;
  rowButton(el, 'Cell phone', 0).click();
  await fillForm(el, undefined, '201 555 0188');
  await saveWithLostAnswer(el);
  return { el, before, cell };
}

describe('<contact-prefs-editor> undoing part of a save whose answer was lost', () => {
  it('a method changed back after the lost save is saved as shown', async () => {
    const { el, before, cell } = await afterLostNumberChange();
    rowButton(el, 'Cell phone', 0).click();
    await fillForm(el, undefined, formatPhone(cell.value));
    const wanted = await toggle(el, householdVoice('General'));
    expect(text(rowOf(el, 'Cell phone'))).to.include(formatPhone(cell.value));
    await pressAndSettle(el, 'Save');
    const after = await load(household.guardianId);
    expectNothingKeptQuietly(el, methodsOfType(after, 'cellPhone')[0]?.value, cell.value);
    expect(text($(el, '[part="conflict"]')), 'a conflict is shown').to.equal('');
    expect(methodsOfType(after, 'cellPhone').map((m) => m.value)).to.deep.equal([cell.value]);
    expect(on(after, methodsOfType(after, 'householdPhone')[0]!.id, 'general')).to.equal(wanted);
    // The lost change of number dropped the number's text switches; the screen never showed that.
    const texts = (prefs: typeof before) => prefs.preferences.filter((c) => c.methodId === cell.id && c.channel === 'text' && c.enabled).map((c) => c.reason);
    expect(texts(before)).not.to.deep.equal([]);
    expect(texts(after)).to.deep.equal(texts(before));
    expect(text(rowOf(el, 'Cell phone'))).to.include(formatPhone(cell.value));
    expect(el.dirty).to.equal(false);
  });

  it('a method added by the lost save, then removed, is not kept', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    await saveWithLostAnswer(el);
    rowButton(el, 'Work phone', 1).click();
    await el.updateComplete;
    expect(rowsOf(el, 'Work phone')).to.deep.equal([]);
    expect($$(el, '.summary li').map(text), 'the removal waits to be saved').to.have.length(1);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Save');
    expectSavedCleanly(el, saves);
    expect(methodsOfType(await load(neverAskedGuardian.personId), 'workPhone')).to.deep.equal([]);
    expect(rowsOf(el, 'Work phone')).to.deep.equal([]);
  });

  it('Cancel after a lost save shows what the server holds, and the next save applies only what is on screen', async () => {
    const { el, cell } = await afterLostNumberChange();
    button(el, 'Cancel').click();
    await el.updateComplete;
    const held = await load(household.guardianId);
    expect(methodsOfType(held, 'cellPhone').map((m) => m.value)).to.deep.equal(['+12015550188']);
    await waitForRow(el, formatPhone('+12015550188'));
    expect(el.dirty).to.equal(false);
    // Now set the old number again, as the screen invites: it is what gets saved.
    rowButton(el, 'Cell phone', 0).click();
    await fillForm(el, undefined, formatPhone(cell.value));
    const saves = countSaves(el);
    await pressAndSettle(el, 'Save');
    expectSavedCleanly(el, saves);
    expect(methodsOfType(await load(household.guardianId), 'cellPhone').map((m) => m.value)).to.deep.equal([cell.value]);
  });

  it('a save whose changes all landed with the lost one does not claim that nobody else was updated', async () => {
    const el = await mountEditor(household.guardianId);
    const saves: Array<{ alsoUpdated: unknown }> = [];
    el.addEventListener('prefs-save', (event) => saves.push(event.detail));
    await toggle(el, householdVoice('General'));
    await saveWithLostAnswer(el);
    await pressAndSettle(el, 'Try again');
    expect(saves).to.have.length(1);
    expect(saves[0]!.alsoUpdated, 'who else the lost save updated is not known').to.equal(null);
    expect(text($(el, '[role="status"]'))).to.equal('Saved.');
  });
});

async function waitForRow(el: Element, words: string): Promise<void> {
  await waitUntil(() => rowOf(el, 'Cell phone') && text(rowOf(el, 'Cell phone')).includes(words), `no cell phone row showing ${words}`, { timeout: 5000 });
}
