import { expect } from '@open-wc/testing';
import { formatPhoneAsTyped, parsePhone } from '../../src/domain/contact-values.js';

describe('domain rules in the browser', () => {
  it('parses phone numbers with the generated metadata', () => {
    expect(parsePhone('(201) 555-0123')).to.deep.equal({ ok: true, e164: '+12015550123', region: 'US' });
    expect(parsePhone('+1 416 555 0123')).to.deep.equal({ ok: false, reason: 'notUS', region: 'CA' });
    expect(formatPhoneAsTyped('2015550')).to.equal('(201) 555-0');
  });
});
