import { expect } from '@open-wc/testing';
import { $$, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';

useMockBackend();

describe('smoke', () => {
  it('renders', async () => {
    const el = await mountEditor(fixtures.guardian);
    console.log($$(el, 'input[type=checkbox]').map((i) => i.getAttribute('aria-label')).slice(0, 40).join('\n'));
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect($$(el, 'table').length).to.equal(1);
  });
});
