import { css } from 'lit';

/**
 * Removable chips (a file attached to a draft, a person added to a conversation): a pill with
 * a name that ellipsizes and a round remove button of 44 × 44 CSS pixels. Elements add their
 * own variants (refused, uploading) after this sheet. Logical properties only.
 */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
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

  .chip-name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    unicode-bidi: isolate;
  }

  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  .chip-remove:hover {
    background: var(--_surface);
  }
`;
