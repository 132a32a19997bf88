import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/optin-badge/define.js';
import type { OptinBadge } from '../../src/components/optin-badge/optin-badge.js';
import { shadowText } from './fixtures/dom.js';

// The badge alone on a page whose <comms-provider> is defined later (its script loads after).
describe('<optin-badge> before its provider is defined', () => {
  it('asks again once the provider exists, and shows the status', async () => {
    const adapter = {
      getSmsConsent: async (phone: string) => ({ phone, status: 'optedIn' as const, updatedAt: null, source: null, actor: null, history: [] }),
    };
    const provider = await fixture(html`<comms-provider .adapter=${adapter}><optin-badge phone="+12015550123"></optin-badge></comms-provider>`);
    const badge = provider.querySelector<OptinBadge>('optin-badge')!;
    expect(customElements.get('comms-provider')).to.equal(undefined);
    expect(shadowText(badge)).to.include('Looking up texting status');
    await import('../../src/components/comms-provider/define.js');
    await waitUntil(() => shadowText(badge).includes('Opted in to texts'), 'the badge finds the provider');
  });
});
