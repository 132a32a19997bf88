import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { inMemoryReportsAdapter, syntheticSharedGroups } from '../src/mocks/index.js';
import { mock, type MockStoryLoaded } from './support/mock-story.js';

/**
 * `<shared-contact-report>`: which accounts share each phone number and email address, with
 * flags of likely data problems. District administrators only.
 */
const meta: Meta = {
  title: 'Elements/shared-contact-report',
  component: 'shared-contact-report',
  render: () => html`<shared-contact-report></shared-contact-report>`,
};
export default meta;
type Story = StoryObj;

// Each story names its own backend: the loader reads the story's parameters.
const admin = mock({ viewer: 'admin', size: 'default' });

export const Default: Story = { parameters: admin };

/** Only the groups carrying a flag, one opened to show its accounts and reasons. */
export const Flags: Story = {
  parameters: admin,
  render: () => html`<shared-contact-report flag="flagged"></shared-contact-report>`,
  play: async ({ canvasElement }) => {
    const report = canvasElement.querySelector('shared-contact-report')!;
    for (let i = 0; i < 100; i++) {
      const toggle = report.shadowRoot?.querySelector<HTMLButtonElement>('.group-toggle');
      if (toggle) {
        toggle.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

/** 100,000 shared values (a district of several hundred thousand people), paged by cursor into a virtualized list. */
export const LargeDistrict: Story = {
  parameters: mock({ viewer: 'admin' }),
  render: () => html`<shared-contact-report .adapter=${inMemoryReportsAdapter(syntheticSharedGroups(100_000), { latencyMs: 150 })}></shared-contact-report>`,
};

/** The export running: its progress and the Cancel button. The pages after the first answer slowly. */
export const ExportInProgress: Story = {
  parameters: admin,
  play: async ({ canvasElement, loaded }) => {
    const report = canvasElement.querySelector('shared-contact-report')!;
    let button: HTMLButtonElement | null | undefined;
    for (let i = 0; i < 100 && !(button && !button.disabled); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      button = report.shadowRoot?.querySelector<HTMLButtonElement>('[part="export-button"]');
    }
    const { backend } = loaded as MockStoryLoaded;
    backend.controls.slowNext({ operationId: 'listSharedContactGroups', ms: 0 });
    backend.controls.slowNext({ operationId: 'listSharedContactGroups', ms: 600_000, times: 100 });
    button?.click();
  },
};

/** No contact method is shared: the empty state, with the guidance on why sharing is often intended. */
export const Empty: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      for (const record of backend.district.people.values()) record.methods = [];
    },
  }),
};

export const Loading: Story = { parameters: mock({ viewer: 'admin', latencyMs: 600_000 }) };

/** The backend fails: plain words and Try again. */
export const ServerError: Story = {
  parameters: mock({
    viewer: 'admin',
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'listSharedContactGroups', status: 500, times: 10 });
    },
  }),
};

/** A teacher may not see district reports. */
export const NotAllowed: Story = { parameters: mock({ viewer: 'teacher' }) };

export const Spanish: Story = { parameters: mock({ viewer: 'admin', size: 'default' }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: admin, globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: admin, globals: { dir: 'rtl' } };

/** A phone-sized column. */
export const Narrow: Story = {
  parameters: admin,
  render: () => html`<div style=${styleMap({ maxInlineSize: '320px' })}><shared-contact-report></shared-contact-report></div>`,
};
