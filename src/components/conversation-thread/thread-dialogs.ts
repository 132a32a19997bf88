import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../shared/error-messages.js';
import { errorIcon } from '../shared/icons.js';

/** The dialog open over the thread, if any. */
export type ThreadDialog = { kind: 'stop'; error?: unknown } | { kind: 'rename'; title: string; error?: unknown };

export interface DialogHandlers {
  confirmStop(): void;
  rename(title: string): void;
  close(): void;
}

/** The confirmation of Stop and the Rename form, as modal dialogs. */
export function renderThreadDialogs(dialog: ThreadDialog | null, on: DialogHandlers, busy: boolean): TemplateResult | typeof nothing {
  if (!dialog) return nothing;
  const error = dialog.error
    ? html`<p class="dialog-error" role="alert">${errorIcon}<span>${describeError(dialog.error).title}. ${describeError(dialog.error).detail}</span></p>`
    : nothing;
  if (dialog.kind === 'stop') {
    return html`<dialog class="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${on.close}>
      <h3 id="dialog-title">${msg('Stop this conversation?')}</h3>
      <p id="dialog-text">${msg('Nobody will be able to reply any more. Everyone can still read what was written.')}</p>
      ${error}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${on.close}>${msg('Cancel')}</button>
        <button type="button" class="button primary" ?disabled=${busy} @click=${on.confirmStop}>${busy ? msg('Stopping…') : msg('Stop conversation')}</button>
      </div>
    </dialog>`;
  }
  return html`<dialog class="dialog" aria-labelledby="dialog-title" @close=${on.close}>
    <form @submit=${(event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector('input')!;
      on.rename(input.value);
    }}>
      <h3 id="dialog-title">${msg('Rename conversation')}</h3>
      <label for="rename-input">${msg('Title')}</label>
      <input id="rename-input" class="text-input" .value=${dialog.title} required maxlength="200" autocomplete="off" />
      <p class="hint">${msg('Everyone in the conversation sees the new title.')}</p>
      ${error}
      <div class="dialog-actions">
        <button type="button" class="button" @click=${on.close}>${msg('Cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${busy}>${busy ? msg('Saving…') : msg('Save')}</button>
      </div>
    </form>
  </dialog>`;
}
