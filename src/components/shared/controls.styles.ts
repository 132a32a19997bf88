import { css } from 'lit';

/**
 * Controls shared by the elements: `.button` (secondary, outlined) and `.button.primary`, at
 * least 44 × 44 CSS pixels of target with colors from the theme tokens; and `.visually-hidden`,
 * for words that only assistive technologies need (a table caption, a live region).
 */
export const controlStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: var(--_font-weight-strong);
    text-align: center;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface-raised);
  }

  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    /* The browser paints a Canvas-colored backplate behind forced text, which would hide the
       primary button's Canvas-colored words; its system colors are kept as they are instead. */
    .button.primary {
      forced-color-adjust: none;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      background: Canvas;
      opacity: 1;
    }
  }
`;
