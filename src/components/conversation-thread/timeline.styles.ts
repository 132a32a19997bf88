import { css } from 'lit';

/**
 * The list of messages: rows, separators, bubbles, attachments, delivery and seen-by lines.
 * Logical properties only, so right-to-left holds.
 */
export const timelineStyles = css`
  .timeline-wrap {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 8rem;
    display: flex;
    flex-direction: column;
  }

  .timeline {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* A scrollbar that appears as rows are laid out would narrow them, rewrap and re-measure. */
    scrollbar-gutter: stable;
    overflow-x: hidden;
  }

  .older-loading {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    z-index: 1;
    text-align: center;
    background: var(--_surface);
    padding: var(--_space-xs) var(--_space-m);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  /* Rows are placed absolutely by the virtualizer: full width, padding inside. */
  .row {
    inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
  }

  .separator {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-m);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .separator::before,
  .separator::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }

  .separator.unread {
    color: var(--_accent);
    font-weight: var(--_font-weight-strong);
  }

  .separator.unread::before,
  .separator.unread::after {
    border-block-start: 2px dashed var(--_accent);
  }

  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
  }

  .message.own {
    align-items: flex-end;
  }

  .message.group-start {
    padding-block-start: var(--_space-m);
  }

  .author {
    overflow-wrap: anywhere;
    max-inline-size: 100%;
  }

  .author .name {
    font-weight: var(--_font-weight-strong);
  }

  .bubble {
    max-inline-size: min(36rem, 90%);
    min-inline-size: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface-raised);
    overflow-wrap: anywhere;
  }

  .own .bubble {
    background: var(--_info-surface);
    border-color: var(--_info);
  }

  .body {
    white-space: pre-wrap;
    unicode-bidi: plaintext;
  }

  .translation-note {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .link-button {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .link-button[aria-pressed='true'] {
    font-weight: var(--_font-weight-strong);
  }

  .attachments {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-s);
  }

  .attachment {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
  }

  .attachment-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .attachment-name {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }

  span.attachment-name {
    color: var(--_text);
  }

  .attachment-details {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }

  /* Pieces of one line, separated by a dot drawn by CSS (text with no meaning of its own). */
  .dotted > * + *::before {
    content: '·' / '';
    margin-inline-end: var(--_space-xs);
    color: var(--_text-muted);
  }

  .participant-details {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-xs);
  }

  .seen-list li,
  .deliveries li {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-xs);
  }

  .attachment-details {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-xs);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .send-state {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .send-state.failed {
    color: var(--_danger);
  }

  .button.small {
    min-block-size: 2.75rem;
    padding-block: 0;
    padding-inline: var(--_space-m);
  }

  .seen-by {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  .seen-by summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }

  .jump {
    position: absolute;
    inset-block-end: var(--_space-m);
    inset-inline-end: var(--_space-l);
    box-shadow: 0 0.125rem 0.5rem color-mix(in srgb, var(--_text) 25%, transparent);
  }
`;
