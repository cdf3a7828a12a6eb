import { xmlText } from '../platform/table-export.ts';
import { zip } from '../platform/zip.ts';
import type { Block } from './report.outline-kit.ts';
import type { ReportDocument } from './report.outline.ts';

/**
 * A court report's copy as a Word document (ECMA-376 WordprocessingML), written by hand like the XLSX
 * tables (platform/table-export.ts): the parts are a few pages of XML, and a document library would be a
 * large dependency for headings, paragraphs and plain tables. US Letter with one-inch margins; every page's
 * footer carries the confidentiality line and "Page N of M" (PAGE and NUMPAGES fields, which Word fills in).
 */

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/footer" Target="footer1.xml"/>` +
  '</Relationships>';

/** Paragraph styles: the built-in names Word and readers map to headings ("heading 1" → h1). */
function stylesXml(lang: string): string {
  const heading = (level: number, size: number, space: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="${space}" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return (
    `${XML_DECL}<w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>' +
    `<w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>' +
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
    heading(1, 30, 360) +
    heading(2, 26, 240) +
    heading(3, 23, 160) +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
    '<w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report table"/><w:tblPr>' +
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="A0A0A0"/><w:left w:val="single" w:sz="4" w:color="A0A0A0"/>' +
    '<w:bottom w:val="single" w:sz="4" w:color="A0A0A0"/><w:right w:val="single" w:sz="4" w:color="A0A0A0"/>' +
    '<w:insideH w:val="single" w:sz="4" w:color="A0A0A0"/><w:insideV w:val="single" w:sz="4" w:color="A0A0A0"/></w:tblBorders>' +
    '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** A run of text; line breaks inside it become <w:br/>. */
function run(text: string, props = ''): string {
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return text
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`,
    )
    .join('');
}

function paragraph(text: string, opts: { style?: string; props?: string; pPr?: string } = {}): string {
  const pPr =
    opts.style || opts.pPr
      ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.pPr ?? ''}</w:pPr>`
      : '';
  return `<w:p>${pPr}${run(text, opts.props)}</w:p>`;
}

const CONTENT_WIDTH = 9360; // twips: 8.5 in less two one-inch margins

function table(rows: string[][], opts: { header: boolean; widths: number[] }): string {
  const grid = opts.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells, r) => {
      const isHeader = opts.header && r === 0;
      const trPr = isHeader
        ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
        : '<w:trPr><w:cantSplit/></w:trPr>';
      const tcs = cells
        .map((cell, c) => {
          const bold = isHeader || (!opts.header && c === 0);
          return (
            `<w:tc><w:tcPr><w:tcW w:w="${opts.widths[c]}" w:type="dxa"/>` +
            (isHeader ? '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' : '') +
            `</w:tcPr>${paragraph(cell, { props: bold ? '<w:b/>' : '', pPr: '<w:spacing w:after="0"/>' })}</w:tc>`
          );
        })
        .join('');
      return `<w:tr>${trPr}${tcs}</w:tr>`;
    })
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="${CONTENT_WIDTH}" w:type="dxa"/>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>` +
    // Word needs a paragraph between two tables, or it joins them.
    paragraph('', { pPr: '<w:spacing w:after="60"/>' })
  );
}

function blockXml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return paragraph(b.text, { style: `Heading${b.level}` });
    case 'paragraph':
      return paragraph(b.text, {
        props: b.tone === 'notice' ? '<w:i/>' : b.tone === 'muted' ? '<w:color w:val="555555"/>' : '',
      });
    case 'fields':
      return table(b.rows, { header: false, widths: [3200, CONTENT_WIDTH - 3200] });
    case 'table': {
      const n = b.columns.length;
      const each = Math.floor(CONTENT_WIDTH / n);
      const widths = b.columns.map((_, i) => (i === n - 1 ? CONTENT_WIDTH - each * (n - 1) : each));
      return table([b.columns, ...b.rows], { header: true, widths });
    }
  }
}

function documentXml(d: ReportDocument): string {
  const first = [
    paragraph(d.title, { style: 'Title' }),
    paragraph(d.recipientLine, { props: '<w:b/><w:sz w:val="26"/>' }),
    paragraph(d.notice, {
      props: '<w:b/>',
      pPr: '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="7A2E2E"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="7A2E2E"/></w:pBdr>',
    }),
  ];
  const section =
    '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/>' +
    '<w:pgSz w:w="12240" w:h="15840"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  return (
    `${XML_DECL}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    first.join('') +
    d.blocks.map(blockXml).join('') +
    section +
    '</w:body></w:document>'
  );
}

/** "Page N of M" as fields, the words around the numbers from the copy's language. */
function footerXml(d: ReportDocument, pageWords: (n: string, of: string) => string): string {
  const field = (name: string) => `<w:fldSimple w:instr=" ${name} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  const pieces = pageWords('{PAGE}', '{NUMPAGES}')
    .split(/(\{PAGE\}|\{NUMPAGES\})/)
    .map((part) =>
      part === '{PAGE}' ? field('PAGE') : part === '{NUMPAGES}' ? field('NUMPAGES') : part ? run(part) : '',
    );
  return (
    `${XML_DECL}<w:ftr xmlns:w="${W}" xmlns:r="${R}">` +
    paragraph(d.footer, { style: 'Footer' }) +
    `<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>${pieces.join('')}</w:p>` +
    '</w:ftr>'
  );
}

function coreXml(d: ReportDocument, created: Date): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(`${d.title} — ${d.recipientLine}`)}</dc:title><dc:creator>Hearth</dc:creator>` +
    `<dc:language>${xmlText(d.locale)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>` +
    '</cp:coreProperties>'
  );
}

/**
 * The copy as a .docx file.
 * @param pageWords - "Page N of M" in the copy's language, with the numbers as placeholders
 */
export function renderReportDocx(
  d: ReportDocument,
  opts: { createdAt: Date; pageWords: (n: string, of: string) => string },
): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: documentXml(d) },
    { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
    { name: 'word/styles.xml', data: stylesXml(d.locale) },
    { name: 'word/footer1.xml', data: footerXml(d, opts.pageWords) },
    { name: 'docProps/core.xml', data: coreXml(d, opts.createdAt) },
  ]);
}
