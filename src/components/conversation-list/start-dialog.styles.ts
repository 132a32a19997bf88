import { css } from 'lit';

/** Styles of the "Start a conversation" dialog. Logical properties only. */
export const startDialogStyles = css`
  .start-dialog {
    inline-size: min(36rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-y: auto;
  }

  .start-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .start-form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    padding: var(--_space-l);
  }

  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .dialog-title {
    margin: 0;
    font-size: 1.25em;
  }

  .icon-button {
    padding-inline: var(--_space-s);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .hint,
  .limit,
  .search-status {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  textarea.input {
    resize: vertical;
    min-block-size: 6rem;
  }

  .combobox {
    position: relative;
  }

  .results {
    list-style: none;
    margin: var(--_space-xs) 0 0;
    padding: var(--_space-xs);
    max-block-size: 16rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .results[hidden] {
    display: none;
  }

  .option {
    display: flex;
    flex-direction: column;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-inline-start: 0.25rem solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .option[aria-selected='true'] {
    background: var(--_surface-raised);
    border-inline-start-color: var(--_accent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .option-name {
    font-weight: var(--_font-weight-strong);
  }

  .option-detail {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .option-role {
    font-weight: var(--_font-weight-strong);
  }

  /* Chips come from the shared chip styles; people's chips sit a little further apart. */
  .chips {
    gap: var(--_space-s);
  }

  .chip.refused {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }

  .chip.refused .icon {
    color: var(--_danger);
  }

  .chip-name {
    max-inline-size: 16rem;
  }

  .chip-role,
  .chip-refused {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .limit {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
  }

  .limit.reached {
    color: var(--_text);
    padding: var(--_space-s);
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }

  .limit.reached .icon {
    color: var(--_warning);
  }

  .limit.refused {
    font-weight: var(--_font-weight-strong);
  }

  .field-error,
  .search-error {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_danger);
  }

  .search-error {
    color: var(--_text);
  }

  .search-error .icon {
    color: var(--_danger);
  }

  .save-error {
    display: flex;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .save-error .icon {
    color: var(--_danger);
  }

  .save-error p {
    margin: 0;
  }

  .save-error-title {
    font-weight: var(--_font-weight-strong);
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
    .chip,
    .limit.reached,
    .save-error {
      border-color: CanvasText;
    }
  }
`;
