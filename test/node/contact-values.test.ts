import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import {
  formatPhone,
  normalizeContactValue,
  normalizeEmail,
  parsePhone,
} from '../../src/domain/contact-values.js';
import { formatPhoneAsTyped } from '../../src/domain/phone-as-typed.js';

describe('parsePhone', () => {
  const accepted: Array<[string, string, string]> = [
    ['(201) 555-0123', '+12015550123', 'US'],
    ['201-555-0123', '+12015550123', 'US'],
    ['201.555.0123', '+12015550123', 'US'],
    ['2015550123', '+12015550123', 'US'],
    ['1 201 555 0123', '+12015550123', 'US'],
    ['+1 (201) 555-0123', '+12015550123', 'US'],
    ['  +12015550123  ', '+12015550123', 'US'],
    ['+1 800 555 0123', '+18005550123', 'US'],
    ['(787) 555-0123', '+17875550123', 'PR'],
    ['+1 671 555 0123', '+16715550123', 'GU'],
    ['340 555 0123', '+13405550123', 'VI'],
    ['684 555 0123', '+16845550123', 'AS'],
    ['670 555 0123', '+16705550123', 'MP'],
  ];
  for (const [typed, e164, region] of accepted) {
    it(`reads ${JSON.stringify(typed)} as ${e164} (${region})`, () => {
      assert.deepEqual(parsePhone(typed), { ok: true, e164, region });
    });
  }

  const refused: Array<[string, string]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['555-CALL-NOW', 'hasLetters'],
    ['1-800-FLOWERS', 'hasLetters'],
    ['2O1 555 0123', 'hasLetters'],
    ['201 555 0123 ext. 4', 'hasLetters'],
    ['555-0123', 'tooShort'],
    ['12', 'tooShort'],
    ['20155501234', 'tooLong'],
    ['+44 20 7946 0958', 'notUS'],
    ['011 44 20 7946 0958', 'notUS'],
    ['+33 1 23 45 67 89', 'notUS'],
    ['+1 555 555 0123', 'invalid'],
    ['201 055 0123', 'invalid'],
    ['()--', 'empty'],
  ];
  for (const [typed, reason] of refused) {
    it(`refuses ${JSON.stringify(typed)} as ${reason}`, () => {
      const result = parsePhone(typed);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.reason, reason);
    });
  }

  it('names the country of a +1 number outside the US', () => {
    assert.deepEqual(parsePhone('+1 416 555 0123'), { ok: false, reason: 'notUS', region: 'CA' });
    assert.deepEqual(parsePhone('876 555 0123'), { ok: false, reason: 'notUS', region: 'JM' });
  });

  it('reads every way of writing a valid number as the same E.164', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('201', '212', '415', '617', '787', '907'),
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('(A) B-C', 'A-B-C', 'A.B.C', 'ABC', '1 A B C', '+1 A B C', '+1-A-B-C'),
        (area, exchange, line, pattern) => {
          const digits = `${area}${exchange}${String(line).padStart(4, '0')}`;
          const typed = pattern
            .replace('A', digits.slice(0, 3))
            .replace('B', digits.slice(3, 6))
            .replace('C', digits.slice(6));
          const direct = parsePhone(`+1${digits}`);
          assert.deepEqual(parsePhone(typed), direct);
        },
      ),
    );
  });

  it('never accepts text with a letter in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'X', 'é', 'Ω'), fc.string(), (before, letter, after) => {
        assert.equal(parsePhone(`${before}${letter}${after}`).ok, false);
      }),
    );
  });
});

describe('formatPhone', () => {
  it('formats national and international', () => {
    assert.equal(formatPhone('+12015550123'), '(201) 555-0123');
    assert.equal(formatPhone('+12015550123', 'international'), '+1 201 555 0123');
    assert.equal(formatPhone('+17875550123'), '(787) 555-0123');
  });
  it('returns an unparseable value unchanged', () => {
    assert.equal(formatPhone('garbage'), 'garbage');
  });
  it('returns a value too short or too long to be a number unchanged, rather than a fragment', () => {
    assert.equal(formatPhone('+1201'), '+1201');
    assert.equal(formatPhone('+1201555012345678'), '+1201555012345678');
  });
  it('round-trips through parsePhone', () => {
    for (const e164 of ['+12015550123', '+16715550123', '+18005550123']) {
      for (const style of ['national', 'international'] as const) {
        assert.deepEqual(parsePhone(formatPhone(e164, style)), parsePhone(e164));
      }
    }
  });
});

describe('formatPhoneAsTyped', () => {
  it('formats as digits arrive', () => {
    assert.equal(formatPhoneAsTyped('20'), '20');
    assert.equal(formatPhoneAsTyped('2015550'), '(201) 555-0');
    assert.equal(formatPhoneAsTyped('2015550123'), '(201) 555-0123');
    assert.equal(formatPhoneAsTyped('+1201555'), '+1 201 555');
  });
  it('leaves text with letters as typed', () => {
    assert.equal(formatPhoneAsTyped('555-CALL'), '555-CALL');
  });
});

describe('normalizeEmail', () => {
  const accepted: Array<[string, string]> = [
    ['Ana.Lopez@Example.org', 'ana.lopez@example.org'],
    ['  dennis+school@mail.example.com ', 'dennis+school@mail.example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['x@xn--bcher-kva.example', 'x@xn--bcher-kva.example'],
    ['first_last-1@sub-domain.example.co', 'first_last-1@sub-domain.example.co'],
  ];
  for (const [typed, email] of accepted) {
    it(`accepts ${JSON.stringify(typed)}`, () => {
      assert.deepEqual(normalizeEmail(typed), { ok: true, email });
    });
  }
  const refused: Array<[string, string]> = [
    ['', 'empty'],
    ['  ', 'empty'],
    ['ana lopez@example.org', 'hasSpaces'],
    ['ana.example.org', 'missingAt'],
    ['@example.org', 'invalidLocalPart'],
    ['.ana@example.org', 'invalidLocalPart'],
    ['ana..lopez@example.org', 'invalidLocalPart'],
    ['ana@lopez@example.org', 'invalidLocalPart'],
    [`${'a'.repeat(65)}@example.org`, 'invalidLocalPart'],
    ['ana@', 'invalidDomain'],
    ['ana@localhost', 'invalidDomain'],
    ['ana@example', 'invalidDomain'],
    ['ana@-example.org', 'invalidDomain'],
    ['ana@example.123', 'invalidDomain'],
    ['ana@exa_mple.org', 'invalidDomain'],
    ['ana@example..org', 'invalidDomain'],
    ['ana@[192.168.0.1]', 'invalidDomain'],
    [`a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(10)}.org`, 'tooLong'],
  ];
  for (const [typed, reason] of refused) {
    it(`refuses ${JSON.stringify(typed.slice(0, 40))} as ${reason}`, () => {
      assert.deepEqual(normalizeEmail(typed), { ok: false, reason });
    });
  }
  it('is idempotent and never longer than 254 characters', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const first = normalizeEmail(address);
        if (!first.ok) return;
        assert.ok(first.email.length <= 254);
        assert.equal(first.email, first.email.toLowerCase());
        assert.deepEqual(normalizeEmail(first.email), first);
      }),
    );
  });
});

describe('normalizeContactValue', () => {
  it('picks phone or email rules by method type', () => {
    assert.deepEqual(normalizeContactValue('cellPhone', '201-555-0123'), { ok: true, kind: 'phone', value: '+12015550123' });
    assert.deepEqual(normalizeContactValue('householdPhone', 'x'), {
      ok: false,
      kind: 'phone',
      reason: 'hasLetters',
      code: 'invalidPhone',
    });
    assert.deepEqual(normalizeContactValue('secondaryEmail', 'A@B.org'), { ok: true, kind: 'email', value: 'a@b.org' });
    assert.deepEqual(normalizeContactValue('email', '201-555-0123'), {
      ok: false,
      kind: 'email',
      reason: 'missingAt',
      code: 'invalidEmail',
    });
  });
});

describe('generated phone metadata', () => {
  it('is what the generator writes from the installed libphonenumber-js', () => {
    execFileSync(process.execPath, ['scripts/generate-phone-metadata.mjs', '--check'], { stdio: 'pipe' });
  });
});
