import { expect } from '@open-wc/testing';
import { ForbiddenError, ValidationError } from '../../../src/api/errors.js';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { $, $$, adapterFor, box, button, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';

useMockBackend();

const { household, optedOutGuardian, neverAskedGuardian } = fixtures;
const householdPhone = formatPhone(household.phone);
const headers = (el: Element) => $$(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

async function cellOf(personId: string) {
  const prefs = await adapterFor(personId).getContactPreferences(personId);
  return { prefs, cell: prefs.methods.find((m) => m.type === 'cellPhone')! };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('<contact-prefs-editor> rules', () => {
  it('shows every method with its type, formatted value, SMS badge and shared count; reasons as columns', async () => {
    const el = await mountEditor(household.guardianId);
    expect(headers(el)).to.deep.equal([
      'Contact method', 'Emergency', 'Attendance', 'Behavior', 'General', 'Food Service', 'Priority', 'Teacher Not enabled', 'Actions',
    ]);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(3);
    const phoneRow = rows[0]!.querySelector('th')!.textContent!.replace(/\s+/g, ' ');
    expect(phoneRow).to.include('Household phone').and.include(householdPhone).and.include('Also on 4 other accounts');
    const badge = rows[0]!.querySelector('optin-badge')!;
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.include('Not asked about texts');
    expect(badge.shadowRoot!.querySelector('svg')).to.exist;
    // Teacher is not enabled: no switch under it.
    expect(rows[0]!.querySelectorAll('td.not-enabled input')).to.have.length(0);
  });

  it('names every switch in full: reason — method — channel', async () => {
    const el = await mountEditor(household.guardianId);
    const { cell } = await cellOf(household.guardianId);
    expect(box(el, `Attendance — cell phone ${formatPhone(cell.value)} — text message`)).to.exist;
    expect(box(el, `Emergency — household phone ${householdPhone} — voice call`)).to.exist;
    expect(box(el, `General — email ${household.sharedEmail} — email message`)).to.exist;
  });

  it('offers the Staff reason only to people with a district assignment', async () => {
    expect(headers(await mountEditor(fixtures.teacher))).to.include('Staff');
    expect(headers(await mountEditor(fixtures.staffWithoutAssignment))).not.to.include('Staff');
    expect(headers(await mountEditor(household.guardianId))).not.to.include('Staff');
    const error = await rejection(
      adapterFor(fixtures.staffWithoutAssignment).getContactPreferences(fixtures.staffWithoutAssignment).then((prefs) =>
        adapterFor(fixtures.staffWithoutAssignment).updateContactPreferences(
          prefs.personId,
          { preferences: [{ methodId: prefs.methods[0]!.id, reason: 'staff', channel: prefs.methods[0]!.type === 'email' ? 'email' : 'voice', enabled: true }] },
          { version: prefs.version },
        ),
      ),
    );
    expect((error as ValidationError).fields[0]!.code).to.equal('notApplicable');
  });

  it('keeps text unavailable, with the reason, for a phone that is not a cell phone', async () => {
    const el = await mountEditor(household.guardianId);
    const text = box(el, `Attendance — household phone ${householdPhone} — text message`);
    expect(text.getAttribute('aria-disabled')).to.equal('true');
    const why = $(el, `#${text.getAttribute('aria-describedby')}`)!;
    expect(why.textContent).to.equal('Texts go only to cell phones.');
    text.click();
    await el.updateComplete;
    expect(text.checked).to.equal(false);
    expect(el.dirty).to.equal(false);
  });

  it('keeps text unavailable for an opted-out number and a number never asked; the backend refuses both', async () => {
    for (const { personId, phone, words } of [
      { ...optedOutGuardian, words: 'This number opted out of texts.' },
      { ...neverAskedGuardian, words: 'Texts need the consent of the number’s holder, who has not been asked yet.' },
    ]) {
      const el = await mountEditor(personId);
      const text = box(el, `Attendance — cell phone ${formatPhone(phone)} — text message`);
      expect(text.getAttribute('aria-disabled')).to.equal('true');
      expect($(el, `#${text.getAttribute('aria-describedby')}`)!.textContent).to.equal(words);
      text.click();
      expect(text.checked).to.equal(false);
      const { prefs, cell } = await cellOf(personId);
      const error = await rejection(
        adapterFor(personId).updateContactPreferences(personId, { preferences: [{ methodId: cell.id, reason: 'attendance', channel: 'text', enabled: true }] }, { version: prefs.version }),
      );
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).fields[0]!.code).to.equal('textNotAllowed');
    }
  });

  it('lets an opted-in cell phone switch text on and saves it', async () => {
    const el = await mountEditor(household.guardianId);
    const { cell } = await cellOf(household.guardianId);
    const name = `Food Service — cell phone ${formatPhone(cell.value)} — text message`;
    const before = box(el, name).checked;
    box(el, name).click();
    await el.updateComplete;
    button(el, 'Save').click();
    await new Promise((resolve) => el.addEventListener('prefs-save', resolve, { once: true }));
    const saved = await adapterFor(household.guardianId).getContactPreferences(household.guardianId);
    expect(saved.preferences.some((p) => p.methodId === cell.id && p.reason === 'foodService' && p.channel === 'text' && p.enabled)).to.equal(!before);
  });

  it('never offers staff or an admin a way to opt a guardian out, and the backend refuses it', async () => {
    const el = await mountEditor(fixtures.admin, household.guardianId);
    const controls = $$(el, 'button, select, option, input');
    expect(controls.length).to.be.greaterThan(20);
    for (const control of controls) expect(`${control.getAttribute('aria-label')} ${control.textContent}`).not.to.match(/opt/i);
    const error = await rejection(
      adapterFor(fixtures.admin).recordSmsConsent(
        { phone: (await cellOf(household.guardianId)).cell.value as `+${string}`, numberType: 'cell', consent: 'optOut', personId: household.guardianId },
        { idempotencyKey: crypto.randomUUID() },
      ),
    );
    expect(error).to.be.instanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).to.equal('staffCannotOptOut');
  });

  it('lists the active household members before a household phone change, and the save reaches them', async () => {
    const el = await mountEditor(household.guardianId);
    const inactiveBefore = await adapterFor(fixtures.admin).getContactPreferences(household.inactiveMemberId);
    const partnerBefore = await adapterFor(household.partnerId).getContactPreferences(household.partnerId);
    const partnerPhone = partnerBefore.methods.find((m) => m.type === 'householdPhone')!;
    const wasOn = partnerBefore.preferences.some((p) => p.methodId === partnerPhone.id && p.reason === 'general' && p.channel === 'voice');
    const voice = box(el, `General — household phone ${householdPhone} — voice call`);
    if (voice.checked === !wasOn) {
      // Make the household agree first, so the change below is visible on the partner.
      voice.click();
    }
    voice.click();
    await el.updateComplete;
    const note = $(el, '.household')!;
    const members = [...note.querySelectorAll('li')].map((li) => li.textContent);
    expect(members).to.include('Ana Anderson');
    expect(members).not.to.include('Walter Anderson');
    expect(members).not.to.include('Dennis Anderson');
    button(el, 'Save').click();
    const saved = (await new Promise<CustomEvent>((resolve) => el.addEventListener('prefs-save', (e) => resolve(e), { once: true }))).detail;
    expect(saved.alsoUpdated.map((p: { displayName: string }) => p.displayName)).to.include('Ana Anderson');
    await el.updateComplete;
    expect($(el, '.save-status')!.textContent).to.include('Ana Anderson');
    const partnerAfter = await adapterFor(household.partnerId).getContactPreferences(household.partnerId);
    const nowOn = partnerAfter.preferences.some((p) => p.methodId === partnerPhone.id && p.reason === 'general' && p.channel === 'voice');
    expect(nowOn).to.equal(voice.checked);
    const inactiveAfter = await adapterFor(fixtures.admin).getContactPreferences(household.inactiveMemberId);
    expect(inactiveAfter.preferences).to.deep.equal(inactiveBefore.preferences);
  });

  it('sets the language from the district list and the conversation channel, showing the district default', async () => {
    const el = await mountEditor(household.guardianId);
    const language = $<HTMLSelectElement>(el, '#language')!;
    expect([...language.options].map((o) => o.value)).to.deep.equal(['en', 'es', 'vi']);
    const channel = $<HTMLSelectElement>(el, '#channel')!;
    expect(channel.options[0]!.textContent!.trim()).to.equal('Text message (SMS), the district default');
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    channel.value = 'inApp';
    channel.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.include('Language: Español').and.include('Conversation notifications: In the app only');
    button(el, 'Save').click();
    await new Promise((resolve) => el.addEventListener('prefs-save', resolve, { once: true }));
    const saved = await adapterFor(household.guardianId).getContactPreferences(household.guardianId);
    expect([saved.language, saved.conversationChannel]).to.deep.equal(['es', 'inApp']);
  });

  it('does not offer text or email notifications without a method for them; the backend refuses them too', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    const options = [...$<HTMLSelectElement>(el, '#channel')!.options];
    expect(options.find((o) => o.value === 'sms')!.disabled).to.equal(true);
    expect(options.find((o) => o.value === 'email')!.disabled).to.equal(true);
    expect($(el, '#channel-hint')!.textContent).to.include('Text messages need a cell phone that has opted in to texts.');
    const adapter = adapterFor(neverAskedGuardian.personId);
    const prefs = await adapter.getContactPreferences(neverAskedGuardian.personId);
    for (const [conversationChannel, code] of [['sms', 'textNotAllowed'], ['email', 'notApplicable']] as const) {
      const error = await rejection(adapter.updateContactPreferences(prefs.personId, { conversationChannel }, { version: prefs.version }));
      expect((error as ValidationError).fields[0]).to.include({ field: 'conversationChannel', code });
    }
    const language = await rejection(adapter.updateContactPreferences(prefs.personId, { language: 'fr' }, { version: prefs.version }));
    expect((language as ValidationError).fields[0]!.code).to.equal('unsupportedLanguage');
  });
});
