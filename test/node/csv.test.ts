import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { CsvWriter, csvCellText, csvRowsOf, neutralizeCsvText, toCsv, type CsvCell } from '../../src/domain/csv.js';

const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];
const BOM = '\uFEFF';

function parse(document: string): string[][] {
  return csvParseRows(document.startsWith(BOM) ? document.slice(1) : document);
}

describe('neutralizeCsvText', () => {
  const examples: Array<[string, string]> = [
    ['=HYPERLINK("http://x.example","click")', `'=HYPERLINK("http://x.example","click")`],
    ['+1 201 555 0123', "'+1 201 555 0123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Ana López', 'Ana López'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'=already text", "'=already text"],
  ];
  for (const [text, safe] of examples) {
    it(`writes ${JSON.stringify(text)} as ${JSON.stringify(safe)}`, () => {
      assert.equal(neutralizeCsvText(text), safe);
    });
  }
});

describe('csvCellText', () => {
  it('writes numbers as numbers, negative ones included', () => {
    assert.equal(csvCellText(42), '42');
    assert.equal(csvCellText(-3.5), '-3.5');
    assert.equal(csvCellText(Number.NaN), '');
    assert.equal(csvCellText(null), '');
    assert.equal(csvCellText(undefined), '');
    assert.equal(csvCellText(true), 'true');
  });
});

describe('toCsv', () => {
  it('writes a header, quoted cells and a byte-order mark', () => {
    const document = toCsv(['Name', 'Phone', 'Count'], [
      ['Núñez, Ana', '+12015550123', 3],
      ['Say "hi"', '=1+1', -1],
      ['two\nlines', null, 0],
    ]);
    assert.equal(
      document,
      `${BOM}Name,Phone,Count\n"Núñez, Ana",'+12015550123,3\n"Say ""hi""",'=1+1,-1\n"two\nlines",,0\n`,
    );
  });
  it('can leave out the byte-order mark', () => {
    assert.equal(toCsv(['a'], [['b']], { byteOrderMark: false }), 'a\nb\n');
  });
  it('writes only the header for no rows', () => {
    assert.equal(toCsv(['a', 'b'], [], { byteOrderMark: false }), 'a,b\n');
  });
});

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ' ') }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 20 });

describe('CSV properties', () => {
  it('round-trips through a CSV parser to the neutralized input', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const header = ['h1'];
        const parsed = parse(toCsv(header, rows));
        assert.deepEqual(parsed, [header, ...rows.map((row) => row.map(csvCellText))]);
      }),
    );
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parse(toCsv(['h'], rows)).slice(1);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value !== 'string') return;
            const written = parsed[r]![c]!;
            assert.ok(!FORMULA_CHARACTERS.includes(written.charAt(0)), JSON.stringify(written));
          }),
        );
      }),
    );
  });

  it('gives the same document written page by page', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 7 }), (rows, pageSize) => {
        const writer = new CsvWriter(['a', 'b']);
        let streamed = writer.start();
        for (let i = 0; i < rows.length; i += pageSize) streamed += writer.rows(rows.slice(i, i + pageSize));
        assert.equal(streamed, toCsv(['a', 'b'], rows));
      }),
    );
  });
});

describe('CsvWriter', () => {
  it('writes the header once and refuses rows before it', () => {
    const writer = new CsvWriter(['x']);
    assert.throws(() => writer.rows([['1']]));
    writer.start();
    assert.throws(() => writer.start());
    assert.equal(writer.rows([]), '');
  });
});

describe('csvRowsOf', () => {
  it('reads cells by column', () => {
    const columns = [
      { header: 'Id', value: (p: { id: string; n: number }) => p.id },
      { header: 'N', value: (p: { id: string; n: number }) => p.n },
    ];
    assert.deepEqual(csvRowsOf(columns, [{ id: '-a', n: 1 }]), [['-a', 1]]);
    assert.equal(toCsv(columns.map((c) => c.header), csvRowsOf(columns, [{ id: '-a', n: 1 }]), { byteOrderMark: false }), "Id,N\n'-a,1\n");
  });
});
