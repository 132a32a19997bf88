import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ValidationError } from '../../../src/api/errors.js';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { $, $$, adapterFor, button, fillForm, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';

useMockBackend();

const { neverAskedGuardian, household } = fixtures;

const rowTexts = (el: Element) => $$(el, 'tbody th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

describe('<contact-prefs-editor> contact methods', () => {
  it('offers only the types the person does not have yet', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await el.updateComplete;
    const types = [...$<HTMLSelectElement>(el, '#method-type')!.options].map((o) => o.value);
    expect(types).to.include('email').and.include('householdPhone').and.not.include('cellPhone');
  });

  it('refuses an invalid phone number with a clear message, keeping what was typed', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '555-CALL-NOW');
    const input = $<HTMLInputElement>(el, '#method-value')!;
    expect(input.value).to.equal('555-CALL-NOW');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal('Use digits only, such as (201) 555-0123.');
    await fillForm(el, undefined, '12');
    expect($(el, '#method-value-error')!.textContent).to.equal('Enter a valid phone number, such as (201) 555-0123.');
    await fillForm(el, undefined, '+44 20 7946 0958');
    expect($(el, '#method-value-error')!.textContent).to.equal('Only US phone numbers can be added.');
    expect(el.dirty).to.equal(false);
  });

  it('refuses an invalid email address', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'email', 'tobias@@example');
    expect($(el, '#method-value-error')!.textContent).to.equal('Enter an email address such as name@example.org.');
  });

  it('adds a phone normalized to E.164, marks it unsaved, and saves it', async () => {
    const el = await mountEditor(neverAskedGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0123');
    expect($(el, '.method-form')).to.equal(null);
    expect(rowTexts(el).at(-1)).to.include('Work phone').and.include('(201) 555-0123').and.include('New, not saved');
    expect($(el, '.summary')!.textContent).to.include('Add work phone (201) 555-0123');
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await saved;
    const prefs = await adapterFor(neverAskedGuardian.personId).getContactPreferences(neverAskedGuardian.personId);
    expect(prefs.methods.find((m) => m.type === 'workPhone')!.value).to.equal('+12015550123');
    await el.updateComplete;
    expect(rowTexts(el).at(-1)).not.to.include('New, not saved');
  });

  it('adds an email lower-cased; a type already held is not offered again', async () => {
    const el = await mountEditor(fixtures.optedOutGuardian.personId);
    button(el, 'Add a contact method').click();
    await fillForm(el, 'secondaryEmail', '  Keisha.B@Example.ORG ');
    expect(rowTexts(el).at(-1)).to.include('keisha.b@example.org');
    button(el, 'Add a contact method').click();
    await el.updateComplete;
    expect($$<HTMLOptionElement>(el, '#method-type option').map((o) => o.value)).not.to.include('secondaryEmail');
  });

  it('changes and removes methods, and a sign-in method cannot be changed here', async () => {
    const el = await mountEditor(household.guardianId);
    const signIn = $$(el, 'tbody tr').find((tr) => tr.textContent!.includes(household.sharedEmail))!;
    expect(signIn.querySelector('.actions')!.textContent).to.include('Used to sign in');
    expect(signIn.querySelector('.actions button')).to.equal(null);
    const cellRow = $$(el, 'tbody tr').find((tr) => tr.textContent!.includes('Cell phone'))!;
    (cellRow.querySelector('.actions button') as HTMLButtonElement).click();
    await fillForm(el, undefined, '201 555 0188');
    expect($(el, '.summary')!.textContent).to.match(/Change cell phone .+ to cell phone \(201\) 555-0188/);
    // A number typed in now has no known consent: texts wait until it is saved.
    const newText = $$<HTMLInputElement>(el, 'input[aria-label="Attendance — cell phone (201) 555-0188 — text message"]')[0]!;
    expect($(el, `#${newText.getAttribute('aria-describedby')}`)!.textContent).to.equal('Save the new number first, then choose texts for it.');
    const householdRow = $$(el, 'tbody tr').find((tr) => tr.textContent!.includes('Household phone'))!;
    ([...householdRow.querySelectorAll('.actions button')][1] as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Save'));
    expect(rowTexts(el).some((t) => t.includes('Household phone'))).to.equal(false);
    expect($(el, '.summary')!.textContent).to.include(`Remove household phone ${formatPhone(household.phone)}`);
    const saved = oneEvent(el, 'prefs-save');
    button(el, 'Save').click();
    await saved;
    const prefs = await adapterFor(household.guardianId).getContactPreferences(household.guardianId);
    expect(prefs.methods.map((m) => m.type).sort()).to.deep.equal(['cellPhone', 'email']);
    expect(prefs.methods.find((m) => m.type === 'cellPhone')!.value).to.equal('+12015550188');
  });

  it('refuses, in the form, a value the person already has (another format, other capitals)', async () => {
    const el = await mountEditor(household.guardianId);
    const prefs = await adapterFor(household.guardianId).getContactPreferences(household.guardianId);
    const cell = prefs.methods.find((m) => m.type === 'cellPhone')!;
    const email = prefs.methods.find((m) => m.type === 'email')!;
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', cell.value.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1.$2.$3'));
    const input = $<HTMLInputElement>(el, '#method-value')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#method-value-error')!.textContent).to.equal(`This is already this person's cell phone.`);
    await fillForm(el, 'secondaryEmail', email.value.toUpperCase());
    expect($(el, '#method-value-error')!.textContent).to.equal(`This is already this person's email.`);
    expect(el.dirty, 'nothing added').to.equal(false);
    // Changing a method to its own value is no duplicate.
    $<HTMLButtonElement>(el, `button[aria-label^="Change Cell phone"]`)!.click();
    await fillForm(el, undefined, formatPhone(cell.value));
    expect($(el, '#method-value-error')).to.equal(null);
  });

  it('shows the 422 field errors of a refused save beside the method, keeping the edit', async () => {
    const el = await mountEditor(household.guardianId);
    const prefs = await adapterFor(household.guardianId).getContactPreferences(household.guardianId);
    const cell = prefs.methods.find((m) => m.type === 'cellPhone')!;
    // The backend also refuses a value twice on a person (the form catches it first: this
    // stands in for a refusal the form cannot foresee).
    const duplicate = await adapterFor(household.guardianId)
      .updateContactPreferences(prefs.personId, { methods: { added: [{ clientId: 'a', type: 'workPhone', value: cell.value }] } }, { version: prefs.version })
      .catch((error: unknown) => error);
    expect((duplicate as ValidationError).fields[0]).to.include({ field: 'methods.added.0.value', code: 'duplicate' });
    const real = el.adapter!;
    const refuse = () => Promise.reject(new ValidationError([{ field: 'methods.added.0.value', code: 'duplicate', message: 'Refused.' }]));
    el.adapter = new Proxy(real, {
      get: (target, key) => {
        if (key === 'updateContactPreferences') return refuse;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await el.updateComplete;
    await waitUntil(() => $(el, 'table'), 'the editor came back after the adapter changed');
    button(el, 'Add a contact method').click();
    await fillForm(el, 'workPhone', '(201) 555-0177');
    button(el, 'Save').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    const newRow = $$(el, 'tbody tr').at(-1)!;
    expect(newRow.querySelector('.field-error')!.textContent).to.equal('This person already has a method of this type or with this value.');
    expect($(el, '[role="alert"]')!.textContent).to.include("Some information wasn't accepted");
    expect(el.dirty).to.equal(true);
    const direct = await adapterFor(household.guardianId)
      .updateContactPreferences(prefs.personId, { methods: { added: [{ clientId: 'a', type: 'workPhone', value: 'not a number' }] } }, { version: prefs.version })
      .catch((error: unknown) => error);
    expect((direct as ValidationError).fields[0]).to.include({ field: 'methods.added.0.value', code: 'invalidPhone' });
  });
});
