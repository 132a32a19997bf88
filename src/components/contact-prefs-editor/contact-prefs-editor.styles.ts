import { css } from 'lit';

/** Styles of `<contact-prefs-editor>`. Logical properties only, so right-to-left holds. */
export const editorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_font-weight-strong);
  }
  p {
    margin-block: var(--_space-xs);
  }
  ul {
    margin-block: var(--_space-xs);
    padding-inline-start: var(--_space-l);
  }
  .muted,
  .hint,
  .note {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  .hint:empty {
    display: none;
  }
  .grid-scroller {
    /* A page of several editors lays out only the grids on screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
    overflow-x: auto;
    margin-block-end: var(--_space-m);
  }
  .grid {
    border-collapse: collapse;
    inline-size: 100%;
    min-inline-size: 52rem;
  }
  .grid thead th:first-child {
    inline-size: 13rem;
  }
  .grid thead th.actions-column {
    inline-size: 8rem;
  }
  .grid th,
  .grid td {
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .grid thead th {
    font-weight: var(--_font-weight-strong);
    vertical-align: bottom;
    font-size: 0.875em;
  }
  .grid thead th .muted {
    display: block;
    font-weight: normal;
  }
  .method {
    font-weight: normal;
  }
  .method-type {
    display: block;
    font-weight: var(--_font-weight-strong);
  }
  .method-value {
    display: block;
    overflow-wrap: anywhere;
  }
  .method-notes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
  }
  .tag {
    padding-inline: var(--_space-xs);
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
  }
  .text-why {
    display: block;
    margin-block-start: var(--_space-xs);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  .field-error {
    display: block;
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .switch {
    display: inline-flex;
    margin-inline-end: var(--_space-s);
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .switch input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .switch input[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  /* Read-only: the browser draws a disabled box pale grey on pale grey, and there the state is
     the whole message. Drawn here instead: an outline, or filled with a check when on. */
  .switch input:disabled {
    appearance: none;
    border: 2px solid var(--_text-muted);
    border-radius: 0.25rem;
    background: var(--_surface);
    cursor: default;
  }
  .switch input:disabled:checked {
    border-color: var(--_text);
    background:
      linear-gradient(45deg, transparent 38%, var(--_surface) 38% 62%, transparent 62%) 23% 70% / 35% 35% no-repeat,
      linear-gradient(-45deg, transparent 40%, var(--_surface) 40% 60%, transparent 60%) 71% 45% / 50% 70% no-repeat,
      var(--_text);
  }
  .actions .button {
    margin-block-end: var(--_space-xs);
  }
  .button.small {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-s);
    font-weight: normal;
  }
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-l);
    margin-block: var(--_space-m);
  }
  .form-row {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  select,
  input[type='tel'],
  input[type='email'] {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: var(--_font-weight-strong);
  }
  .method-form {
    margin-block: var(--_space-m);
  }
  .form-actions,
  .actions-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .actions-bar {
    margin-block-start: var(--_space-m);
  }
  .summary,
  .notice {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .notice {
    display: flex;
    gap: var(--_space-s);
  }
  .household {
    border-color: var(--_info);
    background: var(--_info-surface);
  }
  .conflict {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .state-error {
    margin-block: var(--_space-m);
    color: var(--_text);
    background: var(--_danger-surface);
    border: 1px solid var(--_danger);
  }
  .save-status:empty {
    margin: 0;
  }
  li,
  .summary,
  .notice {
    overflow-wrap: anywhere;
  }

  /* Narrow: one block per method, each switch group under its reason's name. */
  @container (max-width: 36rem) {
    .grid,
    .grid tbody,
    .grid tr,
    .grid th,
    .grid td {
      display: block;
    }
    .grid {
      min-inline-size: 0;
    }
    .grid thead {
      display: none;
    }
    .grid tr {
      padding-block: var(--_space-s);
      border-block-end: 1px solid var(--_border);
    }
    .grid th,
    .grid td {
      border: none;
      padding-block: var(--_space-xs);
      max-inline-size: none;
      min-inline-size: 0;
    }
    .grid td {
      display: grid;
      grid-template-columns: minmax(0, 1fr) repeat(2, minmax(max-content, 5.5rem));
      align-items: center;
      column-gap: var(--_space-s);
    }
    .grid td.actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .grid td::before {
      content: attr(data-reason);
    }
    /* One column that never wraps: a wrapping column would size itself to the longest option. */
    .settings {
      flex-direction: column;
      flex-wrap: nowrap;
    }
  }

  /* Narrower still (a phone): a reason's name on its own line, its switches under it, so
     neither is squeezed under the other. */
  @container (max-width: 24rem) {
    .grid td {
      grid-template-columns: repeat(2, minmax(max-content, 5.5rem));
    }
    .grid td::before {
      grid-column: 1 / -1;
    }
  }
`;
