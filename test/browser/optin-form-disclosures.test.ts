import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/optin-form/define.js';
import type { OptinForm } from '../../src/components/optin-form/optin-form.js';
import { createMockDistrictBackend } from '../../src/mocks/index.js';

// The consent question's disclosures with the mock district's texting settings, as the demo
// and the stories show them.
const { settings } = createMockDistrictBackend({ seed: 1, size: 'small' }).district;

async function disclosures(locale: 'en' | 'es'): Promise<string[]> {
  const page = await fixture(html`<form><optin-form locale=${locale} .settings=${settings}></optin-form></form>`);
  const form = page.querySelector<OptinForm>('optin-form')!;
  const stopLine = locale === 'es' ? /ALTO/ : /Reply STOP/;
  await waitUntil(() => stopLine.test(form.shadowRoot!.textContent!), `the question in ${locale}`);
  return [...form.shadowRoot!.querySelectorAll('[part="disclosures"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

const count = (texts: string[], part: RegExp) => texts.join(' ').match(new RegExp(part, 'g'))?.length ?? 0;

describe('<optin-form> disclosures with the district settings', () => {
  it('English: the district\'s frequency statement, then the rates notice once', async () => {
    const shown = await disclosures('en');
    expect(shown).to.include(settings.texting.messageFrequency);
    expect(count(shown, /rates may apply/i), shown.join(' | ')).to.equal(1);
  });

  it('Spanish: the rates notice once, in Spanish only', async () => {
    const shown = await disclosures('es');
    // The frequency statement is the district's text: shown as given, not translated.
    expect(shown).to.include(settings.texting.messageFrequency);
    expect(count(shown, /rates may apply/i), shown.join(' | ')).to.equal(0);
    expect(count(shown, /Pueden aplicarse tarifas de mensajes y datos/), shown.join(' | ')).to.equal(1);
  });

  it('the privacy link, alone on its line, is a target of 24 px at least', async () => {
    const page = await fixture(html`<form><optin-form .settings=${settings} privacy-url="https://district.example/privacy"></optin-form></form>`);
    const form = page.querySelector<OptinForm>('optin-form')!;
    await waitUntil(() => form.shadowRoot!.querySelector('[part="disclosures"] a'), 'the privacy link');
    const box = form.shadowRoot!.querySelector('[part="disclosures"] a')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
  });
});
