import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CommsProvider } from '../../src/components/comms-provider/comms-provider.js';
import { defineElement } from '../../src/components/shared/define.js';
import { captureWarnings } from './fixtures/dom.js';

describe('defineElement', () => {
  it('importing a class registers nothing', () => {
    expect(CommsProvider).to.be.a('function');
    expect(customElements.get('comms-provider')).to.equal(undefined);
  });

  it('registers a free tag', () => {
    class FreshElement extends LitElement {}
    expect(defineElement('fresh-element', FreshElement)).to.equal(true);
    expect(customElements.get('fresh-element')).to.equal(FreshElement);
  });

  it('does nothing, silently, when the same class is defined again', async () => {
    const console = captureWarnings();
    try {
      await import('../../src/components/comms-provider/define.js');
      // The define module again, as a second script tag or a second bundle entry would run it.
      await import(`${new URL('../../src/components/comms-provider/define.ts', import.meta.url).href}?again`);
      expect(defineElement('comms-provider', CommsProvider)).to.equal(true);
      expect(customElements.get('comms-provider')).to.equal(CommsProvider);
      expect(console.warnings).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });

  it('keeps the first class and warns, without throwing, when another class claims the tag', () => {
    class SecondCopyOfProvider extends LitElement {}
    const console = captureWarnings();
    try {
      expect(() => defineElement('comms-provider', SecondCopyOfProvider)).not.to.throw();
      expect(customElements.get('comms-provider')).to.equal(CommsProvider);
      expect(console.warnings).to.have.length(1);
      expect(String(console.warnings[0]![0])).to.include('<comms-provider> is already defined by another class');
    } finally {
      console.restore();
    }
  });

  it('warns instead of throwing when the browser refuses the definition', () => {
    const console = captureWarnings();
    try {
      // One class cannot be registered under two tags.
      expect(defineElement('comms-provider-alias', CommsProvider)).to.equal(false);
      expect(defineElement('NotAValidName', class extends HTMLElement {})).to.equal(false);
      expect(console.warnings).to.have.length(2);
    } finally {
      console.restore();
    }
  });
});
