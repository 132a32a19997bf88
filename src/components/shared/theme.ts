import { css, unsafeCSS } from 'lit';
import { PALETTE, type PaletteToken } from './theme-palette.js';

/**
 * Theme tokens shared by every element.
 *
 * A page themes the kit by setting `--comms-*` custom properties on any ancestor (or on
 * the elements themselves). Each element reads them once, on its host, into private
 * `--_*` properties that its own styles use, so an unset token falls back to the default
 * below. See docs/theming.md.
 *
 * Colors default to `light-dark(light, dark)`: they follow the `color-scheme` the element
 * inherits (a page sets `color-scheme: light dark` to follow the system, or `dark`), and a
 * page can replace any of them. In forced-colors mode every token becomes a system color.
 */

/** Non-color tokens and their defaults. */
export const TOKEN_DEFAULTS = {
  'font-family': 'inherit',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'line-height': '1.5',
  'font-weight-strong': '600',
  radius: '0.375rem',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '0.75rem',
  'space-l': '1rem',
  'space-xl': '1.5rem',
  'focus-ring-offset': '2px',
} as const;

/** System colors used in forced-colors mode (Windows High Contrast and the like). */
const FORCED_COLORS: Record<PaletteToken, string> = {
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  surface: 'Canvas',
  'surface-raised': 'Canvas',
  border: 'CanvasText',
  accent: 'LinkText',
  'on-accent': 'Canvas',
  danger: 'CanvasText',
  'danger-surface': 'Canvas',
  success: 'CanvasText',
  'success-surface': 'Canvas',
  warning: 'CanvasText',
  'warning-surface': 'Canvas',
  info: 'CanvasText',
  'info-surface': 'Canvas',
  focus: 'Highlight',
};

const paletteEntries = Object.entries(PALETTE) as [PaletteToken, { light: string; dark: string }][];

const colorTokens = paletteEntries
  .map(([name, { light, dark }]) => `--_${name}: var(--comms-color-${name}, light-dark(${light}, ${dark}));`)
  .join('\n');

const otherTokens = Object.entries(TOKEN_DEFAULTS)
  .map(([name, fallback]) => `--_${name}: var(--comms-${name}, ${fallback});`)
  .join('\n');

const forcedColorTokens = paletteEntries.map(([name]) => `--_${name}: ${FORCED_COLORS[name]};`).join('\n');

/**
 * Base styles of every element: resolves the tokens, sets the font and text color, and draws
 * a visible focus ring on whatever has keyboard focus.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(colorTokens)}
    ${unsafeCSS(otherTokens)}
    --_focus-ring: var(--comms-focus-ring, 2px solid var(--_focus));
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-ring-offset);
  }

  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forcedColorTokens)}
      --_focus-ring: 2px solid Highlight;
    }
  }
`;
