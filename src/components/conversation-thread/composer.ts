import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Attachment } from '../../domain/types.js';
import { closeIcon } from '../shared/conversation-icons.js';
import { errorIcon } from '../shared/icons.js';
import { paperclipIcon } from './thread-icons.js';
import { fileSize } from './thread-words.js';

/** Which key sends: Enter (Shift+Enter adds a line), or Ctrl/⌘+Enter (Enter adds a line). */
export type SendKey = 'enter' | 'mod-enter';

export interface ComposerContext {
  body: string;
  attachments: readonly Attachment[];
  /** Names of files being uploaded. */
  uploading: readonly string[];
  /** Problems to show beside the composer (empty message, refused file, failed upload). */
  errors: readonly string[];
  sendKey: SendKey;
  locale: string;
  allowedTypes: readonly string[];
  maxBytes: number;
  onInput(event: InputEvent): void;
  onKeydown(event: KeyboardEvent): void;
  onSubmit(event: Event): void;
  onPickFiles(event: Event): void;
  onAttach(): void;
  onRemove(attachment: Attachment): void;
}

/** The multiline composer with its attachments and errors. */
export function renderComposer(ctx: ComposerContext): TemplateResult {
  const hint =
    ctx.sendKey === 'enter'
      ? msg('Enter sends. Shift+Enter adds a new line.')
      : msg('Ctrl+Enter sends. Enter adds a new line.');
  const limits = msg(str`Files up to ${fileSize(ctx.maxBytes, ctx.locale)}.`);
  return html`
    <form class="composer" part="composer" novalidate @submit=${ctx.onSubmit}>
      <label class="visually-hidden" for="composer-input">${msg('Message')}</label>
      <textarea id="composer-input" part="composer-input" rows="2" .value=${live(ctx.body)}
        aria-describedby="composer-hint" aria-invalid=${ctx.errors.length ? 'true' : 'false'}
        aria-errormessage=${ctx.errors.length ? 'composer-errors' : nothing}
        placeholder=${msg('Write a message')} @input=${ctx.onInput} @keydown=${ctx.onKeydown}></textarea>
      <p id="composer-hint" class="hint">${hint} ${limits}</p>
      ${ctx.attachments.length || ctx.uploading.length
        ? html`<ul class="chips" aria-label=${msg('Files to send')}>
            ${ctx.attachments.map(
              (a) => html`<li class="chip" part="composer-attachment">
                ${paperclipIcon}<span class="chip-name" title=${a.name}>${a.name}</span>
                <span class="chip-size">${fileSize(a.size, ctx.locale)}</span>
                <button type="button" class="chip-remove" aria-label=${msg(str`Remove ${a.name}`)} @click=${() => ctx.onRemove(a)}>
                  ${closeIcon}
                </button>
              </li>`,
            )}
            ${ctx.uploading.map((name) => html`<li class="chip uploading"><span class="chip-name">${msg(str`Uploading ${name}…`)}</span></li>`)}
          </ul>`
        : nothing}
      <div id="composer-errors" class="composer-errors" role="alert">
        ${ctx.errors.map((e) => html`<p class="composer-error">${errorIcon}<span>${e}</span></p>`)}
      </div>
      <div class="composer-actions">
        <input id="file-input" type="file" multiple hidden accept=${ctx.allowedTypes.join(',')} @change=${ctx.onPickFiles} />
        <button type="button" class="button" part="attach-button" @click=${ctx.onAttach}>${paperclipIcon}${msg('Attach a file')}</button>
        <button type="submit" class="button primary" part="send-button">${msg('Send')}</button>
      </div>
    </form>
  `;
}
