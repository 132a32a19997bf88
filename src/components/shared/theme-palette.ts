/**
 * The kit's default colors, one light and one dark value per token. `theme.ts` turns each entry
 * into the `--comms-color-<name>` custom property (default `light-dark(light, dark)`).
 *
 * This module is plain data so a Node test can check every pair in `CONTRAST_PAIRS` against
 * WCAG 2.2 (4.5:1 for text, 3:1 for borders and focus rings). Measured ratios, light / dark:
 *
 * | foreground   | background       | light  | dark   |
 * |--------------|------------------|--------|--------|
 * | text         | surface          | 16.56  | 15.07  |
 * | text         | surface-raised   | 15.15  | 13.07  |
 * | text-muted   | surface          |  6.39  |  7.83  |
 * | text-muted   | surface-raised   |  5.85  |  6.79  |
 * | on-accent    | accent           |  6.67  |  9.16  |
 * | accent       | surface          |  6.67  |  8.54  |
 * | accent       | surface-raised   |  6.10  |  7.41  |
 * | danger       | surface          |  6.57  |  8.78  |
 * | danger       | danger-surface   |  5.75  |  7.93  |
 * | text         | danger-surface   | 14.49  | 13.62  |
 * | success      | success-surface  |  6.44  |  8.64  |
 * | text         | success-surface  | 14.62  | 12.16  |
 * | warning      | warning-surface  |  7.00  |  8.86  |
 * | text         | warning-surface  | 15.07  | 12.21  |
 * | info         | info-surface     |  7.36  |  7.92  |
 * | text         | info-surface     | 14.52  | 12.33  |
 * | border       | surface          |  4.55  |  5.79  |
 * | focus        | surface          |  6.67  |  8.54  |
 * | focus        | surface-raised   |  6.10  |  7.41  |
 */
export const PALETTE = {
  /** Body text. */
  text: { light: '#1b1f24', dark: '#e6edf3' },
  /** Secondary text: hints, timestamps. */
  'text-muted': { light: '#57606a', dark: '#a3adb8' },
  /** Background of the element. */
  surface: { light: '#ffffff', dark: '#14181e' },
  /** Background of raised or grouped areas: cards, table headers, notices. */
  'surface-raised': { light: '#f3f5f7', dark: '#1e252e' },
  /** Borders of fields and containers. */
  border: { light: '#6e7781', dark: '#8b949e' },
  /** Primary buttons, links, selected states. */
  accent: { light: '#0b5cad', dark: '#7cb7ff' },
  /** Text and icons on the accent color. */
  'on-accent': { light: '#ffffff', dark: '#0b1016' },
  /** Error text and icons. */
  danger: { light: '#b42318', dark: '#ff9b91' },
  /** Background of error messages. */
  'danger-surface': { light: '#fdeceb', dark: '#3a1614' },
  /** Success text and icons (e.g. "opted in"). */
  success: { light: '#1a6333', dark: '#7fdc9d' },
  /** Background of success messages. */
  'success-surface': { light: '#e7f4eb', dark: '#10301c' },
  /** Warning text and icons. */
  warning: { light: '#7a4700', dark: '#f5c36b' },
  /** Background of warnings. */
  'warning-surface': { light: '#fff3dc', dark: '#372708' },
  /** Informational text and icons. */
  info: { light: '#0b4f8a', dark: '#8fc3ff' },
  /** Background of informational notes (read-only, not configured). */
  'info-surface': { light: '#e8f1fb', dark: '#112a45' },
  /** Focus ring. */
  focus: { light: '#0b5cad', dark: '#7cb7ff' },
} as const satisfies Record<string, { light: string; dark: string }>;

export type PaletteToken = keyof typeof PALETTE;

/** Pairs that must stay readable, with the least contrast ratio WCAG 2.2 AA asks of them. */
export const CONTRAST_PAIRS: readonly (readonly [PaletteToken, PaletteToken, number])[] = [
  ['text', 'surface', 4.5],
  ['text', 'surface-raised', 4.5],
  ['text-muted', 'surface', 4.5],
  ['text-muted', 'surface-raised', 4.5],
  ['on-accent', 'accent', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'surface-raised', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'danger-surface', 4.5],
  ['text', 'danger-surface', 4.5],
  ['success', 'success-surface', 4.5],
  ['text', 'success-surface', 4.5],
  ['warning', 'warning-surface', 4.5],
  ['text', 'warning-surface', 4.5],
  ['info', 'info-surface', 4.5],
  ['text', 'info-surface', 4.5],
  ['border', 'surface', 3],
  ['focus', 'surface', 3],
  ['focus', 'surface-raised', 3],
];

/** WCAG 2.2 relative luminance of a `#rrggbb` color. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two `#rrggbb` colors, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
