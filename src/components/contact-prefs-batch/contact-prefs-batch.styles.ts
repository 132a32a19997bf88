import { css } from 'lit';

/** Styles of `<contact-prefs-batch>`. Logical properties only; colors from the theme tokens. */
export const batchStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }

  :host([hidden]) {
    display: none;
  }

  .wizard {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.1em;
  }

  h4 {
    font-size: 1em;
  }

  .notice {
    margin: 0;
  }

  .notice-warning,
  .outcome-cancelled {
    border-color: var(--_warning);
    background: var(--_warning-surface);
    border-inline-start-width: 0.25rem;
  }

  .notice-warning .icon,
  .outcome-cancelled .icon {
    color: var(--_warning);
  }

  .outcome-done {
    border-color: var(--_success);
    background: var(--_success-surface);
    border-inline-start-width: 0.25rem;
  }

  .outcome-done .icon {
    color: var(--_success);
  }

  .outcome-failed {
    border-color: var(--_danger);
    background: var(--_danger-surface);
    border-inline-start-width: 0.25rem;
  }

  .outcome-failed .icon {
    color: var(--_danger);
  }

  .note-household .icon {
    color: var(--_info);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
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
    font-weight: var(--_font-weight-strong);
  }

  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m) var(--_space-xl);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  label {
    font-weight: var(--_font-weight-strong);
  }

  .choice {
    font-weight: normal;
  }

  select {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  select.cell {
    padding-inline: var(--_space-xs);
    font-size: var(--_font-size-small);
  }

  select.cell-on,
  select.cell-off {
    font-weight: var(--_font-weight-strong);
    background: var(--_surface-raised);
  }

  .field-note {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .field-error {
    color: var(--_danger);
    font-weight: var(--_font-weight-strong);
  }

  .field-error::before {
    content: '⚠ ';
  }

  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }

  table {
    border-collapse: collapse;
    min-inline-size: var(--comms-batch-matrix-min-inline-size, 40rem);
  }

  caption {
    text-align: start;
    font-weight: var(--_font-weight-strong);
    padding-block-end: var(--_space-s);
  }

  /* Table text is the kit's own labels: wrap between words only, so columns keep a readable width. */
  th,
  td {
    overflow-wrap: normal;
    padding: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }

  thead th {
    font-size: var(--_font-size-small);
  }

  /* The row's method type stays in view while a narrow screen scrolls the reasons sideways. */
  tbody th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
  }

  .job tbody th[scope='row'] {
    background: var(--_surface-raised);
  }

  .not-enabled,
  .no-change {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .count {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  .preview,
  .job {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .progress-block {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .progress-title {
    font-weight: var(--_font-weight-strong);
  }

  progress {
    inline-size: 100%;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }

  .summary {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-l);
    margin: 0;
  }

  .summary dt {
    font-weight: var(--_font-weight-strong);
  }

  .summary dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .error-list {
    margin: 0;
    padding-inline-start: var(--_space-l);
    max-block-size: 20rem;
    overflow-y: auto;
  }

  .error-list li {
    margin-block-end: var(--_space-xs);
  }

  /* Who, then why on its own line: no punctuation between them that would need translating. */
  .person-name {
    display: block;
    font-weight: var(--_font-weight-strong);
    unicode-bidi: isolate;
  }

  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog form {
    flex-direction: row;
    flex-wrap: wrap;
    margin-block-start: var(--_space-m);
  }

  dialog p {
    margin-block-start: var(--_space-s);
  }

  .state-forbidden {
    border: 1px solid var(--_border);
    border-inline-start-width: 0.25rem;
    background: var(--_surface-raised);
  }

  @media (forced-colors: active) {
    progress {
      accent-color: Highlight;
    }
    .notice,
    fieldset,
    .preview,
    .job {
      border: 1px solid CanvasText;
    }
  }
`;
