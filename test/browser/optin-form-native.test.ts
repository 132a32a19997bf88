import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/optin-form/define.js';
import type { OptinForm } from '../../src/components/optin-form/optin-form.js';

// The element as a form control of a page's own <form>, with no adapter anywhere.

async function nativeForm(attributes = html``) {
  const form = await fixture<HTMLFormElement>(html`
    <form action="#" method="get">
      <optin-form name="guardianPhone" school-name="Riverside High" texting-number="+12015550100" required>${attributes}</optin-form>
      <button type="submit">Submit</button>
    </form>
  `);
  const optin = form.querySelector('optin-form')!;
  await optin.updateComplete;
  return { form, optin, shadow: optin.shadowRoot! };
}

async function type(optin: OptinForm, text: string) {
  const input = optin.shadowRoot!.querySelector<HTMLInputElement>('#phone')!;
  input.focus();
  await sendKeys({ type: text });
  await optin.updateComplete;
  return input;
}

function radio(optin: OptinForm, value: 'optIn' | 'optOut') {
  return optin.shadowRoot!.querySelector<HTMLInputElement>(`input[name="consent"][value="${value}"]`)!;
}

describe('<optin-form> inside a native form', () => {
  it('is form-associated and shows its fields without an adapter', async () => {
    const { form, optin, shadow } = await nativeForm();
    expect((optin.constructor as typeof OptinForm).formAssociated).to.equal(true);
    expect(optin.form).to.equal(form);
    expect(shadow.querySelector('#phone')).to.exist;
    expect(shadow.querySelector('[part~="save-button"]')).to.equal(null);
    expect(shadow.textContent).to.include('Riverside High');
    expect(shadow.textContent).to.include('(201) 555-0100');
    expect(shadow.textContent).to.include('Message and data rates may apply.');
    expect(shadow.textContent).to.include('STOP');
    expect(shadow.textContent).to.include('HELP');
  });

  it('formats as it types and submits the number in E.164, its type and the consent', async () => {
    const { form, optin } = await nativeForm();
    const input = await type(optin, '2015550123');
    expect(input.value).to.equal('(201) 555-0123');
    expect(radio(optin, 'optIn').checked).to.equal(false);
    expect(radio(optin, 'optOut').checked).to.equal(false);
    radio(optin, 'optIn').click();
    await optin.updateComplete;
    expect(optin.checkValidity()).to.equal(true);
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await submitted;
    const data = new FormData(form);
    expect(data.get('guardianPhone')).to.equal('+12015550123');
    expect(data.get('guardianPhone-type')).to.equal('cell');
    expect(data.get('guardianPhone-consent')).to.equal('optIn');
  });

  it('requires an answer to the consent question for a cell number, and blocks the submit', async () => {
    const { form, optin, shadow } = await nativeForm();
    await type(optin, '201 555 0123');
    expect(optin.checkValidity()).to.equal(false);
    expect(optin.validity.valueMissing).to.equal(true);
    expect(optin.validationMessage).to.equal('Choose whether you agree to receive text messages.');
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    form.requestSubmit();
    await optin.updateComplete;
    expect(submitted).to.equal(false);
    expect(shadow.querySelector('#consent-error')!.textContent).to.include('Choose whether');
    radio(optin, 'optOut').click();
    await optin.updateComplete;
    form.requestSubmit();
    expect(submitted).to.equal(true);
    expect(new FormData(form).get('guardianPhone-consent')).to.equal('optOut');
  });

  it('asks no consent for other number types and submits no consent for them', async () => {
    const { form, optin, shadow } = await nativeForm();
    const select = shadow.querySelector<HTMLSelectElement>('#type')!;
    select.value = 'home';
    select.dispatchEvent(new Event('change'));
    await optin.updateComplete;
    expect(shadow.querySelector('[part="consent"]')).to.equal(null);
    await type(optin, '2015550123');
    expect(optin.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect(data.get('guardianPhone-type')).to.equal('home');
    expect(data.has('guardianPhone-consent')).to.equal(false);
  });

  const badNumbers: Array<[string, string]> = [
    ['555-CALL-NOW', 'Use digits only'],
    ['201 555', 'too short'],
    ['+44 20 7946 0958', 'Enter a US phone number'],
    ['+1 416 555 0123', 'Enter a US phone number'],
    ['201 555 01234 5678', 'too long'],
  ];
  for (const [text, words] of badNumbers) {
    it(`refuses ${JSON.stringify(text)} with words that say how to fix it`, async () => {
      const { optin, shadow } = await nativeForm();
      await type(optin, text);
      expect(optin.checkValidity()).to.equal(false);
      expect(optin.validity.badInput).to.equal(true);
      expect(optin.validationMessage).to.include(words);
      optin.reportValidity();
      await optin.updateComplete;
      const input = shadow.querySelector('#phone')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow.querySelector('#phone-error')!.textContent).to.include(words);
    });
  }

  it('requires a number when required, with valueMissing', async () => {
    const { optin } = await nativeForm();
    expect(optin.validity.valueMissing).to.equal(true);
    expect(optin.validationMessage).to.equal('Enter a phone number.');
  });

  it('resets with the form: empty number, default type, no answer', async () => {
    const { form, optin, shadow } = await nativeForm();
    await type(optin, '2015550123');
    radio(optin, 'optIn').click();
    await optin.updateComplete;
    form.reset();
    await optin.updateComplete;
    expect(shadow.querySelector<HTMLInputElement>('#phone')!.value).to.equal('');
    expect(radio(optin, 'optIn').checked).to.equal(false);
    expect(new FormData(form).has('guardianPhone')).to.equal(false);
    expect(shadow.querySelector('#phone-error')).to.equal(null);
  });

  it('restores what was typed from the browser state', async () => {
    const { form, optin, shadow } = await nativeForm();
    optin.formStateRestoreCallback(JSON.stringify({ phone: '(201) 555-0123', type: 'cell', answer: 'optOut' }));
    await optin.updateComplete;
    expect(shadow.querySelector<HTMLInputElement>('#phone')!.value).to.equal('(201) 555-0123');
    expect(radio(optin, 'optOut').checked).to.equal(true);
    expect(new FormData(form).get('guardianPhone')).to.equal('+12015550123');
  });

  it('is disabled with a disabled fieldset and then submits nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><optin-form name="p"></optin-form></fieldset></form>`);
    const optin = form.querySelector('optin-form')!;
    await optin.updateComplete;
    expect(optin.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.disabled).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('can be answered with the keyboard alone', async () => {
    const { form, optin } = await nativeForm();
    await type(optin, '2015550123');
    await sendKeys({ press: 'Tab' }); // number type
    await sendKeys({ press: 'Tab' }); // first answer
    await sendKeys({ press: 'Space' });
    await optin.updateComplete;
    expect(new FormData(form).get('guardianPhone-consent')).to.equal('optIn');
    await sendKeys({ press: 'ArrowDown' });
    await optin.updateComplete;
    expect(new FormData(form).get('guardianPhone-consent')).to.equal('optOut');
  });

  it('is accessible, also when showing errors', async () => {
    const { optin } = await nativeForm();
    await expect(optin).to.be.accessible();
    await type(optin, '20155');
    optin.reportValidity();
    await optin.updateComplete;
    await expect(optin).to.be.accessible();
  });
});
