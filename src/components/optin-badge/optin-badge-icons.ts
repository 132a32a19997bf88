import { svg } from 'lit';
import type { SmsConsentStatus } from '../../domain/types.js';

/*
 * One shape per status, so the status never rests on color alone: a check in a ring (opted
 * in), a barred ring (opted out), a dotted ring (not asked), a triangle (could not load).
 * Decorative: the status is always in words too. Strokes, not outlines, to keep the badge small.
 */
const SHAPES: Record<SmsConsentStatus | 'unknown', string> = {
  optedIn: 'M6 10l3 3 5-6',
  optedOut: 'M4 16 16 4',
  notAsked: '',
  unknown: 'M10 2l9 15H1zm0 5v5m0 2v2',
};

/** The icon of a status, or of a status that could not be loaded. */
export function statusIcon(status: SmsConsentStatus | 'unknown'): ReturnType<typeof svg> {
  return svg`<svg viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">${
    status === 'unknown' ? '' : svg`<circle cx="10" cy="10" r="8" stroke-dasharray=${status === 'notAsked' ? '3 2' : ''}/>`
  }<path d=${SHAPES[status]}/></svg>`;
}
