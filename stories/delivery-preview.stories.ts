import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockBackend } from '../src/mocks/index.js';
import type { District } from '../src/mocks/index.js';
import { mock } from './support/mock-story.js';

/**
 * `<delivery-preview>`: what a communication would send before a teacher presses send — who it
 * reaches, one message per distinct phone or email, SMS labels on shared phones, and who is
 * not reached and why.
 */
const meta: Meta = {
  title: 'Elements/delivery-preview',
  component: 'delivery-preview',
  render: (_args, { loaded }) =>
    html`<delivery-preview audience-id=${(loaded as { fixtures: District['fixtures'] }).fixtures.audience} reason="attendance"></delivery-preview>`,
};
export default meta;
type Story = StoryObj;

// Each story names its own backend: the loader reads the story's parameters.
const teacher = mock({ viewer: 'teacher' });

export const Default: Story = { parameters: teacher };

/** No audience given: the teacher picks one of their saved audiences. */
export const ChooseAudience: Story = { parameters: teacher, render: () => html`<delivery-preview></delivery-preview>` };

/**
 * Heavy sharing: in every family of the audience the guardians share one cell phone with texts
 * on, and the message is urgent, so shared home phones are called once. Each shared phone gets
 * one text, labelled for everyone it is for.
 */
function shareFamilyCells(backend: MockBackend, district: District): void {
  const audience = backend.district.savedAudiences.find((a) => a.id === district.fixtures.audience)!;
  const byHousehold = new Map<string, string[]>();
  for (const id of audience.personIds) {
    const household = backend.district.people.get(id)?.person.householdId;
    if (household) byHousehold.set(household, [...(byHousehold.get(household) ?? []), id]);
  }
  let n = 0;
  for (const members of byHousehold.values()) {
    if (members.length < 2) continue;
    const phone = `+1617555${String(9000 + n++).padStart(4, '0')}`;
    for (const id of members) {
      const record = backend.district.people.get(id)!;
      const methodId = `${id}-family-cell`;
      record.methods.push({ ...record.methods[0]!, id: methodId, type: 'cellPhone', value: phone, health: 'ok', sharedAccountCount: members.length - 1 });
      record.preferences.push({ methodId, reason: 'emergency', channel: 'text', enabled: true });
    }
    const template = [...backend.district.consents.values()][0]!;
    backend.district.consents.set(phone, { ...template, phone, status: 'optedIn' });
  }
}

export const HeavySharing: Story = {
  render: (_args, { loaded }) =>
    html`<delivery-preview audience-id=${(loaded as { fixtures: District['fixtures'] }).fixtures.audience} reason="emergency" urgent></delivery-preview>`,
  parameters: mock({ viewer: 'teacher', setup: shareFamilyCells }),
};

/** An audience with nobody in it. */
export const Empty: Story = {
  render: () => html`<delivery-preview audience-id="audience-empty" reason="attendance"></delivery-preview>`,
  parameters: mock({
    viewer: 'teacher',
    setup: (backend) => {
      backend.district.savedAudiences.push({ id: 'audience-empty', name: 'Nobody yet', personIds: [] });
    },
  }),
};

export const Loading: Story = { parameters: mock({ viewer: 'teacher', latencyMs: 600_000 }) };

export const ServerError: Story = {
  parameters: mock({
    viewer: 'teacher',
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'planDelivery', status: 500, times: 10 });
    },
  }),
};

export const Spanish: Story = { parameters: teacher, globals: { locale: 'es' } };

export const Dark: Story = { parameters: teacher, globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: teacher, globals: { dir: 'rtl' } };
