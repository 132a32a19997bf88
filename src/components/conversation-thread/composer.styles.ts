import { css } from 'lit';

/**
 * The composer, its file chips, the dialogs and the unsent draft of a stopped conversation.
 * Logical properties only, so right-to-left holds.
 */
export const composerStyles = css`
  .composer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }

  textarea,
  .text-input {
    inline-size: 100%;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  textarea {
    resize: vertical;
    min-block-size: 3.5rem;
    max-block-size: 12rem;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* .chips, .chip, .chip-name and .chip-remove come from the shared chip styles. */
  .chip.uploading {
    padding-inline-end: var(--_space-s);
  }

  .chip-size {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }

  .chip-remove {
    font-size: 1.25rem;
  }

  .composer-error,
  .dialog-error {
    display: flex;
    gap: var(--_space-xs);
    color: var(--_danger);
    overflow-wrap: anywhere;
  }

  .composer-actions,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  .dialog {
    max-inline-size: min(28rem, calc(100vw - 2rem));
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .dialog form,
  .dialog {
    gap: var(--_space-s);
  }

  .dialog[open],
  .dialog form {
    display: flex;
    flex-direction: column;
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .unsent-draft {
    display: flex;
    flex-direction: column;
    margin: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    max-block-size: 8rem;
    overflow: auto;
  }

  .unsent-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
