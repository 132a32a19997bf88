import { css } from 'lit';

/** Styles of `<conversation-thread>`. Logical properties only, so right-to-left holds. */
export const conversationThreadStyles = css`
  :host {
    display: block;
    block-size: var(--conversation-thread-block-size, min(40rem, 90vh));
    min-inline-size: 0;
    background: var(--_surface);
  }

  .root,
  .thread {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  [hidden] {
    display: none !important;
  }

  p,
  ul,
  h2,
  h3 {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }

  .title-line {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .title {
    font-size: 1.25rem;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .marker {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: var(--_font-size-small);
  }

  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  .menu-wrap {
    position: relative;
  }

  .menu {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + var(--_space-xs));
    z-index: 2;
    display: flex;
    flex-direction: column;
    min-inline-size: 14rem;
    padding-block: var(--_space-xs);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem color-mix(in srgb, var(--_text) 20%, transparent);
  }

  .menu-item {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-l);
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .menu-item:hover,
  .menu-item:focus-visible {
    background: var(--_surface-raised);
  }

  .menu-item.danger {
    color: var(--_danger);
  }

  .participants {
    flex-basis: 100%;
    max-block-size: 12rem;
    overflow: auto;
  }

  .participant {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
    padding-block: var(--_space-xs);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }

  .participant-name {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  .participant-details,
  .you,
  .hint,
  .meta,
  .role {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .banner {
    display: flex;
    gap: var(--_space-s);
    margin: var(--_space-s) var(--_space-m) 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }

  .banner .icon {
    color: var(--_warning);
  }

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

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    max-inline-size: 100%;
    padding-inline-start: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
  }

  .chip.uploading {
    padding-inline-end: var(--_space-s);
  }

  .chip-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-inline-size: 0;
  }

  .chip-size {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }

  .chip-remove {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 1.25rem;
    cursor: pointer;
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

  .state-error {
    margin: var(--_space-s) var(--_space-m) 0;
  }

  @media (forced-colors: active) {
    .bubble,
    .marker,
    .chip,
    .menu {
      border-color: CanvasText;
    }
    .separator.unread::before,
    .separator.unread::after {
      border-color: Highlight;
    }
  }
`;
