import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mock } from './support/mock-story.js';

/**
 * `<optin-report>`: district administrators' list of guardians' numbers with their texting
 * consent, paged by the server; filters, search, and the opt-out CSV export.
 */
const meta: Meta = {
  title: 'Elements/optin-report',
  component: 'optin-report',
  render: () => html`<optin-report page-size="10"></optin-report>`,
};
export default meta;
type Story = StoryObj;

/** Every guardian's numbers, ten per page. */
export const Ready: Story = { parameters: mock({ viewer: 'admin' }) };

/** Filtered to opted-out cell numbers: the ones the export lists. */
export const OptedOutCells: Story = { parameters: mock({ viewer: 'admin' }),
  render: () => html`<optin-report status="optedOut" number-type="cell" page-size="10"></optin-report>`,
};

/** A search matching nobody. */
export const Empty: Story = { parameters: mock({ viewer: 'admin' }),
  render: () => html`<optin-report search="Nobody By This Name"></optin-report>`,
};

/** Slow answers: the loading state. */
export const Loading: Story = { parameters: mock({ viewer: 'admin', latencyMs: 600000 }) };

/** The backend fails: plain words and Try again. */
export const LoadError: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => void backend.controls.failNext({ operationId: 'listSmsConsent', status: 403, times: 3 }),
  }),
};

/** A guardian may not see the report: the backend refuses, and the element says so. */
export const NoPermission: Story = { parameters: mock({ viewer: 'guardian' }) };

/** Names from data that try to break out: shown as text, wrapped. */
export const HostileNames: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      const hostile = ['<script>alert(1)</script>', 'javascript:alert(1)', '\u202Egnp.exe', '=HYPERLINK("http://x")', 'W'.repeat(10000)];
      let i = 0;
      for (const record of backend.district.people.values()) {
        if (record.person.role !== 'guardian') continue;
        record.person.displayName = hostile[i % hostile.length]!;
        if (++i >= 20) break;
      }
      backend.state.touch();
    },
  }),
};

export const Spanish: Story = { parameters: mock({ viewer: 'admin' }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: mock({ viewer: 'admin' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: 'admin' }), globals: { dir: 'rtl' } };
