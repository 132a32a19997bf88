import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mock } from './support/mock-story.js';
import './support/session-summary.js';

/**
 * `<comms-provider>` renders nothing of its own: it hands the adapter, the viewer, the district
 * settings and the language to every element inside it. These stories show what it hands down.
 */
const meta: Meta = {
  title: 'Wiring/comms-provider',
  component: 'comms-provider',
  render: () => html`<story-session-summary></story-session-summary>`,
};
export default meta;
type Story = StoryObj;

export const Guardian: Story = { parameters: mock({ viewer: 'guardian' }) };

export const DistrictAdmin: Story = { parameters: mock({ viewer: 'admin' }) };

export const Spanish: Story = { parameters: mock({ viewer: 'spanishGuardian' }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: mock({ viewer: 'teacher' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: 'teacher' }), globals: { dir: 'rtl' } };

/** Nobody signed in: the backend answers 401 and the element asks to sign in again. */
export const NotSignedIn: Story = { parameters: mock({ viewer: null }) };

/** The backend fails: plain words and a Try again button. */
export const ServerError: Story = {
  parameters: mock({
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'getViewer', status: 500, times: 10 });
    },
  }),
};

/** Slow answers: the loading state. */
export const Loading: Story = { parameters: mock({ latencyMs: 600000 }) };
