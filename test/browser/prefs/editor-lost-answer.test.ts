import { expect, waitUntil } from '@open-wc/testing';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { $, $$, backend, box, button, fillForm, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';
import {
  addByAdmin,
  countSaves,
  expectSavedCleanly,
  householdVoice,
  load,
  methodsOfType,
  on,
  pressAndSettle,
  rowsOf,
  saveWithLostAnswer,
  switchOf,
  text,
  toggle,
  workPhone,
  workVoice,
} from './lost-answer-steps.js';

/*
 * A save the server applied whose answer never arrived: the person's own change must be
 * recognized as theirs on Try again, not shown as someone else's and not left as an edit.
 */
useMockBackend();

const { neverAskedGuardian, household } = fixtures;

describe('<contact-prefs-editor> a save whose answer was lost', () => {
  it('added a method: Try again finds it saved, once, with every switch set on it, before and after', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    expect(await toggle(el, workVoice('Attendance'))).to.equal(true);
    await saveWithLostAnswer(el);
    // Set after the lost save, on the row that is still "new" on screen.
    expect(await toggle(el, workVoice('General'))).to.equal(true);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Try again');
    expectSavedCleanly(el, saves);
    const prefs = await load(neverAskedGuardian.personId);
    const work = methodsOfType(prefs, 'workPhone');
    expect(work.map((m) => m.value)).to.deep.equal([workPhone]);
    expect([on(prefs, work[0]!.id, 'attendance'), on(prefs, work[0]!.id, 'general')]).to.deep.equal([true, true]);
    const rows = rowsOf(el, 'Work phone').map(text);
    expect(rows).to.have.length(1);
    expect(rows[0]).not.to.include('New, not saved');
    expect([box(el, workVoice('Attendance')).checked, box(el, workVoice('General')).checked]).to.deep.equal([true, true]);
  });

  it('removed a method: Try again finds it removed, with the other edit of that save kept', async () => {
    const el = await mountEditor(household.guardianId);
    const cellRow = $$(el, 'tbody tr').find((tr) => text(tr).includes('Cell phone'))!;
    ([...cellRow.querySelectorAll('.actions button')][1] as HTMLButtonElement).click();
    await el.updateComplete;
    const wanted = await toggle(el, householdVoice('Behavior'));
    await saveWithLostAnswer(el);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Try again');
    expectSavedCleanly(el, saves);
    const prefs = await load(household.guardianId);
    expect(methodsOfType(prefs, 'cellPhone')).to.deep.equal([]);
    expect(on(prefs, methodsOfType(prefs, 'householdPhone')[0]!.id, 'behavior')).to.equal(wanted);
    expect(rowsOf(el, 'Cell phone')).to.deep.equal([]);
    expect(box(el, householdVoice('Behavior')).checked).to.equal(wanted);
  });

  it('changed a method: Try again finds the new number saved, with the switch set on it', async () => {
    const el = await mountEditor(household.guardianId);
    const cellRow = $$(el, 'tbody tr').find((tr) => text(tr).includes('Cell phone'))!;
    (cellRow.querySelector('.actions button') as HTMLButtonElement).click();
    await fillForm(el, undefined, '201 555 0188');
    const cellVoice = switchOf('Priority', 'cell phone (201) 555-0188');
    const wanted = await toggle(el, cellVoice);
    await saveWithLostAnswer(el);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Try again');
    expectSavedCleanly(el, saves);
    const prefs = await load(household.guardianId);
    const cells = methodsOfType(prefs, 'cellPhone');
    expect(cells.map((m) => m.value)).to.deep.equal(['+12015550188']);
    expect(on(prefs, cells[0]!.id, 'priority')).to.equal(wanted);
    expect(rowsOf(el, 'Cell phone').map(text)).to.have.length(1);
    expect(box(el, cellVoice).checked).to.equal(wanted);
  });

  it('changed switches and language: Try again saves without a conflict', async () => {
    const el = await mountEditor(household.guardianId);
    const wanted = await toggle(el, householdVoice('General'));
    const language = $<HTMLSelectElement>(el, '#language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await saveWithLostAnswer(el);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Try again');
    expectSavedCleanly(el, saves);
    const prefs = await load(household.guardianId);
    expect([on(prefs, methodsOfType(prefs, 'householdPhone')[0]!.id, 'general'), prefs.language]).to.deep.equal([wanted, 'es']);
  });

  it('someone else added a method meanwhile: only their change shows as a conflict; re-applying leaves no "Add"', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    await toggle(el, workVoice('Attendance'));
    await saveWithLostAnswer(el);
    await toggle(el, workVoice('General'));
    await addByAdmin(neverAskedGuardian.personId, 'email', 'someone.else@example.org');
    await pressAndSettle(el, 'Try again');
    const conflict = text($(el, '[part="conflict"]'));
    expect(conflict).to.include('Added email someone.else@example.org');
    expect(conflict).not.to.include('work phone');
    button(el, 'Re-apply my changes').click();
    await el.updateComplete;
    expect($$(el, '.summary li').map(text)).to.deep.equal([`${workVoice('General')}: on`]);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Save');
    expectSavedCleanly(el, saves);
    const prefs = await load(neverAskedGuardian.personId);
    expect(methodsOfType(prefs, 'workPhone').map((m) => m.value)).to.deep.equal([workPhone]);
    expect(methodsOfType(prefs, 'email').map((m) => m.value)).to.deep.equal(['someone.else@example.org']);
    const work = methodsOfType(prefs, 'workPhone')[0]!;
    expect([on(prefs, work.id, 'attendance'), on(prefs, work.id, 'general')]).to.deep.equal([true, true]);
  });

  it('with no lost answer, someone else adding a method is a conflict as before', async () => {
    const el = await mountEditor(household.guardianId);
    const wanted = await toggle(el, householdVoice('Attendance'));
    await addByAdmin(household.guardianId, 'workPhone', workPhone);
    await pressAndSettle(el, 'Save');
    expect(text($(el, '[part="conflict"]'))).to.include(`Added work phone ${formatPhone(workPhone)}`);
    button(el, 'Re-apply my changes').click();
    await el.updateComplete;
    await pressAndSettle(el, 'Save');
    const prefs = await load(household.guardianId);
    expect(on(prefs, methodsOfType(prefs, 'householdPhone')[0]!.id, 'attendance')).to.equal(wanted);
  });

  it('someone else added the very method I am adding: after the conflict, re-applying keeps my switch and no "Add"', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    await toggle(el, workVoice('Attendance'));
    await addByAdmin(neverAskedGuardian.personId, 'workPhone', workPhone);
    await pressAndSettle(el, 'Save');
    expect(text($(el, '[part="conflict"]'))).to.include(`Added work phone ${formatPhone(workPhone)}`);
    button(el, 'Re-apply my changes').click();
    await el.updateComplete;
    expect($$(el, '.summary li').map(text)).to.deep.equal([`${workVoice('Attendance')}: on`]);
    const saves = countSaves(el);
    await pressAndSettle(el, 'Save');
    expectSavedCleanly(el, saves);
    const prefs = await load(neverAskedGuardian.personId);
    const work = methodsOfType(prefs, 'workPhone');
    expect(work).to.have.length(1);
    expect(on(prefs, work[0]!.id, 'attendance')).to.equal(true);
  });

  it('a switch set on a new method while its save is under way stays an edit of the saved method', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    backend.controls.slowNext({ operationId: 'updateContactPreferences', ms: 300 });
    button(el, 'Save').click();
    await el.updateComplete;
    await toggle(el, workVoice('Behavior'));
    await waitUntil(() => text($(el, '[role="status"]')) === 'Saved.', 'the save did not finish', { timeout: 5000 });
    await el.updateComplete;
    expect($$(el, '.summary li').map(text)).to.deep.equal([`${workVoice('Behavior')}: on`]);
    await pressAndSettle(el, 'Save');
    const prefs = await load(neverAskedGuardian.personId);
    const work = methodsOfType(prefs, 'workPhone');
    expect(work).to.have.length(1);
    expect(on(prefs, work[0]!.id, 'behavior')).to.equal(true);
  });
});
