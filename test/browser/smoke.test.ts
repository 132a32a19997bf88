import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());

describe('smoke', () => {
  it('msw intercepts', async () => {
    worker.use(http.get('/api/x', () => HttpResponse.json({ ok: 1 }, { status: 500 })));
    const r = await fetch('/api/x');
    expect(r.status).to.equal(500);
  });
  it('axe', async () => {
    const el = await fixture(html`<button>Hi</button>`);
    await expect(el).to.be.accessible();
  });
});
