import { css } from 'lit';

export const optinReportStyles = css`
  :host {
    display: block;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 10rem;
    min-inline-size: 0;
  }

  .field.search {
    flex-basis: 16rem;
  }

  label {
    font-weight: var(--_font-weight-strong);
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

  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    padding: var(--_space-s);
    text-align: start;
    font-weight: var(--_font-weight-strong);
  }

  th,
  td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  th {
    background: var(--_surface-raised);
    font-weight: var(--_font-weight-strong);
  }

  td.name {
    overflow-wrap: anywhere;
    min-inline-size: 8rem;
    max-inline-size: 20rem;
  }

  /* A very long name is cut after three lines; the whole of it stays in the text and the title. */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  td.nowrap {
    white-space: nowrap;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .status svg {
    inline-size: 1.1em;
    flex: none;
  }

  .optedIn svg {
    color: var(--_success);
  }

  .optedOut svg {
    color: var(--_danger);
  }

  .notAsked svg {
    color: var(--_text-muted);
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-start: var(--_space-m);
  }

  .summary {
    margin: 0;
    color: var(--_text-muted);
  }

  .export-error {
    margin-block-end: var(--_space-m);
  }

  @media (forced-colors: active) {
    .status svg {
      color: CanvasText;
    }
  }
`;
