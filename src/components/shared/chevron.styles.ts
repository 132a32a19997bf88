import { css } from 'lit';

/**
 * The disclosure chevron (`<span class="chevron">` inside a button with `aria-expanded`): it
 * points toward the inline end when closed, down when open, and mirrors in right-to-left.
 */
export const chevronStyles = css`
  .chevron {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    /* Two borders of a square, turned to point toward the inline end; down when open. */
    --_turn: -45deg;
    transform: rotate(var(--_turn));
  }

  [aria-expanded='true'] .chevron {
    --_turn: 45deg;
  }

  :host(:dir(rtl)) .chevron {
    --_turn: 45deg;
  }

  :host(:dir(rtl)) [aria-expanded='true'] .chevron {
    --_turn: -45deg;
  }
`;
