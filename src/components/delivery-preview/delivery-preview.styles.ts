import { css } from 'lit';

/** Styles of `<delivery-preview>`. Logical properties only, so right-to-left holds. */
export const previewStyles = css`
  :host {
    display: block;
  }

  .preview {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .title,
  .subtitle {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  .title {
    font-size: 1.25em;
  }

  .subtitle {
    font-size: 1.05em;
  }

  .choices {
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
    margin: 0;
  }

  .field-label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

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

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
  }

  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }

  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: var(--_space-s);
    margin: 0;
  }

  .total {
    display: flex;
    flex-direction: column-reverse;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .total dt {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }

  .total dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: var(--_font-weight-strong);
  }

  .note,
  .hint,
  .fallback {
    margin: 0;
    color: var(--_text-muted);
  }

  .deliveries,
  .recipients,
  .skipped-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .delivery {
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    padding-block-end: var(--_space-xs);
  }

  .delivery-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .delivery-toggle:hover {
    background: var(--_surface-raised);
  }

  .channel {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: var(--_font-weight-strong);
  }

  .endpoint,
  .recipients li,
  .skipped-name,
  .sms-label {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }

  .reach {
    color: var(--_text-muted);
  }

  .sms-label,
  .fallback {
    margin-block: 0 var(--_space-xs);
    margin-inline-start: calc(var(--_space-s) + 1.25rem);
  }

  .detail-label {
    font-weight: var(--_font-weight-strong);
  }

  .recipients {
    margin-inline-start: calc(var(--_space-s) + 1.25rem);
    padding-block-end: var(--_space-s);
  }

  .skipped {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    padding-block: var(--_space-xs);
  }

  .skipped .icon {
    color: var(--_text-muted);
  }

  .skipped-why {
    color: var(--_text-muted);
  }

  .more {
    align-self: flex-start;
  }

  .more-count {
    font-weight: normal;
  }

  .more-error {
    display: flex;
    gap: var(--_space-xs);
    margin: 0;
  }

  .more-error .icon {
    color: var(--_danger);
  }

`;
