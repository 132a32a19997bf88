import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import '../../src/components/comms-provider/define.js';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { getKitLocale, resolveKitLocale, setKitLocale } from '../../src/components/shared/localization.js';
import { captureWarnings } from './fixtures/dom.js';
import { shadowText } from './fixtures/dom.js';
import type { ProbeElement } from './fixtures/probe-elements.js';
import './fixtures/probe-elements.js';

const NOT_SET_UP = {
  en: "This section isn't set up yet",
  es: 'Esta sección todavía no está configurada',
};

// An element without an adapter shows the "not set up" view: localized text to check.
describe('localization', () => {
  let console: ReturnType<typeof captureWarnings>;
  before(() => {
    CommsElement.configurationGraceMs = 0;
    console = captureWarnings();
  });
  after(async () => {
    await setKitLocale('en');
    console.restore();
  });

  it('maps language tags onto the kit languages', () => {
    expect(resolveKitLocale('es')).to.equal('es');
    expect(resolveKitLocale('es-MX')).to.equal('es');
    expect(resolveKitLocale('ES_419')).to.equal('es');
    expect(resolveKitLocale('en-US')).to.equal('en');
    expect(resolveKitLocale('en-xa')).to.equal('en-XA');
    expect(resolveKitLocale('fr-CA')).to.equal(undefined);
    expect(resolveKitLocale('')).to.equal(undefined);
  });

  // Runs before anything chooses a language explicitly: until then the kit follows the page.
  it("follows the page's lang until a language is chosen", async () => {
    const probe = await fixture(html`<probe-element></probe-element>`);
    await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.en));
    document.documentElement.lang = 'es-MX';
    try {
      await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.es), 'switched to Spanish with the page');
      expect(probe.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
    } finally {
      document.documentElement.lang = 'en';
    }
    await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.en), 'back to English with the page');
  });

  it('switches every element from English to Spanish when the provider locale changes', async () => {
    const provider = await fixture<CommsProvider>(html`
      <comms-provider locale="en"><probe-element></probe-element><div><probe-element></probe-element></div></comms-provider>
    `);
    const [first, second] = provider.querySelectorAll('probe-element');
    await waitUntil(() => shadowText(first!).includes(NOT_SET_UP.en));

    const changed = oneEvent(provider, 'comms-locale-change');
    provider.locale = 'es';
    expect((await changed).detail.locale).to.equal('es');
    await first!.updateComplete;
    await second!.updateComplete;
    for (const probe of [first!, second!]) {
      expect(shadowText(probe)).to.include(NOT_SET_UP.es);
      expect(probe.seenLocale).to.equal('es');
      expect(probe.shadowRoot!.querySelector('.root')!.getAttribute('lang'), 'screen readers read Spanish').to.equal('es');
    }
    expect(getKitLocale()).to.equal('es');

    provider.locale = 'en';
    await waitUntil(() => shadowText(first!).includes(NOT_SET_UP.en));
  });

  it("switches with an element's own locale when there is no provider", async () => {
    const probe = await fixture<ProbeElement>(html`<probe-element locale="es-US"></probe-element>`);
    await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.es));
    probe.locale = 'en';
    await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.en));
  });

  it('falls back to English for a language the kit does not ship', async () => {
    await setKitLocale('es');
    expect(await setKitLocale('fr')).to.equal('en');
    const probe = await fixture(html`<probe-element></probe-element>`);
    await waitUntil(() => shadowText(probe).includes(NOT_SET_UP.en));
  });
});
