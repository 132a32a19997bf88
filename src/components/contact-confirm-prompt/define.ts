import { defineElement } from '../shared/define.js';
import { ContactConfirmPrompt } from './contact-confirm-prompt.js';

export { ContactConfirmPrompt };
export type { ConfirmAnswerDetail } from './contact-confirm-prompt.js';

defineElement('contact-confirm-prompt', ContactConfirmPrompt);
