import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import { shadowText } from './fixtures/dom.js';
import { conversation, listingAdapter, page, settings, viewer } from './fixtures/fakes.js';

// This file checks which modules the page downloads. The provider and the probe are imported
// once the resource-timing buffer is large enough to record every module they pull in, and the
// HTTP adapter only after the provider has asked for it.
performance.setResourceTimingBufferSize(5000);
before(async () => {
  await import('../../src/components/comms-provider/define.js');
  await import('./fixtures/probe-elements.js');
});
const loadHttpAdapter = () => import('../../src/api/http-adapter.js');

const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => worker.resetHandlers());

function httpAdapterDownloaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/api/http-adapter.'));
}

describe('<comms-provider base-url>', () => {
  // Runs first: nothing else in this page has asked for the HTTP adapter yet.
  it('does not download the HTTP adapter when the page passes its own adapter', async () => {
    const provider = await fixture<CommsProvider>(html`
      <comms-provider .adapter=${listingAdapter()} .viewer=${viewer} .settings=${settings}>
        <probe-element></probe-element>
      </comms-provider>
    `);
    await waitUntil(() => shadowText(provider.querySelector('probe-element')!).includes('Field trip'));
    expect(httpAdapterDownloaded()).to.equal(false);
  });

  it('builds the HTTP adapter from base-url, fetches the session through it and fires comms-ready', async () => {
    worker.use(
      http.get('/district-api/viewer', () => HttpResponse.json(viewer)),
      http.get('/district-api/district/settings', () => HttpResponse.json(settings)),
      http.get('/district-api/conversations', () => HttpResponse.json(page([conversation('c-7', 'Over HTTP')]))),
    );
    const provider = await fixture<CommsProvider>(html`
      <comms-provider base-url="/district-api"><probe-element></probe-element></comms-provider>
    `);
    const probe = provider.querySelector('probe-element')!;
    await probe.updateComplete;
    if (provider.activeAdapter === undefined) {
      expect(probe.shadowRoot!.querySelector('[part~="loading"]'), 'loading, not "not set up", while the adapter loads').to.exist;
    }
    const { detail } = await oneEvent(provider, 'comms-ready');
    expect(httpAdapterDownloaded()).to.equal(true);
    const { HttpCommsAdapter } = await loadHttpAdapter();
    expect(detail.adapter).to.be.instanceOf(HttpCommsAdapter);
    expect(provider.activeAdapter).to.equal(detail.adapter);
    expect(detail.viewer).to.deep.equal(viewer);
    expect(detail.settings).to.deep.equal(settings);
    await waitUntil(() => shadowText(probe).includes('Over HTTP'), 'the element lists through the HTTP adapter');
  });

  it('prefers the adapter property over base-url', async () => {
    worker.use(
      http.get('/district-api/viewer', () => HttpResponse.json(viewer)),
      http.get('/district-api/district/settings', () => HttpResponse.json(settings)),
    );
    const adapter = listingAdapter();
    const provider = await fixture<CommsProvider>(html`
      <comms-provider base-url="/district-api" .adapter=${adapter}></comms-provider>
    `);
    expect(provider.activeAdapter).to.equal(adapter);
    const { HttpCommsAdapter } = await loadHttpAdapter();
    provider.adapter = undefined;
    await waitUntil(() => provider.activeAdapter instanceof HttpCommsAdapter, 'falls back to base-url');
  });

  it('reports an HTTP failure of the session through comms-error', async () => {
    worker.use(
      http.get('/district-api/viewer', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }, { status: 401 }),
      ),
      http.get('/district-api/district/settings', () => HttpResponse.json(settings)),
    );
    const provider = await fixture<CommsProvider>(html`<comms-provider></comms-provider>`);
    const failed = oneEvent(provider, 'comms-error');
    provider.baseUrl = '/district-api';
    const { detail } = await failed;
    expect(detail.operation).to.equal('getViewer');
    expect((detail.error as { kind?: string }).kind).to.equal('unauthorized');
  });
});
