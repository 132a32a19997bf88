import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DistrictFixtures, MockBackend } from '../src/mocks/index.js';
import { keepConversationAlive } from '../src/mocks/index.js';
import { mock, type MockStoryLoaded } from './support/mock-story.js';

type ConversationKey = keyof DistrictFixtures['conversations'];

/**
 * `<conversation-thread>`: one reply-all conversation with translations, attachments, seen-by,
 * live replies and a composer that never loses what was written. Each story opens one of the
 * mock district's conversations as the teacher sees it, unless it says otherwise.
 */
const meta: Meta = {
  title: 'Elements/conversation-thread',
  component: 'conversation-thread',
  render: (_args, { loaded, parameters }) => {
    const { fixtures } = loaded as MockStoryLoaded;
    const key = (parameters.conversation ?? 'translated') as ConversationKey;
    return html`<conversation-thread conversation-id=${fixtures.conversations[key]}></conversation-thread>`;
  },
};
export default meta;
type Story = StoryObj;

const on = (conversation: ConversationKey) => ({ conversation });

/** A conversation with replies by text in Spanish and Vietnamese, shown translated. */
export const Translated: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('translated') } };

/** Waiting for the backend. */
export const Loading: Story = { parameters: { ...mock({ viewer: 'teacher', latencyMs: 600000 }), ...on('translated') } };

/** No conversation chosen yet. */
export const NoneSelected: Story = {
  parameters: mock({ viewer: 'teacher' }),
  render: () => html`<conversation-thread></conversation-thread>`,
};

/** The backend fails: plain words and Try again. */
export const LoadError: Story = {
  parameters: {
    ...mock({ viewer: 'teacher', setup: (backend) => void backend.controls.failNext({ operationId: 'getConversation', status: 500, times: 3 }) }),
    ...on('translated'),
  },
};

/** 150 messages over a month, plus 850 more: history loads by cursor while scrolling up. */
export const LongThread: Story = {
  parameters: {
    ...mock({
      viewer: 'teacher',
      setup: (backend, district) => {
        const id = district.fixtures.conversations.long;
        const people = backend.state.conversations.get(id)!.participantIds;
        for (let i = 0; i < 850; i++) backend.simulate.reply(id, { authorId: people[i % people.length]!, body: `Update ${i + 1} on the class schedule.` });
        backend.simulate.seen(id, district.fixtures.teacher);
      },
    }),
    ...on('long'),
  },
};

/** Three replies by text the teacher has not read: the unread separator. */
export const Unread: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('unread') } };

/** Stopped: the banner, history readable, no composer. */
export const Stopped: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('stopped') } };

/** Muted by the viewer. */
export const Muted: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('muted') } };

/** Archived by the viewer; a guardian's bouncing email means texts reach her instead. */
export const Archived: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('archived') } };

/** Files attached to messages: name, size and type, opened only through safe links. */
export const Attachments: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('withAttachments') } };

/** A reply that the server refused: it stays, with Retry, and the draft is kept. */
export const FailedSend: Story = {
  parameters: {
    ...mock({ viewer: 'teacher', setup: (backend) => void backend.controls.failNext({ operationId: 'sendMessage', status: 500, times: 5 }) }),
    ...on('unread'),
  },
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector('conversation-thread')!;
    await waitFor(() => thread.shadowRoot?.querySelector('#composer-input'));
    const input = thread.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer-input')!;
    input.value = 'Thank you! See you on Tuesday.';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await thread.send();
  },
};

/** Other participants reply every few seconds, in their own languages; arrivals are announced. */
export const LiveReplies: Story = {
  parameters: {
    ...mock({
      viewer: 'teacher',
      setup: (backend: MockBackend, district) => {
        keepConversationAlive(backend, district.fixtures.conversations.translated, { viewerId: district.fixtures.teacher, everyMs: 3000 });
      },
    }),
    ...on('translated'),
  },
};

/** A student the district lets into conversations. */
export const StudentView: Story = { parameters: { ...mock({ viewer: 'studentMayJoin' }), ...on('muted') } };

/** A student the district keeps out of conversations: the backend refuses with 403. */
export const StudentNotAllowed: Story = { parameters: { ...mock({ viewer: 'studentMayNotJoin' }), ...on('muted') } };

/** A Spanish-speaking guardian reads the teacher's English in Spanish. */
export const Spanish: Story = { parameters: { ...mock({ viewer: 'spanishGuardian' }), ...on('translated') }, globals: { locale: 'es' } };

export const Dark: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('withAttachments') }, globals: { theme: 'dark' } };

export const RightToLeft: Story = { parameters: { ...mock({ viewer: 'teacher' }), ...on('translated') }, globals: { dir: 'rtl' } };

async function waitFor(check: () => unknown, timeoutMs = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('The thread did not show its composer in time.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
