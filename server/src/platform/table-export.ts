/**
 * Any table Hearth shows, downloadable as CSV or XLSX.
 *
 * Both writers are hand-made and small on purpose: an export library would be a large dependency for two
 * file formats whose rules fit on a page (RFC 4180; ECMA-376 SpreadsheetML with a stored zip).
 */
import { zip } from './zip.ts';

export type ExportCell = string | number | null;

export type ExportTable = {
  /** Sheet name and file-name stem, e.g. "Permanency in 12 months by county, FFY 2026". */
  title: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly Record<string, ExportCell>[];
};

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export type RenderedTable = { body: Buffer; contentType: string; fileName: string };

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function renderTable(table: ExportTable, format: TableFormat): RenderedTable {
  const stem = exportFileStem(table.title);
  switch (format) {
    case 'csv':
      return { body: renderCsv(table), contentType: CSV_CONTENT_TYPE, fileName: `${stem}.csv` };
    case 'xlsx':
      return { body: renderXlsx(table), contentType: XLSX_CONTENT_TYPE, fileName: `${stem}.xlsx` };
  }
}

/**
 * A file name that every browser, mail gateway and file system accepts: accents folded to plain letters,
 * anything but letters, digits, '.', '_' and '-' turned into '-', lower case, at most 80 characters.
 */
export function exportFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return stem === '' ? 'table' : stem;
}

// ---------------------------------------------------------------------------------------------- CSV

const UTF8_BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula starts with one of these (OWASP "CSV injection":
 * '=' '+' '-' '@', and tab / carriage return, which some spreadsheets strip before looking for them).
 * A CSV cell has no type, so Excel and LibreOffice evaluate `=HYPERLINK(...)` or `=cmd|...` typed into, say,
 * a continuance reason the moment an analyst opens the file. A leading apostrophe makes the spreadsheet
 * treat the cell as text and is not shown. Numbers are written as numbers, so -3 stays -3.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
  // RFC 4180 §2.6–2.7: a field holding a comma, a double quote or a line break is quoted, quotes doubled.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCsv(table: ExportTable): Buffer {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  }
  // RFC 4180 §2.1: records end with CRLF. The BOM tells Excel the file is UTF-8, so "Doña Ana" keeps its ñ.
  return Buffer.from(UTF8_BOM + lines.map((l) => `${l}\r\n`).join(''), 'utf8');
}

// --------------------------------------------------------------------------------------------- XLSX

/**
 * Characters XML 1.0 cannot carry at all (§2.2: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates): the control characters are matched on purpose.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML element or attribute. '\r' is written as a reference because XML parsers turn a
 *  literal CR into LF (XML 1.0 §2.11), and a cell's text should come back exactly as it went in. */
export function xmlText(text: string): string {
  return escapeXml(text.replace(XML_INVALID, '\uFFFD'));
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/**
 * Cell text (ECMA-376 Part 1 §22.9.2.19 ST_Xstring): Excel reads "_xHHHH_" as the character HHHH, so a
 * literal one has its underscore written as "_x005F_"; characters XML cannot carry are written that way too.
 */
function cellText(text: string): string {
  return escapeXml(
    text
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      .replace(XML_INVALID, (ch) =>
        ch.length === 1 && ch < ' '
          ? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`
          : '\uFFFD',
      ),
  );
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Excel refuses sheet names over 31 characters or holding any of : \ / ? * [ ] (and a leading or
 *  trailing apostrophe). */
function sheetName(title: string): string {
  const name = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return name === '' ? 'Sheet1' : name;
}

function xlsxCell(ref: string, cell: ExportCell, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  if (typeof cell === 'number') return `<c r="${ref}"${s}><v>${Object.is(cell, -0) ? 0 : cell}</v></c>`;
  // Inline strings are never formulas, so no apostrophe is needed here; xml:space keeps edge spaces.
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(cell)}</t></is></c>`;
}

function sheetXml(table: ExportTable): string {
  const widths = table.columns.map((c) => {
    const longest = table.rows.reduce((max, row) => {
      const v = row[c.key];
      return Math.max(max, v === null || v === undefined ? 0 : String(v).length);
    }, c.label.length);
    return Math.min(60, Math.max(8, longest + 2));
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const header = table.columns.map((c, i) => xlsxCell(`${columnName(i)}1`, c.label, 1)).join('');
  const rows = [`<row r="1">${header}</row>`];
  table.rows.forEach((row, r) => {
    const cells = table.columns.map((c, i) => xlsxCell(`${columnName(i)}${r + 2}`, row[c.key] ?? null, 0));
    rows.push(`<row r="${r + 2}">${cells.join('')}</row>`);
  });
  const pane =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return (
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${pane}` +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS =
  `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`;

/** Style 0 is the default; style 1 is the bold header. Two fills are required by Excel (none, gray125). */
const STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(title: string): string {
  return (
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheets><sheet name="${xmlText(sheetName(title))}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

function renderXlsx(table: ExportTable): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(table.title) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(table) },
  ]);
}
