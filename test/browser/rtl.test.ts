import { expect, fixture, html } from '@open-wc/testing';
import { ServerError } from '../../src/api/errors.js';
import {
  renderEmpty,
  renderError,
  renderLoading,
  renderNotConfigured,
  renderReadOnlyNotice,
} from '../../src/components/shared/state-views.js';
import './fixtures/view-host.js';

async function show(view: unknown, dir: 'ltr' | 'rtl') {
  const host = await fixture(html`<view-host dir=${dir} style="display: block; inline-size: 600px" .view=${view}></view-host>`);
  return host.shadowRoot!;
}

/** Where the icon sits relative to the words beside it: 'left' or 'right'. */
function iconSide(root: ShadowRoot): 'left' | 'right' {
  const icon = root.querySelector('.icon, .spinner')!.getBoundingClientRect();
  const words = root.querySelector('.state-body, .state-text, .notice > span')!.getBoundingClientRect();
  return icon.right <= words.left ? 'left' : 'right';
}

const withIcons = {
  loading: () => renderLoading(),
  error: () => renderError(new ServerError(), { onRetry: () => {} }),
  'not configured': () => renderNotConfigured(),
  'read-only notice': () => renderReadOnlyNotice(),
};

describe('right-to-left', () => {
  for (const [name, view] of Object.entries(withIcons)) {
    it(`${name}: the icon leads the words on the inline-start side`, async () => {
      expect(iconSide(await show(view(), 'ltr'))).to.equal('left');
      const rtl = await show(view(), 'rtl');
      expect(getComputedStyle(rtl.querySelector('[part~="state"], .notice')!).direction).to.equal('rtl');
      expect(iconSide(rtl)).to.equal('right');
    });
  }

  it('error: the accent border is on the inline-start edge', async () => {
    const ltr = getComputedStyle((await show(renderError(new ServerError()), 'ltr')).querySelector('[part~="error"]')!);
    expect([ltr.borderLeftWidth, ltr.borderRightWidth]).to.deep.equal(['4px', '1px']);
    const rtl = getComputedStyle((await show(renderError(new ServerError()), 'rtl')).querySelector('[part~="error"]')!);
    expect([rtl.borderLeftWidth, rtl.borderRightWidth]).to.deep.equal(['1px', '4px']);
  });

  it('empty: the message and its action line up on the right', async () => {
    const root = await show(renderEmpty({ message: 'Nada', action: html`<button class="button">Agregar</button>` }), 'rtl');
    const box = root.querySelector('[part~="empty"]')!.getBoundingClientRect();
    const text = root.querySelector('.state-text')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const words = range.getBoundingClientRect();
    const button = root.querySelector('button')!.getBoundingClientRect();
    expect(box.right - words.right).to.be.lessThan(box.width / 4);
    expect(box.right - button.right).to.be.lessThan(box.width / 4);
    expect(words.left - box.left).to.be.greaterThan(box.width / 2);
  });
});
