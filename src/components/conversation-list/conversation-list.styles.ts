import { css } from 'lit';

/** Styles of `<conversation-list>`: header, switch, search, rows. Logical properties only. */
export const conversationListStyles = css`
  :host {
    display: block;
    --_unread: var(--comms-color-unread, var(--_accent));
    --_list-max-block-size: var(--comms-conversation-list-max-block-size, none);
  }

  .conversations {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: var(--_font-weight-strong);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-m);
  }

  /* Options stack when they do not fit; the gaps are the separators. */
  .toggle {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 1px;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_border);
    overflow: hidden;
  }

  .toggle-option {
    display: inline-flex;
    flex: 1 1 auto;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    padding-inline: var(--_space-l);
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  /* Pressed shows by weight and an underline bar as well as color. */
  .toggle-option[aria-pressed='true'] {
    background: var(--_surface-raised);
    font-weight: var(--_font-weight-strong);
    box-shadow: inset 0 -0.2rem 0 var(--_accent);
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .label {
    font-weight: var(--_font-weight-strong);
  }

  .input {
    min-block-size: 2.75rem;
    inline-size: 100%;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: var(--_list-max-block-size);
    overflow-y: auto;
    border-block-start: 1px solid var(--_border);
  }

  .row {
    border-block-end: 1px solid var(--_border);
  }

  .row-button {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_space-m);
    padding-inline: var(--_space-m);
    border: 0;
    border-inline-start: 0.25rem solid transparent;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .row-button:hover {
    background: var(--_surface-raised);
  }

  .row-button[aria-current='true'] {
    border-inline-start-color: var(--_accent);
    background: var(--_surface-raised);
  }

  .row-line {
    display: flex;
    align-items: baseline;
    gap: var(--_space-s);
    min-inline-size: 0;
    inline-size: 100%;
  }

  /* Long texts from data stay on their lines on screen; screen readers get them in full. */
  .clip {
    display: block;
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    unicode-bidi: isolate;
  }

  /* Long lines must not widen the list in a grid or flex layout. */
  .row-button .clip {
    contain: inline-size;
  }

  .row-title {
    font-weight: var(--_font-weight-strong);
  }

  .unread .row-title,
  .unread .row-preview {
    font-weight: var(--_font-weight-strong);
  }

  .row-time,
  .row-people,
  .row-preview {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }

  .unread .row-preview {
    color: var(--_text);
  }

  .row-time {
    flex: none;
    white-space: nowrap;
  }

  .bubble {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.5rem;
    block-size: 1.5rem;
    padding-inline: var(--_space-xs);
    border-radius: 0.75rem;
    background: var(--_unread);
    color: var(--_on-accent);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    line-height: 1;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .more {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
  }

  .live-notice {
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  @media (forced-colors: active) {
    /* Kept out of forcing: the backplate the browser paints behind forced text has the color
       of the bubble's words (Canvas) and would hide the count. */
    .bubble {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: LinkText;
      color: Canvas;
    }
    .toggle {
      forced-color-adjust: none;
    }
    .toggle-option[aria-pressed='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    /* Forced colors paint even a transparent border: only the open conversation shows one. */
    .row-button {
      border-inline-start-color: Canvas;
    }
    .row-button[aria-current='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
