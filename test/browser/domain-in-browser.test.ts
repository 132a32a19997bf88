import { expect } from '@open-wc/testing';
import {
  classifyInboundText,
  formatPhoneAsTyped,
  parsePhone,
  planDelivery,
  smsLabel,
  toCsv,
} from '../../src/domain/index.js';

// The domain layer runs in Node and in the browser: these check the parts that lean on
// generated JSON, Unicode regular expressions and the CSV library load and work in Chromium.
describe('domain rules in the browser', () => {
  it('parses phone numbers with the generated metadata', () => {
    expect(parsePhone('(201) 555-0123')).to.deep.equal({ ok: true, e164: '+12015550123', region: 'US' });
    expect(parsePhone('+1 416 555 0123')).to.deep.equal({ ok: false, reason: 'notUS', region: 'CA' });
    expect(formatPhoneAsTyped('2015550')).to.equal('(201) 555-0');
  });

  it('classifies keywords', () => {
    expect(classifyInboundText('ÁLTO!!').keyword).to.equal('ALTO');
    expect(classifyInboundText("I'll stop by at 3").classification).to.equal('none');
  });

  it('writes neutralized CSV', () => {
    expect(toCsv(['a'], [['=1+1']], { byteOrderMark: false })).to.equal("a\n'=1+1\n");
  });

  it('plans deliveries and labels', () => {
    const outcome = planDelivery({
      recipients: [],
      reason: 'general',
      consents: new Map(),
      settings: { enabledReasons: ['general'], texting: { enabled: true } },
    });
    expect(outcome.deliveryCount).to.equal(0);
    expect(smsLabel([{ personId: '1', displayName: 'Dennis Park', language: 'es' }])).to.equal('Para Dennis:');
  });
});
