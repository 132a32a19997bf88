import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mock, type MockStoryLoaded } from './support/mock-story.js';
import { clickButton, inEditor } from './support/prefs-story.js';

/**
 * "Is this yours?" for contact methods that arrived from the school's records unconfirmed.
 * Answering is optional; messages keep arriving and sign-in does not change.
 */
const meta: Meta = {
  title: 'Elements/contact-confirm-prompt',
  component: 'contact-confirm-prompt',
  render: () => html`<contact-confirm-prompt></contact-confirm-prompt>`,
};
export default meta;
type Story = StoryObj;

const holder = (d: MockStoryLoaded['district']) => d.fixtures.unconfirmedMethod.personId;

/** Ana's record holds the family email, synced from the SIS and not yet confirmed. */
export const Ready: Story = { parameters: mock({ viewer: holder }) };

/** Nothing to confirm: the prompt shows nothing. */
export const Empty: Story = { parameters: mock({ viewer: 'guardian' }) };

export const Loading: Story = { parameters: mock({ viewer: holder, latencyMs: 600000 }) };

export const LoadError: Story = {
  parameters: mock({ viewer: holder, setup: (backend) => void backend.controls.failNext({ operationId: 'listUnconfirmedMethods', status: 500, times: 10 }) }),
};

/** The answer could not be saved: the question stays, with Try again. */
export const AnswerError: Story = {
  parameters: mock({ viewer: holder, setup: (backend) => void backend.controls.failNext({ operationId: 'answerMethodConfirmation', status: 500, times: 10 }) }),
  play: async ({ canvasElement }) => {
    await clickButton(canvasElement, 'Yes, it’s mine', 'contact-confirm-prompt');
    await inEditor(canvasElement, '[role="alert"]', 'contact-confirm-prompt');
  },
};

export const Spanish: Story = { parameters: mock({ viewer: holder }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: mock({ viewer: holder }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: holder }), globals: { dir: 'rtl' } };
