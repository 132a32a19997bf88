import { css } from 'lit';

export const optinFormStyles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .field.type {
    flex: 0 1 10rem;
  }

  label,
  legend {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  input,
  select {
    min-block-size: 2.75rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    inline-size: 100%;
  }

  input[aria-invalid='true'],
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 0.25rem;
  }

  input:disabled,
  select:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }

  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .field-error {
    display: flex;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }

  fieldset {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    padding-inline: var(--_space-xs);
  }

  .disclosures {
    margin-block: var(--_space-s);
    margin-inline: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    color: var(--_text);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    font-weight: normal;
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .note {
    display: flex;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_info);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_info-surface);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }

  .result {
    display: flex;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_success);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_success-surface);
    overflow-wrap: anywhere;
  }

  .result .icon {
    color: var(--_success);
  }

  .status:empty {
    display: none;
  }

  a {
    color: var(--_accent);
  }

  /* The privacy link stands alone on its line, so it gets a target of its own (24 px at least). */
  .disclosures a {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }

  @media (forced-colors: active) {
    input[aria-invalid='true'],
    fieldset[aria-invalid='true'],
    .note,
    .result {
      border-color: CanvasText;
    }
  }
`;
