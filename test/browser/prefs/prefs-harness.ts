import { fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { HttpCommsAdapter } from '../../../src/api/index.js';
import type { ContactPrefsEditor } from '../../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import '../../../src/components/contact-prefs-editor/define.js';
import { createMockDistrictBackend, mockToken } from '../../../src/mocks/index.js';

// One mock district behind the service worker for every prefs test file; each test resets it.
export const { backend, handlers, district } = createMockDistrictBackend({ seed: 3, size: 'small' });
export const fixtures = district.fixtures;
const worker = setupWorker(...handlers);

export function useMockBackend(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => {
    backend.controls.clear();
    backend.reset();
  });
}

/** The HTTP adapter signed in as a person. */
export function adapterFor(personId: string): HttpCommsAdapter {
  return new HttpCommsAdapter({ baseUrl: '/api', headers: () => ({ Authorization: `Bearer ${mockToken(personId)}` }) });
}

/** An editor for `personId` as `viewerId` sees it, once its grid (or empty view) shows. */
export async function mountEditor(viewerId: string, personId = viewerId, attrs: { readonly?: boolean } = {}): Promise<ContactPrefsEditor> {
  const el = await fixture<ContactPrefsEditor>(
    html`<contact-prefs-editor .adapter=${adapterFor(viewerId)} person-id=${personId} ?readonly=${attrs.readonly ?? false}></contact-prefs-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('table, .state-empty, .state-error'), 'editor did not load', { timeout: 5000 });
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The checkbox whose accessible name is `name`. */
export function box(el: Element, name: string): HTMLInputElement {
  const found = $$<HTMLInputElement>(el, 'input[type="checkbox"]').find((input) => input.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No checkbox named "${name}"`);
  return found;
}

export function button(el: Element, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

export async function settle(el: ContactPrefsEditor | HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
}

/** Fills the add/change method form (its type too, unless undefined) and submits it. */
export async function fillForm(el: ContactPrefsEditor, type: string | undefined, value: string): Promise<void> {
  await el.updateComplete;
  if (type) {
    const select = $<HTMLSelectElement>(el, '#method-type')!;
    select.value = type;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }
  const input = $<HTMLInputElement>(el, '#method-value')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  $<HTMLFormElement>(el, '.method-form')!.requestSubmit();
  await el.updateComplete;
}
