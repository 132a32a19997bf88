import { css } from 'lit';

/** Styles of `<shared-contact-report>`. Logical properties only, so right-to-left holds. */
export const reportStyles = css`
  :host {
    display: block;
  }

  .report {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: var(--_font-weight-strong);
  }

  .guidance {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_info-surface);
  }

  .guidance summary {
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
  }

  .guidance p {
    margin-block: var(--_space-s) 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-end;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .field-search {
    flex: 1 1 14rem;
  }

  .field-label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  input,
  select {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .count {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  .export-error,
  .more-error {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--_space-xs);
    color: var(--_text);
  }

  .export-error .icon,
  .more-error .icon {
    color: var(--_danger);
  }

  .more-error {
    flex-wrap: wrap;
    padding: var(--_space-s);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .list {
    block-size: var(--comms-report-list-block-size, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    /* A scrollbar appearing as rows arrive would narrow every row while the list measures them. */
    scrollbar-gutter: stable;
  }

  .group {
    inline-size: 100%;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }

  .group-toggle {
    display: grid;
    grid-template-columns: auto minmax(0, 2fr) auto auto minmax(0, 3fr);
    align-items: center;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .group-toggle:hover {
    background: var(--_surface-raised);
  }

  .group-toggle:focus-visible {
    outline-offset: -2px;
  }

  .group-value,
  .account-name,
  .account-students,
  .reasons span {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  .group-value {
    font-weight: var(--_font-weight-strong);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .group-kind,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    white-space: nowrap;
  }

  .group-count {
    white-space: nowrap;
    color: var(--_text-muted);
  }

  .group-flags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .badge {
    padding-inline: var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    white-space: normal;
  }

  .badge-flag {
    color: var(--_warning);
    background: var(--_warning-surface);
  }

  .badge-ok {
    color: var(--_success);
    background: var(--_success-surface);
  }

  .group-details {
    padding-block: 0 var(--_space-m);
    padding-inline: calc(var(--_space-m) + 1.5rem) var(--_space-m);
  }

  .group-details p {
    margin-block: 0 var(--_space-s);
  }

  .detail-label {
    font-weight: var(--_font-weight-strong);
  }

  .reasons,
  .accounts {
    margin: 0 0 var(--_space-s);
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .reasons li {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
  }

  .reasons .icon {
    flex: none;
    margin-block-start: 0.2em;
    color: var(--_warning);
  }

  .account {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
    padding-block: var(--_space-xs);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 30%, transparent);
  }

  .account-name {
    font-weight: var(--_font-weight-strong);
  }

  .account-meta,
  .account-students {
    color: var(--_text-muted);
  }

  @media (max-width: 40rem) {
    .group-toggle {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .group-count {
      grid-column: 2 / -1;
    }
    .group-flags {
      grid-column: 2 / -1;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .list {
      border-color: CanvasText;
    }
  }
`;
