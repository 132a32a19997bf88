import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { mock, type MockStoryLoaded } from './support/mock-story.js';

/**
 * `<optin-form>`: a phone number, its type and, for a cell phone, the texting consent question
 * with the disclosures carriers require. Inside a page's `<form>` it is a form control; on its
 * own it saves through the adapter.
 */
const meta: Meta = {
  title: 'Elements/optin-form',
  component: 'optin-form',
  render: () => html`<optin-form></optin-form>`,
};
export default meta;
type Story = StoryObj;

async function shadowOf(canvas: HTMLElement): Promise<ShadowRoot> {
  const form = canvas.querySelector('optin-form')!;
  for (let i = 0; i < 50 && !form.shadowRoot?.querySelector('#phone'); i++) await new Promise((r) => setTimeout(r, 100));
  return form.shadowRoot!;
}

async function fill(canvas: HTMLElement, phone: string, answer: 'optIn' | 'optOut' | null): Promise<ShadowRoot> {
  const root = await shadowOf(canvas);
  const input = root.querySelector<HTMLInputElement>('#phone')!;
  input.value = phone;
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
  if (answer) root.querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
  return root;
}

/** A guardian on the school website: the question names the district and its texting number. */
export const Guardian: Story = { parameters: mock({ viewer: 'guardian' }) };

/**
 * Inside a page's own `<form>`: what the browser submits is shown under it. (The page's buttons
 * are the browser's own Submit and Reset, labelled in the browser's language.)
 */
export const InsideNativeForm: Story = { parameters: mock({ viewer: 'guardian' }),
  render: () => html`<form
    class="story-native-form"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 1);
    }}
  >
    <optin-form name="guardianPhone" required></optin-form>
    <p><input type="submit" /> <input type="reset" /></p>
    <pre><output></output></pre>
  </form>`,
};

/** Bad numbers are refused with words saying how to fix them, and the answer is required. */
export const ValidationErrors: Story = { parameters: mock({ viewer: 'guardian' }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, '555-CALL-NOW', null);
    canvasElement.querySelector('optin-form')!.reportValidity();
  },
};

/** The consent question is unanswered: a cell number needs a yes or a no. */
export const AnswerRequired: Story = { parameters: mock({ viewer: 'guardian' }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, '2175550142', null);
    const root = canvasElement.querySelector('optin-form')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/** Staff entering a guardian's cell number: no question, and no way to opt it out. */
export const StaffView: Story = {
  render: (_args, { loaded }) =>
    html`<optin-form person-id=${(loaded as MockStoryLoaded).fixtures.neverAskedGuardian.personId}></optin-form>`,
  parameters: mock({ viewer: 'teacher' }),
};

/** Saving: the answer is on its way. */
export const Saving: Story = {
  parameters: mock({ viewer: 'guardian', latencyMs: 300, setup: (backend) => void backend.controls.slowNext({ operationId: 'recordSmsConsent', ms: 600000 }) }),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement, '2175550142', 'optIn');
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/** Saved: the form says what was recorded. */
export const Saved: Story = { parameters: mock({ viewer: 'guardian' }),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement, '2175550142', 'optIn');
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/** Saving fails: the error shows beside the form, and every value stays. */
export const SaveError: Story = {
  parameters: mock({ viewer: 'guardian', setup: (backend) => void backend.controls.failNext({ operationId: 'recordSmsConsent', status: 500, times: 10 }) }),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement, '2175550142', 'optOut');
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/** Read-only: shown, not editable. */
export const ReadOnly: Story = { parameters: mock({ viewer: 'guardian' }), render: () => html`<optin-form readonly></optin-form>` };

/**
 * A school website with no build step: paste the snippet shown (one `<script type="module">`
 * tag and the element in the page's own form). The framed page does exactly that, posts the
 * form to itself and shows what arrived.
 */
export const NoBuildPage: Story = { parameters: mock({ viewer: 'guardian' }),
  // The snippet and the framed page are code and a sample site: English on purpose.
  render: () => html`<div class="story-no-build" translate="no">
    <pre><code>${NO_BUILD_SNIPPET}</code></pre>
    <iframe title="A school page using optin-form without a build step" src="no-build/optin-form.html" style=${styleMap({ inlineSize: '100%', blockSize: '44rem', border: '1px solid' })}></iframe>
  </div>`,
};

const NO_BUILD_SNIPPET = `<script type="module" src="https://unpkg.com/school-comms-elements/dist/cdn/elements/optin-form.js"></script>

<form action="/enroll" method="post">
  <optin-form name="guardianPhone" required
    school-name="Riverside High School" texting-number="+12015550100"
    message-frequency="Up to 4 messages a week."></optin-form>
  <button>Submit</button>
</form>`;

export const Spanish: Story = { globals: { locale: 'es' }, parameters: mock({ viewer: 'spanishGuardian' }) };

export const Dark: Story = { parameters: mock({ viewer: 'guardian' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: 'guardian' }), globals: { dir: 'rtl' } };
