import { css } from 'lit';

/**
 * Buttons shared by the elements: `.button` (secondary, outlined) and `.button.primary`.
 * At least 44 × 44 CSS pixels of target; colors from the theme tokens.
 */
export const controlStyles = css`
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
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
