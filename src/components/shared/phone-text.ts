import { html, type TemplateResult } from 'lit';
import { formatPhone } from '../../domain/contact-values.js';

/**
 * A stored phone number as people read it: "(617) 555-1165". Its digits and punctuation have no
 * direction of their own, so on a right-to-left page they would take the page's and read
 * "555-1165 (617)"; phone numbers read left to right in every script.
 */
export const phoneText = (e164: string): TemplateResult => html`<bdi dir="ltr">${formatPhone(e164)}</bdi>`;
