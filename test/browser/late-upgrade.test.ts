import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import { ensureContextRoot } from '../../src/components/shared/contexts.js';
import { defineElement } from '../../src/components/shared/define.js';
import { captureWarnings, shadowText } from './fixtures/dom.js';
import { conversation, listingAdapter, settings, viewer } from './fixtures/fakes.js';
import { ProbeElement } from './fixtures/probe-elements.js';

// This file imports the provider's class but not its define module: <comms-provider> is
// registered by the first test, after the elements that need it are in the page.

describe('late upgrade', () => {
  // Elements waiting for a provider that arrives within the grace period say nothing.
  let console: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    console = captureWarnings();
  });
  afterEach(() => {
    console.restore();
    expect(console.warnings).to.deep.equal([]);
  });
  it('gives an element its context when <comms-provider> is defined after the element is in the page', async () => {
    expect(customElements.get('comms-provider'), 'not defined yet').to.equal(undefined);
    // fixtureSync: the provider is not defined yet, so there is no update to wait for.
    const provider = fixtureSync<CommsProvider>(html`
      <comms-provider><section><probe-element></probe-element></section></comms-provider>
    `);
    const probe = provider.querySelector('probe-element')!;
    await probe.updateComplete;
    // A page (or framework) may set properties before the definition arrives.
    const adapter = listingAdapter([conversation('c-1', 'Arrived late')]);
    Object.assign(provider, { adapter, viewer, settings });

    await import('../../src/components/comms-provider/define.js');
    expect(customElements.get('comms-provider')).to.equal(CommsProvider);
    await waitUntil(() => shadowText(probe).includes('Arrived late'), 'the probe got the adapter');
    expect(probe.seenAdapter).to.equal(adapter);
    expect(probe.seenViewer).to.equal(viewer);
  });

  it('gives an element its context when the element is defined after it is in the provider', async () => {
    class LateProbe extends ProbeElement {}
    const adapter = listingAdapter([conversation('c-2', 'Defined late')]);
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter} .viewer=${viewer} .settings=${settings}><late-probe></late-probe></comms-provider>
    `);
    const probe = provider.querySelector('late-probe')!;
    defineElement('late-probe', LateProbe);
    await waitUntil(() => shadowText(probe).includes('Defined late'));
  });

  it('attaches one context root per document, even when a second copy of the kit loads', async () => {
    expect(ensureContextRoot(), 'already attached by the first element').to.equal(false);
    // A second copy of the module, as a second bundle of the kit would bring.
    const secondCopyUrl = `${new URL('../../src/components/shared/contexts.ts', import.meta.url).href}?copy=2`;
    const secondCopy = (await import(secondCopyUrl)) as { ensureContextRoot: () => boolean; adapterContext: unknown };
    expect(secondCopy.ensureContextRoot()).to.equal(false);
    expect(secondCopy.adapterContext, 'string keys match across copies').to.equal('school-comms-elements:adapter');

    // With one root, a request left waiting is sent again exactly once when a provider appears.
    class AnotherProvider extends CommsProvider {}
    const adapter = listingAdapter([conversation('c-3', 'Once')]);
    const wrapper = fixtureSync<HTMLElement>(html`
      <another-provider><div><probe-element></probe-element></div></another-provider>
    `);
    await wrapper.querySelector('probe-element')!.updateComplete;
    let adapterRequests = 0;
    wrapper.querySelector('div')!.addEventListener('context-request', (event) => {
      if ((event as Event & { context: unknown }).context === 'school-comms-elements:adapter') adapterRequests++;
    });
    Object.assign(wrapper, { adapter, viewer, settings });
    defineElement('another-provider', AnotherProvider);
    const probe = wrapper.querySelector('probe-element')!;
    await waitUntil(() => shadowText(probe).includes('Once'));
    expect(adapterRequests).to.equal(1);
  });
});
