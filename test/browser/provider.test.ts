import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CommsAdapter } from '../../src/api/adapter.js';
import { ServerError, UnauthorizedError } from '../../src/api/errors.js';
import '../../src/components/comms-provider/define.js';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import { CommsElement } from '../../src/components/shared/comms-element.js';
import { captureUncaught, captureWarnings, shadowText } from './fixtures/dom.js';
import { conversation, deferred, listingAdapter, otherViewer, page, settings, viewer } from './fixtures/fakes.js';
import './fixtures/probe-elements.js';

describe('<comms-provider>', () => {
  // Say "not set up" at once, instead of waiting for a data source that may still arrive.
  beforeEach(() => {
    CommsElement.configurationGraceMs = 0;
  });
  afterEach(() => {
    CommsElement.configurationGraceMs = 2000;
  });

  it('renders its children and nothing of its own', async () => {
    const provider = await fixture<CommsProvider>(html`<comms-provider><p>Hello</p></comms-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelectorAll('*').length).to.equal(1);
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('supplies adapter, viewer, settings and locale to an element nested in its light DOM', async () => {
    const adapter = listingAdapter();
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter} .viewer=${viewer} .settings=${settings}>
        <section><div><probe-element></probe-element></div></section>
      </comms-provider>
    `);
    const probe = provider.querySelector('probe-element')!;
    expect(probe.seenAdapter).to.equal(adapter);
    expect(probe.seenViewer).to.equal(viewer);
    expect(probe.seenSettings).to.equal(settings);
    expect(probe.seenLocale).to.equal('en');
    await waitUntil(() => shadowText(probe).includes('Field trip'), 'the probe shows the adapter data');
  });

  it('reaches an element inside nested shadow roots', async () => {
    const adapter = listingAdapter();
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter} .viewer=${viewer} .settings=${settings}><shadow-host></shadow-host></comms-provider>
    `);
    const probe = provider.querySelector('shadow-host')!.probe;
    await probe.updateComplete;
    expect(probe.seenAdapter).to.equal(adapter);
    expect(probe.seenViewer).to.equal(viewer);
    expect(probe.seenSettings).to.equal(settings);
  });

  it("gives an element's own adapter and viewer precedence over the provider's", async () => {
    const providerAdapter = listingAdapter([conversation('c-1', 'From the provider')]);
    const ownAdapter = listingAdapter([conversation('c-2', 'From the element')]);
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${providerAdapter} .viewer=${viewer}>
        <probe-element .adapter=${ownAdapter} .viewer=${otherViewer}></probe-element>
      </comms-provider>
    `);
    const probe = provider.querySelector('probe-element')!;
    expect(probe.seenAdapter).to.equal(ownAdapter);
    expect(probe.seenViewer).to.equal(otherViewer);
    await waitUntil(() => shadowText(probe).includes('From the element'));
    expect(shadowText(probe)).not.to.include('From the provider');
  });

  it('passes a new adapter on to the elements, which load again', async () => {
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${listingAdapter([conversation('c-1', 'First source')])} .viewer=${viewer} .settings=${settings}>
        <probe-element></probe-element>
      </comms-provider>
    `);
    const probe = provider.querySelector('probe-element')!;
    await waitUntil(() => shadowText(probe).includes('First source'));
    provider.adapter = listingAdapter([conversation('c-9', 'Second source')]);
    await waitUntil(() => shadowText(probe).includes('Second source'));
  });

  it('fetches the viewer and settings through the adapter when not given, then fires comms-ready', async () => {
    const viewerAnswer = deferred<typeof viewer>();
    let viewerCalls = 0;
    const adapter: Partial<CommsAdapter> = {
      getViewer: () => {
        viewerCalls++;
        return viewerAnswer.promise;
      },
      getDistrictSettings: async () => settings,
    };
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter}><session-probe></session-probe></comms-provider>
    `);
    const probe = provider.querySelector('session-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('[role="status"]'), 'loading while the provider fetches').to.exist;

    const ready = oneEvent(provider, 'comms-ready');
    viewerAnswer.resolve(viewer);
    const { detail } = await ready;
    expect(detail).to.deep.equal({ adapter, viewer, settings });
    await waitUntil(() => shadowText(probe).includes('Ana Reyes · Riverside Unified'));
    expect(viewerCalls, 'the element waited for the provider instead of asking itself').to.equal(1);
    expect(provider.activeViewer).to.equal(viewer);
  });

  it('reports a failed fetch through comms-error without throwing, and recovers on refresh()', async () => {
    const uncaught = captureUncaught();
    let signedIn = false;
    let viewerCalls = 0;
    const adapter: Partial<CommsAdapter> = {
      getViewer: async () => {
        viewerCalls++;
        if (!signedIn) throw new UnauthorizedError();
        return viewer;
      },
      getDistrictSettings: async () => settings,
    };
    const provider = await fixture<CommsProvider>(html`<comms-provider></comms-provider>`);
    const failed = oneEvent(provider, 'comms-error');
    provider.adapter = adapter;
    const { detail } = await failed;
    expect(detail.operation).to.equal('getViewer');
    expect(detail.error).to.be.instanceOf(UnauthorizedError);
    expect(provider.activeSettings).to.equal(settings);

    signedIn = true;
    const ready = oneEvent(provider, 'comms-ready');
    provider.refresh();
    expect((await ready).detail.viewer).to.equal(viewer);
    expect(viewerCalls).to.equal(2);
    await aTimeout(0);
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it("lets an element that needs the viewer show the provider's failure and retry it", async () => {
    let signedIn = false;
    const adapter: Partial<CommsAdapter> = {
      getViewer: async () => {
        if (!signedIn) throw new UnauthorizedError();
        return viewer;
      },
      getDistrictSettings: async () => settings,
    };
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter}><session-probe></session-probe></comms-provider>
    `);
    const probe = provider.querySelector('session-probe')!;
    await waitUntil(() => probe.shadowRoot!.querySelector('[part~="error"]'), 'the error view shows');
    expect(shadowText(probe)).to.include('Your session has ended');
    expect(shadowText(probe)).to.include('Please sign in again');

    signedIn = true;
    probe.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadowText(probe).includes('Ana Reyes'), 'retry fetched the viewer');
  });

  it('does not fetch what it was given, and provides a viewer given later', async () => {
    let calls = 0;
    const adapter: Partial<CommsAdapter> = {
      listConversations: async () => page([]),
      getViewer: async () => {
        calls++;
        return viewer;
      },
      getDistrictSettings: async () => {
        calls++;
        return settings;
      },
    };
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${adapter} .viewer=${otherViewer} .settings=${settings}><probe-element></probe-element></comms-provider>
    `);
    await aTimeout(0);
    expect(calls).to.equal(0);
    provider.viewer = viewer;
    await provider.updateComplete;
    expect(provider.querySelector('probe-element')!.seenViewer).to.equal(viewer);
  });

  it('aborts its own requests when it leaves the page, and fetches again when it comes back', async () => {
    const signals: AbortSignal[] = [];
    const adapter: Partial<CommsAdapter> = {
      getViewer: ({ signal } = {}) => {
        signals.push(signal!);
        return new Promise(() => {});
      },
    };
    const provider = await fixture<CommsProvider>(html`<comms-provider .adapter=${adapter}></comms-provider>`);
    expect(signals).to.have.length(1);
    const parent = provider.parentElement!;
    provider.remove();
    expect(signals[0]!.aborted).to.equal(true);
    parent.append(provider);
    expect(signals).to.have.length(2);
    expect(signals[1]!.aborted).to.equal(false);
  });

  it('tells the person, in words, when there is no adapter at all, and warns the developer once', async () => {
    const console = captureWarnings();
    try {
      const provider = await fixture<CommsProvider>(html`
        <comms-provider><probe-element></probe-element></comms-provider>
      `);
      const probe = provider.querySelector('probe-element')!;
      await waitUntil(() => probe.shadowRoot!.querySelector('[part~="not-configured"]'), 'the not-configured view');
      expect(shadowText(probe)).to.include("This section isn't set up yet");
      await expect(probe).to.be.accessible();
      probe.requestUpdate();
      await probe.updateComplete;
      const mine = console.warnings.filter((args) => String(args[0]).includes('<probe-element> has no adapter'));
      expect(mine).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('counts an adapter lacking a method the element calls as no adapter', async () => {
    const console = captureWarnings();
    try {
      const probe = await fixture(html`<probe-element .adapter=${{ getViewer: async () => viewer }}></probe-element>`);
      await waitUntil(() => probe.shadowRoot!.querySelector('[part~="not-configured"]'));
      expect(String(console.warnings[0]?.[0])).to.include('without listConversations');
    } finally {
      console.restore();
    }
  });

  it('shows loading, and warns of nothing, while the data source is still on its way', async () => {
    CommsElement.configurationGraceMs = 2000;
    const console = captureWarnings();
    try {
      const provider = await fixture<CommsProvider>(html`<comms-provider><probe-element></probe-element></comms-provider>`);
      const probe = provider.querySelector('probe-element')!;
      expect(probe.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      await aTimeout(50);
      expect(probe.shadowRoot!.querySelector('[part~="not-configured"]')).to.equal(null);
      provider.adapter = listingAdapter();
      await waitUntil(() => shadowText(probe).includes('Field trip'));
      expect(console.warnings).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });

  it('works without a provider when an element is given its own adapter', async () => {
    const probe = await fixture(html`<probe-element .adapter=${listingAdapter()}></probe-element>`);
    await waitUntil(() => shadowText(probe).includes('Field trip'));
  });

  it('lets an element fetch the session itself when there is no provider', async () => {
    const probe = await fixture(html`<session-probe .adapter=${listingAdapter()}></session-probe>`);
    await waitUntil(() => shadowText(probe).includes('Ana Reyes · Riverside Unified'));
  });

  it('shows the error view, never an exception, when the element data fails', async () => {
    const adapter: Partial<CommsAdapter> = {
      listConversations: async () => {
        throw new ServerError();
      },
    };
    const probe = await fixture(html`<probe-element .adapter=${adapter}></probe-element>`);
    await waitUntil(() => probe.shadowRoot!.querySelector('[part~="error"]'));
    expect(shadowText(probe)).to.include('Something went wrong');
    adapter.listConversations = async () => page([conversation('c-3', 'Back again')]);
    probe.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadowText(probe).includes('Back again'));
  });
});
