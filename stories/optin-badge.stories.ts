import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockStoryLoaded } from './support/mock-story.js';
import { mock } from './support/mock-story.js';

/**
 * `<optin-badge>` sits next to every phone number: opted in, opted out or not asked, by icon
 * shape and words. Focus, hover or tap it for when, how and by whom; Escape hides the details.
 * Give it a `phone` or a contact method's `method-id` to look up, or a static `status`.
 */
const meta: Meta = {
  title: 'Elements/optin-badge',
  component: 'optin-badge',
  render: (_args, { loaded }) => {
    const f = (loaded as MockStoryLoaded).fixtures;
    return html`<ul class="story-phones">
      <li>${f.household.phone} <optin-badge phone=${f.household.phone}></optin-badge></li>
      <li>${f.optedOutGuardian.phone} <optin-badge phone=${f.optedOutGuardian.phone}></optin-badge></li>
      <li>${f.neverAskedGuardian.phone} <optin-badge phone=${f.neverAskedGuardian.phone}></optin-badge></li>
      <li>${f.staffAlsoGuardian.phone} <optin-badge phone=${f.staffAlsoGuardian.phone}></optin-badge></li>
    </ul>`;
  },
};
export default meta;
type Story = StoryObj;

/** Each number's status, looked up through the provider's adapter. */
export const LookedUp: Story = { parameters: mock({ viewer: 'admin' }) };

/**
 * Looked up by contact method id (`method-id`) instead of the number: the opted-out and never-asked
 * guardians' cells, then an email address, which has no texting status.
 */
export const LookedUpByMethod: Story = { parameters: mock({ viewer: 'admin' }),
  render: (_args, { loaded }) => {
    const f = (loaded as MockStoryLoaded).fixtures;
    return html`<ul class="story-phones">
      <li>${f.optedOutGuardian.phone} <optin-badge method-id=${f.optedOutGuardian.methodId}></optin-badge></li>
      <li>${f.neverAskedGuardian.phone} <optin-badge method-id=${f.neverAskedGuardian.methodId}></optin-badge></li>
      <li><optin-badge method-id=${f.unconfirmedMethod.methodId}></optin-badge></li>
    </ul>`;
  },
};

/** `status` given directly, for static pages: no adapter needed. */
export const StaticStatus: Story = { parameters: mock({ viewer: 'admin' }),
  render: () => html`<p>
    <optin-badge status="optedIn"></optin-badge>
    <optin-badge status="optedOut"></optin-badge>
    <optin-badge status="notAsked"></optin-badge>
  </p>`,
};

/** Icon only, for tables: the words stay the accessible name and show in the tooltip. */
export const Compact: Story = { parameters: mock({ viewer: 'admin' }),
  render: (_args, { loaded }) => {
    const f = (loaded as MockStoryLoaded).fixtures;
    return html`<p>
      <optin-badge compact phone=${f.optedOutGuardian.phone}></optin-badge>
      <optin-badge compact status="optedIn"></optin-badge>
      <optin-badge compact status="notAsked"></optin-badge>
    </p>`;
  },
};

/** The details tooltip, opened by keyboard focus. */
export const Details: Story = { parameters: mock({ viewer: 'admin' }),
  render: (_args, { loaded }) => html`<optin-badge phone=${(loaded as MockStoryLoaded).fixtures.optedOutGuardian.phone}></optin-badge>`,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('optin-badge')!;
    for (let i = 0; i < 50 && !badge.shadowRoot?.querySelector('button'); i++) await new Promise((r) => setTimeout(r, 100));
    badge.shadowRoot?.querySelector('button')?.focus();
  },
};

/** Slow answers: the loading words. */
export const Loading: Story = { parameters: mock({ viewer: 'admin', latencyMs: 600000 }) };

/** The lookup fails: plain words and Try again. */
export const Unavailable: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'getSmsConsent', status: 403, times: 4 });
    },
  }),
};

export const Spanish: Story = { parameters: mock({ viewer: 'admin' }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: mock({ viewer: 'admin' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: 'admin' }), globals: { dir: 'rtl' } };
