import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SMS_KEYWORDS, classifyInboundText, normalizeInboundText } from '../../src/domain/keywords.js';

// Replies as people send them, with what each must mean.
const REAL_REPLIES: Array<[string, string, string | null, string | null]> = [
  // [text, classification, keyword, language]
  ['Stop', 'optOut', 'STOP', 'en'],
  ['STOP!!', 'optOut', 'STOP', 'en'],
  ['stop.', 'optOut', 'STOP', 'en'],
  ['  STOP  ', 'optOut', 'STOP', 'en'],
  ['STOP 🛑', 'optOut', 'STOP', 'en'],
  ['Stop all', 'optOut', 'STOP ALL', 'en'],
  ['STOPALL', 'optOut', 'STOPALL', 'en'],
  ['Unsubscribe', 'optOut', 'UNSUBSCRIBE', 'en'],
  ['cancel', 'optOut', 'CANCEL', 'en'],
  ['End', 'optOut', 'END', 'en'],
  ['Quit', 'optOut', 'QUIT', 'en'],
  ['revoke', 'optOut', 'REVOKE', 'en'],
  ['Opt-Out', 'optOut', 'OPT OUT', 'en'],
  ['opt out', 'optOut', 'OPT OUT', 'en'],
  ['OPTOUT', 'optOut', 'OPTOUT', 'en'],
  ['Remove', 'optOut', 'REMOVE', 'en'],
  ['ALTO', 'optOut', 'ALTO', 'es'],
  ['Parar', 'optOut', 'PARAR', 'es'],
  ['detener', 'optOut', 'DETENER', 'es'],
  ['Cancelar', 'optOut', 'CANCELAR', 'es'],
  ['baja', 'optOut', 'BAJA', 'es'],
  ['Darme de baja', 'optOut', 'DARME DE BAJA', 'es'],
  ['Start', 'optIn', 'START', 'en'],
  ['UNSTOP', 'optIn', 'UNSTOP', 'en'],
  ['Yes', 'optIn', 'YES', 'en'],
  ['yes!', 'optIn', 'YES', 'en'],
  ['Sí', 'optIn', 'SI', 'es'],
  ['Comenzar', 'optIn', 'COMENZAR', 'es'],
  ['HELP', 'help', 'HELP', 'en'],
  ['help?', 'help', 'HELP', 'en'],
  ['Info', 'help', 'INFO', null],
  ['Ayuda', 'help', 'AYUDA', 'es'],
  ['información', 'help', 'INFORMACION', 'es'],
  ['stop please', 'review', null, 'en'],
  ['Please stop', 'review', null, 'en'],
  ['STOP STOP STOP', 'review', null, 'en'],
  ['alto por favor', 'review', null, 'es'],
  ['please stop texting me', 'review', null, 'en'],
  ['Stop sending me these messages', 'review', null, 'en'],
  ['no more texts', 'review', null, 'en'],
  ["Don't text me anymore", 'review', null, 'en'],
  ['How do I unsubscribe?', 'review', null, 'en'],
  ['Take me off your list', 'review', null, 'en'],
  ['Remove my number please', 'review', null, 'en'],
  ['Cancel my subscription', 'review', null, 'en'],
  ['Wrong number', 'review', null, 'en'],
  ['I do not want these texts', 'review', null, 'en'],
  ['dejen de enviarme mensajes', 'review', null, 'es'],
  ['No me manden más mensajes', 'review', null, 'es'],
  ['Ya no quiero recibir mensajes', 'review', null, 'es'],
  ['no más', 'review', null, 'es'],
  ['Quítenme de la lista', 'review', null, 'es'],
  ['número equivocado', 'review', null, 'es'],
  ['No thanks', 'none', null, null],
  ['Who is this?', 'none', null, null],
  ["I'll stop by at 3", 'none', null, null],
  ['Can you help me with the form?', 'none', null, null],
  ['We will be there at the end of the day', 'none', null, null],
  ['Yes she will be at school tomorrow', 'none', null, null],
  ['Thanks!', 'none', null, null],
  ['No', 'none', null, null],
  ['', 'none', null, null],
  ['🙂', 'none', null, null],
];

describe('classifyInboundText: real replies', () => {
  for (const [text, classification, keyword, language] of REAL_REPLIES) {
    it(`${JSON.stringify(text)} → ${classification}${keyword ? ` ${keyword}` : ''}`, () => {
      const match = classifyInboundText(text);
      assert.equal(match.classification, classification);
      assert.equal(match.keyword, keyword);
      assert.equal(match.language, language);
    });
  }
});

describe('normalizeInboundText', () => {
  it('folds case, accents and punctuation', () => {
    assert.equal(normalizeInboundText('  ¡NO MÁS,  por favor!! '), 'no mas por favor');
    assert.equal(normalizeInboundText("Don't"), 'dont');
    assert.equal(normalizeInboundText('ＳＴＯＰ'), 'stop');
  });
});

const keyword = fc.constantFrom(...SMS_KEYWORDS);
const decoration = fc.constantFrom('', ' ', '!', '!!', '.', '?', '...', ' 🙏', '"', '¡', '¿', '\n');

function randomCase(text: string, flips: boolean[]): string {
  return [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
}

describe('classifyInboundText: properties', () => {
  it('recognizes every keyword as the whole message whatever its case and punctuation', () => {
    fc.assert(
      fc.property(keyword, fc.array(fc.boolean(), { minLength: 1 }), decoration, decoration, (definition, flips, before, after) => {
        const match = classifyInboundText(`${before}${randomCase(definition.keyword, flips)}${after}`);
        assert.equal(match.classification, definition.classification);
        assert.equal(match.keyword, definition.keyword);
      }),
    );
  });

  it('recognizes hyphenated and accented spellings', () => {
    assert.equal(classifyInboundText('STOP-ALL').keyword, 'STOP ALL');
    assert.equal(classifyInboundText('Dar-de-baja').keyword, 'DAR DE BAJA');
    assert.equal(classifyInboundText('ÁLTO').keyword, 'ALTO');
  });

  it('never acts on a keyword inside a sentence about something else', () => {
    const neutral = fc.constantFrom('i', 'will', 'see', 'at', 'the', 'game', 'tomorrow', 'by', '3', 'pm', 'bus', 'lunch', 'we', 'can', 'meet', 'school');
    fc.assert(
      fc.property(
        keyword,
        fc.array(neutral, { maxLength: 4 }),
        fc.array(neutral, { maxLength: 4 }),
        (definition, before, after) => {
          fc.pre(before.length + after.length > 0);
          const text = [...before, definition.keyword.toLowerCase(), ...after].join(' ');
          const match = classifyInboundText(text);
          assert.ok(match.classification === 'none' || match.classification === 'review', `${text} → ${match.classification}`);
        },
      ),
    );
  });

  it('never turns an opt-out keyword among polite words into nothing', () => {
    const polite = fc.constantFrom('please', 'now', 'thanks', 'por', 'favor', 'ya');
    const optOut = fc.constantFrom(...SMS_KEYWORDS.filter((k) => k.classification === 'optOut'));
    fc.assert(
      fc.property(optOut, fc.array(polite, { minLength: 1, maxLength: 3 }), fc.boolean(), (definition, words, first) => {
        const text = (first ? [definition.keyword, ...words] : [...words, definition.keyword]).join(' ');
        assert.equal(classifyInboundText(text).classification, 'review', text);
      }),
    );
  });
});
