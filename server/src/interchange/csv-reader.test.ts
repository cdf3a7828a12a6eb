import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, CsvScanner } from './csv-reader.ts';
import { BAD_DATE, CodeTable, dayFromCivil, formatDay, parseDay, parseDayText } from './fields.ts';

type Rec = { line: number; fields: string[] };

/** Every record of `bytes` read through a scanner with the given buffer size and read sizes. */
function readAll(bytes: Uint8Array, chunk = 1 << 20, pieces: number[] = []): Rec[] {
  const sc = new CsvScanner(bytesSource(bytes, pieces), chunk);
  const out: Rec[] = [];
  while (sc.nextRecord()) out.push({ line: sc.line, fields: sc.texts() });
  return out;
}
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('CsvScanner (RFC 4180 over bytes)', () => {
  it('splits plain records and numbers lines from 1 (the header)', () => {
    expect(readAll(utf8('a,b,c\n1,2,3\n4,,6\n'))).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '', '6'] },
    ]);
  });

  it('unquotes fields: commas, doubled quotes, empty quoted fields', () => {
    expect(readAll(utf8('"a,b","say ""hi""","",x\n')).map((r) => r.fields)).toEqual([
      ['a,b', 'say "hi"', '', 'x'],
    ]);
  });

  it('keeps a quoted newline inside its field and counts the physical lines', () => {
    const recs = readAll(utf8('h1,h2\n"two\nlines",x\r\n"three\r\nmore\nlines",y\nlast,z'));
    expect(recs).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['two\nlines', 'x'] },
      { line: 4, fields: ['three\r\nmore\nlines', 'y'] },
      { line: 7, fields: ['last', 'z'] },
    ]);
  });

  it('reads CRLF like LF, drops a byte order mark, skips blank lines (still counting them)', () => {
    const recs = readAll(utf8('\uFEFFchild_id,county\r\nC1,Doña Ana\r\n\r\nC2,"Santa Fe"\r\n'));
    expect(recs).toEqual([
      { line: 1, fields: ['child_id', 'county'] },
      { line: 2, fields: ['C1', 'Doña Ana'] },
      { line: 4, fields: ['C2', 'Santa Fe'] },
    ]);
  });

  it('treats a quote inside an unquoted field as text, as it unescapes it', () => {
    expect(readAll(utf8('O"Brien,x\ny,"z"q\n')).map((r) => r.fields)).toEqual([
      ['O"Brien', 'x'],
      ['y', 'zq'],
    ]);
  });

  it('grows its buffer for a record longer than a chunk', () => {
    const long = 'x'.repeat(5000);
    const recs = readAll(utf8(`a,"${long}\n${long}"\nb,c\n`), 16);
    expect(recs.map((r) => r.fields)).toEqual([
      ['a', `${long}\n${long}`],
      ['b', 'c'],
    ]);
    expect(recs[1]!.line).toBe(3);
  });

  it('hashes the unescaped value: a quoted and a plain child_id go to the same shard', () => {
    const sc = new CsvScanner(bytesSource(utf8('x,C123\n"x","C123"\n')), 64, 4);
    const shards: number[] = [];
    while (sc.nextRecord()) shards.push(sc.shardOf(1, 7));
    expect(shards[0]).toBe(shards[1]);
  });

  // Records in any mix of plain and quoted fields, with commas, quotes, CR, LF and non-ASCII text.
  const field = fc.oneof(
    fc.stringMatching(/^[a-z0-9 ñ-]{0,6}$/),
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'é', ' '), maxLength: 8 }),
  );
  const table = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
  const encode = (rows: string[][], eol: string, bom: boolean): string =>
    (bom ? '\uFEFF' : '') +
    rows
      .map((r) =>
        r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f)).join(','),
      )
      .join(eol) +
    eol;

  it('property: whatever the fields, the rows read are the rows written', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, eol, bom) => {
        const got = readAll(utf8(encode(rows, eol, bom))).map((r) => r.fields);
        expect(got).toEqual(rows);
      }),
    );
  });

  it('property: splitting the input at any byte (and any buffer size) gives the same rows', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 64 }),
        (rows, eol, bom, at, chunk) => {
          const bytes = utf8(encode(rows, eol, bom));
          const whole = readAll(bytes);
          const split = at % (bytes.length + 1);
          expect(readAll(bytes, 1 << 20, [split])).toEqual(whole);
          expect(readAll(bytes, chunk)).toEqual(whole);
          expect(readAll(bytes, chunk, [split, 1, 2, 3])).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every split point of one tricky file gives the same rows', () => {
    const bytes = utf8('\uFEFFa,b\r\n"x\r\ny","p""q"\r\n\r\nñ,"",\r\nlast,"end"');
    const whole = readAll(bytes);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    for (let at = 0; at <= bytes.length; at++) {
      expect(readAll(bytes, 1 << 20, [at])).toEqual(whole);
      expect(readAll(bytes, 3, [at, 1])).toEqual(whole);
    }
  });
});

describe('dates and codes from bytes', () => {
  it('parses YYYY-MM-DD to day numbers since 1970-01-01', () => {
    expect(parseDayText('1970-01-01')).toBe(0);
    expect(parseDayText('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(parseDayText('1969-12-31')).toBe(-1);
    expect(parseDayText('1700-03-01')).toBe(Date.UTC(1700, 2, 1) / 86_400_000);
    expect(formatDay(parseDayText('2023-10-01'))).toBe('2023-10-01');
  });

  it.each([
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-06-31',
    '2023-1-01',
    '2023/01/01',
    '20230101',
    ' 2023-01-01',
    'yesterday',
    '2023-01-0a',
  ])('rejects %j', (text) => expect(parseDayText(text)).toBe(BAD_DATE));

  it('property: agrees with Date.UTC on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2100, 12, 31) }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(parseDay(Buffer.from(text), 0, 10)).toBe(day);
      }),
    );
  });

  it('matches codes exactly and case-sensitively', () => {
    const t = new CodeTable(['residence', 'other', 'respite', 'r']);
    const find = (s: string): number => t.find(Buffer.from(s), 0, Buffer.byteLength(s));
    expect(
      ['residence', 'other', 'respite', 'r', 'Residence', 'residenc', 'residence ', '', 'x'].map(find),
    ).toEqual([0, 1, 2, 3, -1, -1, -1, -1, -1]);
  });
});
