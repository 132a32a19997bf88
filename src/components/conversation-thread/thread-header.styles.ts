import { css } from 'lit';

/**
 * The thread's header: title, markers, menu, participants and the stopped banner.
 * Logical properties only, so right-to-left holds.
 */
export const threadHeaderStyles = css`
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
    /* Space below too: the timeline under it scrolls, and a message cut at its edge should not
       look tucked under the banner. */
    margin: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }

  .banner .icon {
    color: var(--_warning);
  }
`;
