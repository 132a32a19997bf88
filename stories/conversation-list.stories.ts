import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ConversationList } from '../src/components/conversation-list/conversation-list.js';
import { mock } from './support/mock-story.js';

/**
 * The viewer's conversations, newest activity first, with unread bubbles, muted and stopped
 * markers, the archived list, search, and "Start a conversation" for staff. Each story runs on
 * its own mock district; the fixture teacher sees every kind of conversation.
 */
const meta: Meta = {
  title: 'Elements/conversation-list',
  component: 'conversation-list',
  args: { view: 'inbox', search: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['inbox', 'archived'] },
    search: { control: 'text' },
  },
  render: ({ view, search }) => html`<conversation-list view=${view} search=${search}></conversation-list>`,
};
export default meta;
type Story = StoryObj;

/** The list element of the story, once its first page is on screen. */
async function readyList(canvasElement: HTMLElement): Promise<ConversationList> {
  const list = canvasElement.querySelector('conversation-list')!;
  for (let i = 0; i < 200 && !list.shadowRoot?.querySelector('.list, [part~="empty"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return list;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

/** Types into the people search of the open dialog and adds the first match, as a keyboard user would. */
async function addFirstMatch(list: ConversationList, text: string): Promise<void> {
  const root = list.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('#start-people')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await until(() => root.querySelector('#start-results:not([hidden]) [role="option"]') !== null);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await list.updateComplete;
}

/** A teacher's inbox: unread, muted, stopped and translated conversations. */
export const Inbox: Story = { parameters: mock({ viewer: 'teacher' }) };

export const Loading: Story = { parameters: mock({ viewer: 'teacher', latencyMs: 600000 }) };

/** A district administrator who has no conversations yet is offered to start one. */
export const EmptyInbox: Story = { parameters: mock({ viewer: 'admin' }) };

export const Archived: Story = { args: { view: 'archived' }, parameters: mock({ viewer: 'teacher' }) };

/** Families answered: unread bubbles on the conversations and on the Inbox switch. */
export const Unread: Story = {
  parameters: mock({
    viewer: 'teacher',
    setup: (backend, { fixtures }) => {
      backend.simulate.reply(fixtures.conversations.withAttachments, { authorId: fixtures.household.partnerId, body: 'Got the form, thank you!' });
      backend.simulate.reply(fixtures.conversations.translated, { authorId: fixtures.spanishGuardian, body: 'Gracias, allí estaré.', language: 'es', via: 'sms' });
    },
  }),
};

/** A stopped conversation: history stays readable, nobody can reply. */
export const Stopped: Story = { args: { search: 'Field trip to' }, parameters: mock({ viewer: 'teacher' }) };

/** A conversation the teacher muted: it shows unread messages but does not ring the bubble. */
export const Muted: Story = { args: { search: 'Soccer' }, parameters: mock({ viewer: 'teacher' }) };

export const Searching: Story = { args: { search: 'nunez' }, parameters: mock({ viewer: 'teacher' }) };

/** A search with no match (digits, so the pseudo-locale pass has no English to flag). */
export const NoSearchMatch: Story = { args: { search: '2031' }, parameters: mock({ viewer: 'teacher' }) };

/** The dialog, open, with people found in the directory for "and". */
export const StartDialog: Story = {
  parameters: mock({ viewer: 'teacher', latencyMs: 50 }),
  play: async ({ canvasElement }) => {
    const list = await readyList(canvasElement);
    list.startConversation();
    await addFirstMatch(list, 'ana and');
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#start-people')!;
    input.value = 'and';
    input.dispatchEvent(new Event('input'));
  },
};

/** Fourteen people added: with the teacher that is the district's limit of 15. */
export const ParticipantLimitReached: Story = {
  parameters: mock({ viewer: 'teacher', latencyMs: 0 }),
  play: async ({ canvasElement }) => {
    const list = await readyList(canvasElement);
    list.startConversation();
    for (let i = 0; i < 14; i++) await addFirstMatch(list, 'an');
    await addFirstMatch(list, 'an');
  },
};

/** Creating the conversation failed: the error shows beside the form, every value kept. */
export const StartFailed: Story = {
  parameters: mock({
    viewer: 'teacher',
    latencyMs: 50,
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'createConversation', status: 500 });
    },
  }),
  play: async ({ canvasElement }) => {
    const list = await readyList(canvasElement);
    list.startConversation();
    await addFirstMatch(list, 'kofi');
    const root = list.shadowRoot!;
    const message = root.querySelector<HTMLTextAreaElement>('#start-message')!;
    message.value = 'Hello! A question about the bake sale.';
    message.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part~="create-button"]')!.click();
  },
};

/** A guardian reads and replies, but does not start conversations: no Start button. */
export const Guardian: Story = { parameters: mock({ viewer: 'guardian' }) };

/** A student the district lets into conversations. */
export const StudentView: Story = { parameters: mock({ viewer: 'studentMayJoin' }) };

/** A student the district keeps out of conversations has an empty inbox. */
export const StudentNotAllowed: Story = { parameters: mock({ viewer: 'studentMayNotJoin' }) };

export const ServerError: Story = {
  parameters: mock({
    viewer: 'teacher',
    setup: (backend) => {
      backend.controls.failNext({ operationId: 'listConversations', status: 500, times: 20 });
    },
  }),
};

export const Spanish: Story = { parameters: mock({ viewer: 'spanishGuardian' }), globals: { locale: 'es' } };

export const SpanishStaff: Story = { parameters: mock({ viewer: 'teacher' }), globals: { locale: 'es' } };

export const Dark: Story = { parameters: mock({ viewer: 'teacher' }), globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: mock({ viewer: 'teacher' }), globals: { dir: 'rtl' } };
