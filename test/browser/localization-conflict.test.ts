import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { setKitLocale } from '../../src/components/shared/localization.js';
import { captureWarnings, shadowText } from './fixtures/dom.js';
import './fixtures/probe-elements.js';

// A page that configured the shared @lit/localize without telling the kit.
configureLocalization({ sourceLocale: 'en', targetLocales: ['es'], loadLocale: async () => ({ templates: {} }) });
CommsElement.configurationGraceMs = 0;

describe('localization configured by the page alone', () => {
  it('keeps the kit in English and warns once, never throwing', async () => {
    const console = captureWarnings();
    try {
      expect(await setKitLocale('es')).to.equal('en');
      expect(await setKitLocale('es')).to.equal('en');
      const probe = await fixture(html`<probe-element></probe-element>`);
      await waitUntil(() => shadowText(probe).includes("This section isn't set up yet"));
      const mine = console.warnings.filter((args) => String(args[0]).includes('@lit/localize is already configured'));
      expect(mine).to.have.length(1);
    } finally {
      console.restore();
    }
  });
});
