import { css } from 'lit';

/** Styles of the state views (`state-views.ts`). Logical properties only, so right-to-left works. */
export const stateViewStyles = css`
  .state {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-radius: var(--_radius);
    text-align: start;
  }

  .state p {
    margin: 0;
  }

  .state-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .state-title {
    font-weight: var(--_font-weight-strong);
  }

  .state-actions:not(:empty) {
    margin-block-start: var(--_space-s);
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }

  .state-loading {
    align-items: center;
    color: var(--_text-muted);
  }

  .spinner {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: comms-spin 0.9s linear infinite;
  }

  @keyframes comms-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }

  .state-empty {
    flex-direction: column;
    align-items: flex-start;
    color: var(--_text-muted);
    border: 1px dashed var(--_border);
  }

  /* Without a slotted or given action, the empty view keeps no room for one. */
  .state-empty .state-actions {
    display: contents;
  }

  .state-error {
    background: var(--_danger-surface);
    color: var(--_text);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.25rem;
  }

  .state-error .icon {
    color: var(--_danger);
  }

  .state-not-configured {
    background: var(--_info-surface);
    border: 1px solid var(--_info);
    border-inline-start-width: 0.25rem;
  }

  .state-not-configured .icon {
    color: var(--_info);
  }

  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    text-align: start;
  }

  @media (forced-colors: active) {
    .state,
    .notice {
      border: 1px solid CanvasText;
    }
    .spinner {
      border-color: CanvasText;
      border-inline-end-color: Canvas;
    }
  }
`;
