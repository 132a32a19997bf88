import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import '../../src/components/comms-provider/define.js';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { loadKitTemplates, useSharedLocalization } from '../../src/components/shared/localization.js';
import { shadowText } from './fixtures/dom.js';
import './fixtures/probe-elements.js';

// A page that uses @lit/localize itself, sharing the kit's copy, and follows the documented
// path: it configures first, merges the kit's strings, and hands its runtime to the kit.
const pageStrings: Record<string, Record<string, string>> = { es: { 'page.greeting': 'Hola' } };
const runtime = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: async (locale) => ({
    templates: { ...(await loadKitTemplates(locale)).templates, ...pageStrings[locale] },
  }),
});
useSharedLocalization(runtime);
CommsElement.configurationGraceMs = 0;

describe('localization shared with the page', () => {
  after(() => runtime.setLocale('en'));

  it('switches the page and the kit together through the page runtime', async () => {
    const provider = await fixture<CommsProvider>(html`<comms-provider><probe-element></probe-element></comms-provider>`);
    const probe = provider.querySelector('probe-element')!;
    await waitUntil(() => shadowText(probe).includes("This section isn't set up yet"));
    provider.locale = 'es';
    await waitUntil(() => shadowText(probe).includes('Esta sección todavía no está configurada'));
    expect(runtime.getLocale()).to.equal('es');
    expect(msg('Hello', { id: 'page.greeting' })).to.equal('Hola');
  });
});
