import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ContactPrefsEditor } from '../../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { $, $$, adapterFor, backend, box, button, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';

useMockBackend();

const { household } = fixtures;
const voiceName = (reason: string) => `${reason} — household phone ${formatPhone(household.phone)} — voice call`;
const alertText = (el: Element) => $(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function toggle(el: ContactPrefsEditor, name: string): Promise<boolean> {
  box(el, name).click();
  await el.updateComplete;
  return box(el, name).checked;
}

async function saveAndWaitForFailure(el: ContactPrefsEditor): Promise<void> {
  button(el, 'Save').click();
  await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', { timeout: 5000 });
}

describe('<contact-prefs-editor> saving', () => {
  it('summarizes unsaved changes, fires prefs-change, and Cancel puts everything back', async () => {
    const el = await mountEditor(household.guardianId);
    const before = box(el, voiceName('Behavior')).checked;
    const change = oneEvent(el, 'prefs-change');
    await toggle(el, voiceName('Behavior'));
    const detail = (await change).detail;
    expect(detail.change.preferences).to.deep.equal([{ methodId: detail.change.preferences[0].methodId, reason: 'behavior', channel: 'voice', enabled: !before }]);
    expect($(el, '.summary h3')!.textContent).to.equal('Unsaved changes (1)');
    expect($(el, '.summary li')!.textContent).to.equal(`${voiceName('Behavior')}: ${before ? 'off' : 'on'}`);
    await toggle(el, voiceName('Behavior'));
    expect($(el, '.summary')).to.equal(null);
    await toggle(el, voiceName('Behavior'));
    const language = $<HTMLSelectElement>(el, '#language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(box(el, voiceName('Behavior')).checked).to.equal(before);
    expect(language.value).to.equal('en');
    expect(el.dirty).to.equal(false);
  });

  it('saves, announces politely and fires prefs-save with the result', async () => {
    const el = await mountEditor(household.guardianId);
    const on = await toggle(el, voiceName('Priority'));
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal('Saving…');
    const result = (await saved).detail;
    await el.updateComplete;
    expect(result.preferences.personId).to.equal(household.guardianId);
    expect($(el, '[role="status"]')!.textContent).to.match(/^Saved\./);
    expect(box(el, voiceName('Priority')).checked).to.equal(on);
    expect(el.dirty).to.equal(false);
  });

  it('readonly: shows the preferences without any control to change them', async () => {
    const el = await mountEditor(household.guardianId, household.guardianId, { readonly: true });
    expect($(el, '[part="read-only-notice"]')).to.exist;
    expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').every((input) => input.disabled)).to.equal(true);
    expect($$(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('403: keeps every edit beside the refusal, without a "Try again" that could not help', async () => {
    const el = await mountEditor(household.guardianId);
    const on = await toggle(el, voiceName('General'));
    backend.controls.failNext({ operationId: 'updateContactPreferences', status: 403 });
    await saveAndWaitForFailure(el);
    expect(alertText(el)).to.include("You don't have permission");
    expect(() => button(el, 'Try again')).to.throw();
    expect(box(el, voiceName('General')).checked).to.equal(on);
    expect(el.dirty).to.equal(true);
    // Save itself still works, should the refusal have been lifted meanwhile.
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await saved;
    expect(box(el, voiceName('General')).checked).to.equal(on);
  });

  it('a teacher may look at a guardian but not change anything; the backend refuses with 403', async () => {
    const el = await mountEditor(fixtures.teacher, household.guardianId);
    expect($(el, '[part="read-only-notice"]')).to.exist;
    const prefs = await adapterFor(fixtures.teacher).getContactPreferences(household.guardianId);
    expect(prefs.canEdit).to.equal(false);
    // What is on and what is off must read at a glance, not as two pale greys.
    const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
    const [on, off] = [boxes.find((input) => input.checked)!, boxes.find((input) => !input.checked)!];
    expect(on.disabled && off.disabled).to.equal(true);
    expect(getComputedStyle(on).backgroundColor).to.not.equal(getComputedStyle(off).backgroundColor);
    expect(getComputedStyle(on).backgroundColor).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.method-type')!).color);
    const error = await adapterFor(fixtures.teacher).updateContactPreferences(household.guardianId, { language: 'es' }, { version: prefs.version }).catch((e: unknown) => e);
    expect((error as { kind: string }).kind).to.equal('forbidden');
  });

  it('a newer version that changed nothing the editor edits (an answer to "Is this yours?") is no conflict: Save saves', async () => {
    const { personId, methodId } = fixtures.unconfirmedMethod;
    const el = await mountEditor(personId);
    const name = $$<HTMLInputElement>(el, 'input[type="checkbox"]').find((input) => !input.checked && !input.disabled && input.getAttribute('aria-disabled') !== 'true')!.getAttribute('aria-label')!;
    await toggle(el, name);
    // The same person answers the confirmation question elsewhere on the page.
    await adapterFor(personId).answerMethodConfirmation(methodId, 'mine', { idempotencyKey: 'confirm-1' });
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await saved;
    await el.updateComplete;
    expect($(el, '[part="conflict"]') === null, 'no conflict notice').to.equal(true);
    expect(box(el, name).checked).to.equal(true);
    expect(el.dirty).to.equal(false);
    const stored = await adapterFor(personId).getContactPreferences(personId);
    expect(stored.methods.find((method) => method.id === methodId)!.confirmation).to.equal('confirmed');
  });

  it('409: shows what someone else changed and re-applies the edits; nothing typed is lost', async () => {
    const el = await mountEditor(household.guardianId);
    const mine = await toggle(el, voiceName('Attendance'));
    const language = $<HTMLSelectElement>(el, '#language')!;
    language.value = 'vi';
    language.dispatchEvent(new Event('change'));
    // Meanwhile an administrator changes the same person.
    const admin = adapterFor(fixtures.admin);
    const current = await admin.getContactPreferences(household.guardianId);
    await admin.updateContactPreferences(household.guardianId, { conversationChannel: 'inApp' }, { version: current.version });
    button(el, 'Save').click();
    await waitUntil(() => $(el, '[part="conflict"]'), 'no conflict shown', { timeout: 5000 });
    expect($(el, '[part="conflict"]')!.textContent).to.include('Conversation notifications: In the app only');
    expect(box(el, voiceName('Attendance')).checked).to.equal(mine);
    expect($(el, '.summary')!.textContent).to.include('Language: Tiếng Việt');
    expect(button(el, 'Save').getAttribute('aria-disabled')).to.equal('true');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Re-apply my changes'));
    button(el, 'Re-apply my changes').click();
    await el.updateComplete;
    expect($(el, '[part="conflict"]')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#channel')!.value).to.equal('inApp');
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await saved;
    const after = await admin.getContactPreferences(household.guardianId);
    expect([after.language, after.conversationChannel]).to.deep.equal(['vi', 'inApp']);
  });

  for (const [status, words] of [
    [500, 'Something went wrong'],
    [401, 'Your session has ended'],
    ['offline', "Can't reach the server"],
  ] as const) {
    it(`${status}: keeps every edit beside the error and saves on Try again`, async () => {
      const el = await mountEditor(household.guardianId);
      const on = await toggle(el, voiceName('General'));
      backend.controls.failNext({ operationId: 'updateContactPreferences', status });
      await saveAndWaitForFailure(el);
      expect(alertText(el)).to.include(words);
      expect(box(el, voiceName('General')).checked).to.equal(on);
      expect(el.dirty).to.equal(true);
      await expect(el).to.be.accessible();
      const saved = oneEvent(el, 'prefs-save');
      button(el, 'Try again').click();
      await saved;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(box(el, voiceName('General')).checked).to.equal(on);
    });
  }

  it('loading fails: plain words and Try again, which loads', async () => {
    // The HTTP adapter retries a failed read by itself before giving up.
    backend.controls.failNext({ operationId: 'getContactPreferences', status: 500, times: 10 });
    const el = await mountEditor(household.guardianId);
    expect(alertText(el)).to.include('Something went wrong');
    backend.controls.clear();
    button(el, 'Try again').click();
    await waitUntil(() => $(el, 'table'), 'no grid after retry', { timeout: 5000 });
  });

  it('shows loading, then an empty view that offers to add a method', async () => {
    let resolve!: (value: unknown) => void;
    const prefs = await adapterFor(fixtures.admin).getContactPreferences(fixtures.neverAskedGuardian.personId);
    const settings = await adapterFor(fixtures.admin).getDistrictSettings();
    const adapter = {
      getContactPreferences: () => new Promise((r) => (resolve = r)),
      updateContactPreferences: () => Promise.reject(new Error('unused')),
    };
    const el = await fixture<ContactPrefsEditor>(html`<contact-prefs-editor .adapter=${adapter} .settings=${settings} person-id="p"></contact-prefs-editor>`);
    expect($(el, '[part~="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    resolve({ ...prefs, methods: [], preferences: [] });
    await waitUntil(() => $(el, '[part~="empty"]'));
    expect($(el, '[part~="empty"]')!.textContent).to.include('No contact methods yet.');
    expect(button(el, 'Add a contact method')).to.exist;
    await expect(el).to.be.accessible();
  });
});
