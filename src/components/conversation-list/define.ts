import { defineElement } from '../shared/define.js';
import { ConversationList } from './conversation-list.js';

export { ConversationList };
export type { ConversationListView, ConversationSelectDetail, ConversationStartDetail } from './conversation-list.js';

defineElement('conversation-list', ConversationList);
