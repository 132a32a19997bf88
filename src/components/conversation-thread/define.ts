import { defineElement } from '../shared/define.js';
import { ConversationThread } from './conversation-thread.js';

export { ConversationThread };
export type { ConversationArchiveDetail, ConversationStopDetail, MessageSendDetail } from './conversation-thread.js';
export type { SendKey } from './composer.js';

defineElement('conversation-thread', ConversationThread);
