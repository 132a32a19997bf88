import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { mock, type MockStoryLoaded } from './support/mock-story.js';
import { clickButton, clickSwitch, inEditor } from './support/prefs-story.js';

type Who = (loaded: MockStoryLoaded) => string;

/** Renders the editor for a person picked from the district's fixtures. */
const editorFor = (who: Who, attrs: { readonly?: boolean; narrow?: boolean } = {}): Partial<Story> => ({
    render: (_args, context) => {
      const loaded = context.loaded as MockStoryLoaded;
      const editor = html`<contact-prefs-editor person-id=${who(loaded)} ?readonly=${attrs.readonly ?? false}></contact-prefs-editor>`;
      return attrs.narrow ? html`<div style=${styleMap({ maxInlineSize: '320px' })}>${editor}</div>` : editor;
    },
  });

const guardian: Who = ({ fixtures }) => fixtures.household.guardianId;

/**
 * One person's contact methods × contact reasons, language and conversation channel. A
 * guardian edits their own; staff look; a district administrator edits anyone's.
 */
const meta: Meta = {
  title: 'Elements/contact-prefs-editor',
  component: 'contact-prefs-editor',
};
export default meta;
type Story = StoryObj;

/** A guardian with a household phone, a shared email they sign in with, and an opted-in cell. */
export const GuardianView: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'guardian' }) };

/** The same, ready for edits. */
export const Ready: Story = { ...editorFor(({ fixtures }) => fixtures.neverAskedGuardian.personId), parameters: mock({ viewer: (d) => d.fixtures.neverAskedGuardian.personId }) };

/** A district administrator editing a guardian: same rules, nothing can set a number to opted out. */
export const AdminView: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'admin' }) };

/** A teacher may look at a guardian's preferences but not change them. */
export const ReadOnly: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'teacher' }) };

/** The `readonly` attribute on the guardian's own editor. */
export const ReadOnlyAttribute: Story = { ...editorFor(guardian, { readonly: true }), parameters: mock({ viewer: 'guardian' }) };

/** A staff member with a district assignment: the Staff reason applies. */
export const StaffView: Story = { ...editorFor(({ fixtures }) => fixtures.teacher), parameters: mock({ viewer: 'teacher' }) };

/** A change to the household phone lists the other active household members before saving. */
export const HouseholdPhone: Story = {
  ...editorFor(guardian),
  parameters: mock({ viewer: 'guardian' }),
  play: async ({ canvasElement }) => {
    await clickSwitch(canvasElement, 'General — household phone');
    await inEditor(canvasElement, '.household');
  },
};

/** A cell number that opted out: text cannot be switched on, and the editor says why. */
export const OptedOutNumber: Story = {
  ...editorFor(({ fixtures }) => fixtures.optedOutGuardian.personId),
  parameters: mock({ viewer: (d) => d.fixtures.optedOutGuardian.personId }),
};

/** Saving: the request is on its way. */
export const Saving: Story = {
  ...editorFor(guardian),
  parameters: mock({
    viewer: 'guardian',
    setup: (backend) => void backend.controls.slowNext({ operationId: 'updateContactPreferences', ms: 600000 }),
  }),
  play: async ({ canvasElement }) => {
    await clickSwitch(canvasElement, 'Behavior — household phone');
    await clickButton(canvasElement, 'Save');
  },
};

/** Someone else saved first: what they changed, and the person's edits kept to re-apply. */
export const Conflict: Story = {
  ...editorFor(guardian),
  parameters: mock({ viewer: 'guardian' }),
  play: async ({ canvasElement, loaded }) => {
    const { backend, fixtures } = loaded as MockStoryLoaded;
    await clickSwitch(canvasElement, 'Attendance — household phone');
    backend.state.editPerson(fixtures.household.guardianId, (draft) => {
      draft.conversationChannel = 'inApp';
    });
    await clickButton(canvasElement, 'Save');
    await inEditor(canvasElement, '[part="conflict"]');
  },
};

/** The save failed: the error beside the form, every edit kept, Try again. */
export const SaveError: Story = {
  ...editorFor(guardian),
  parameters: mock({
    viewer: 'guardian',
    setup: (backend) => void backend.controls.failNext({ operationId: 'updateContactPreferences', status: 500, times: 10 }),
  }),
  play: async ({ canvasElement }) => {
    await clickSwitch(canvasElement, 'Priority — household phone');
    await clickButton(canvasElement, 'Save');
    await inEditor(canvasElement, '[role="alert"]');
  },
};

/** A person with no contact methods. */
export const Empty: Story = {
  ...editorFor(({ fixtures }) => fixtures.neverAskedGuardian.personId),
  parameters: mock({
    viewer: 'admin',
    setup: (backend, district) =>
      void backend.state.editPerson(district.fixtures.neverAskedGuardian.personId, (draft) => {
        draft.methods = [];
        draft.preferences = [];
      }),
  }),
};

/** The preferences could not be loaded. */
export const LoadError: Story = {
  ...editorFor(guardian),
  parameters: mock({ viewer: 'guardian', setup: (backend) => void backend.controls.failNext({ operationId: 'getContactPreferences', status: 500, times: 10 }) }),
};

/** Waiting for the backend. */
export const Loading: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'guardian', latencyMs: 600000 }) };

/** 320 CSS pixels wide: one block per method. */
export const NarrowWidth: Story = { ...editorFor(guardian, { narrow: true }), parameters: mock({ viewer: 'guardian' }) };

export const Spanish: Story = { ...editorFor(({ fixtures }) => fixtures.spanishGuardian), parameters: mock({ viewer: 'spanishGuardian' }), globals: { locale: 'es' } };

export const Dark: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'guardian' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { ...editorFor(guardian), parameters: mock({ viewer: 'guardian' }), globals: { dir: 'rtl' } };
