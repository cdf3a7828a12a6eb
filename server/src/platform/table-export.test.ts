import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnName,
  CSV_CONTENT_TYPE,
  exportFileStem,
  renderTable,
  XLSX_CONTENT_TYPE,
  type ExportCell,
  type ExportTable,
} from './table-export.ts';

/** RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

/**
 * exceljs undoes the ST_Xstring "_xHHHH_" escape for shared strings but not for inline ones, where Excel
 * undoes it too (ECMA-376 Part 1 §22.9.2.19); the tests read cells as Excel shows them.
 */
function excelText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function readXlsx(body: Buffer): Promise<{ name: string; rows: ExportCell[][]; bold: boolean[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  const rows: ExportCell[][] = [];
  const bold: boolean[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ExportCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : excelText(String(v)));
      if (rowNumber === 1) bold.push(cell.font?.bold === true);
    }
    rows[rowNumber - 1] = cells;
  });
  return { name: sheet.name, rows, bold };
}

const TABLE: ExportTable = {
  title: 'Time to adjudication by judge, Doña Ana / FFY 2026',
  columns: [
    { key: 'judge', label: 'Judge' },
    { key: 'cases', label: 'Cases' },
    { key: 'median', label: 'Median days' },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { judge: 'Hon. Peña, "Ray"', cases: 12, median: 41.5, note: 'a, b\r\nc' },
    { judge: '=HYPERLINK("http://x")', cases: null, median: -3, note: '@sum' },
    { judge: '  spaced  ', cases: 0, median: null, note: '<b>&amp;</b>' },
    { judge: '_x0041_ stays', cases: 1.25, median: 1e21, note: 'bell\u0007 here' },
  ],
};

describe('renderTable as CSV', () => {
  it('writes RFC 4180 with a UTF-8 BOM, CRLF records and quoted fields', () => {
    const out = renderTable(TABLE, 'csv');
    expect(out.contentType).toBe(CSV_CONTENT_TYPE);
    expect(out.fileName).toBe('time-to-adjudication-by-judge-dona-ana-ffy-2026.csv');
    expect([...out.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = out.body.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Judge,Cases,Median days,Note');
    expect(parseCsv(text)).toEqual([
      ['Judge', 'Cases', 'Median days', 'Note'],
      ['Hon. Peña, "Ray"', '12', '41.5', 'a, b\r\nc'],
      ['\'=HYPERLINK("http://x")', '', '-3', "'@sum"],
      ['  spaced  ', '0', '', '<b>&amp;</b>'],
      ['_x0041_ stays', '1.25', '1e+21', 'bell\u0007 here'],
    ]);
  });

  it('defuses every formula trigger in text but leaves negative numbers alone', () => {
    const rows = ['=1+1', '+1', '-1', '@A1', '\tx', '\rx'].map((t) => ({ a: t, n: -1 }));
    const text = renderTable(
      {
        title: 't',
        columns: [
          { key: 'a', label: 'a' },
          { key: 'n', label: 'n' },
        ],
        rows,
      },
      'csv',
    )
      .body.toString('utf8')
      .slice(1);
    for (const [cell, n] of parseCsv(text).slice(1)) {
      expect(cell?.startsWith("'")).toBe(true);
      expect(n).toBe('-1');
    }
  });
});

describe('renderTable as XLSX', () => {
  it('is a workbook exceljs opens, with every cell read back, numbers as numbers and a bold header', async () => {
    const out = renderTable(TABLE, 'xlsx');
    expect(out.contentType).toBe(XLSX_CONTENT_TYPE);
    expect(out.fileName).toBe('time-to-adjudication-by-judge-dona-ana-ffy-2026.xlsx');
    expect(out.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = await readXlsx(out.body);
    expect(sheet.name).toBe('Time to adjudication by judge,'); // 31 characters at most, trimmed
    expect(sheet.bold).toEqual([true, true, true, true]);
    expect(sheet.rows).toEqual([
      ['Judge', 'Cases', 'Median days', 'Note'],
      // no apostrophe here: an inline string is never a formula
      ['Hon. Peña, "Ray"', 12, 41.5, 'a, b\r\nc'],
      ['=HYPERLINK("http://x")', null, -3, '@sum'],
      ['  spaced  ', 0, null, '<b>&amp;</b>'],
      ['_x0041_ stays', 1.25, 1e21, 'bell\u0007 here'],
    ]);
  });

  it('gives the same bytes for the same table (fixed zip timestamps)', () => {
    expect(renderTable(TABLE, 'xlsx').body.equals(renderTable(TABLE, 'xlsx').body)).toBe(true);
  });

  it('writes an empty table as a header row only', async () => {
    const sheet = await readXlsx(renderTable({ ...TABLE, rows: [] }, 'xlsx').body);
    expect(sheet.rows).toEqual([['Judge', 'Cases', 'Median days', 'Note']]);
  });
});

describe('names', () => {
  it.each([
    ['Permanency in 12 months by county, FFY 2026', 'permanency-in-12-months-by-county-ffy-2026'],
    ['../../etc/passwd', 'etc-passwd'],
    ['Año: «niños» 2026', 'ano-ninos-2026'],
    ['   ', 'table'],
  ])('file stem of %j is %j', (title, stem) => {
    expect(exportFileStem(title)).toBe(stem);
  });

  it('letters columns like a spreadsheet', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

// Any text but lone surrogates, which no court record holds (they become U+FFFD by design).
const xmlChar = fc.oneof(
  fc.constantFrom(
    '\t',
    '\n',
    '\r',
    '\u0001',
    ' ',
    '"',
    ',',
    '=',
    '-',
    '+',
    '@',
    "'",
    '&',
    '<',
    '>',
    'ñ',
    '_x0041_',
    '_x',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const text = fc.array(xmlChar, { maxLength: 12 }).map((parts) => parts.join(''));
const cell: fc.Arbitrary<ExportCell> = fc.oneof(
  text,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.constant(null),
);
const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    labels: fc.array(
      text.filter((t) => t !== ''),
      { minLength: width, maxLength: width },
    ),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  }),
);

function toExport(t: { labels: string[]; rows: ExportCell[][] }): ExportTable {
  return {
    title: 'property',
    columns: t.labels.map((label, i) => ({ key: `c${i}`, label })),
    rows: t.rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v]))),
  };
}

describe('round trip (property)', () => {
  it('any table of strings, numbers and nulls comes back from CSV', () => {
    fc.assert(
      fc.property(table, (t) => {
        const parsed = parseCsv(renderTable(toExport(t), 'csv').body.toString('utf8').slice(1));
        const defuse = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(parsed).toEqual([
          t.labels.map(defuse),
          ...t.rows.map((r) =>
            r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : defuse(v))),
          ),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('any table of strings, numbers and nulls comes back from XLSX through exceljs', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const sheet = await readXlsx(renderTable(toExport(t), 'xlsx').body);
        // exceljs reads an empty string cell as no value; the writer puts -0 down as 0 (a spreadsheet
        // has no negative zero).
        const expected = [t.labels, ...t.rows].map((r) =>
          r.map((v) => (v === '' ? null : Object.is(v, -0) ? 0 : v)),
        );
        expect(sheet.rows).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
