import { css } from 'lit';

/**
 * Conversation markers (Muted, Stopped, Archived): words with an icon in an outlined tag, alike
 * in the conversation list and the thread's header. A stopped conversation's marker also takes
 * the warning colors; its icon and words say it without them. Logical properties only.
 */
export const markerStyles = css`
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
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }

  .marker .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  .marker-stopped {
    color: var(--_warning);
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }

  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }
  }
`;
