import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawable, wrap } from '../platform/pdf-text.ts';
import type { Block } from './report.outline-kit.ts';
import type { ReportDocument } from './report.outline.ts';

/**
 * A court report's copy as a PDF, in the house style of the printed docket (dockets/docket.pdf.ts): US
 * Letter, pdf-lib's standard Helvetica (nothing embedded), and on every page the confidentiality line and
 * "Page N of M". The first page says who the copy is for and whether anything was left out.
 */

const PAGE: [number, number] = [612, 792];
const MARGIN = 54;
const WIDTH = PAGE[0] - MARGIN * 2;
const BOTTOM = 72;
const FOOTER_Y = 30;
const SIZE = 10;
const LINE = 13;
const PAD = 3;
const INK = rgb(0.11, 0.11, 0.11);
const MUTED = rgb(0.34, 0.36, 0.4);
const RULE = rgb(0.7, 0.71, 0.73);
const ALERT = rgb(0.48, 0.18, 0.18);
const HEADER_FILL = rgb(0.91, 0.91, 0.91);
const LABEL_WIDTH = 170;

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont; charset: Set<number> };

class Pen {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {}

  font(style: 'regular' | 'bold' | 'italic'): PDFFont {
    return this.fonts[style];
  }
  lines(
    text: string,
    width: number,
    size = SIZE,
    style: 'regular' | 'bold' | 'italic' = 'regular',
  ): string[] {
    return text
      .split(/\r\n|\r|\n/)
      .flatMap((line) => wrap(drawable(line, this.fonts.charset), this.font(style), size, width));
  }
  text(
    s: string,
    x: number,
    y: number,
    size = SIZE,
    style: 'regular' | 'bold' | 'italic' = 'regular',
    color = INK,
  ): void {
    this.page.drawText(s, { x, y, size, font: this.font(style), color });
  }
  newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.pages.push(this.page);
    this.y = PAGE[1] - MARGIN;
  }
  /** Room for `height` more points on this page, or a new page (true when it turned). */
  ensure(height: number): boolean {
    if (this.y - height >= BOTTOM) return false;
    this.newPage();
    return true;
  }
  rule(y: number, thickness = 0.5, color = RULE): void {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: PAGE[0] - MARGIN, y }, thickness, color });
  }
}

const HEADING_SIZE = { 1: 14, 2: 12, 3: 10.5 } as const;

function drawParagraph(
  p: Pen,
  text: string,
  opts: { size?: number; style?: 'regular' | 'bold' | 'italic'; color?: ReturnType<typeof rgb> } = {},
): void {
  const size = opts.size ?? SIZE;
  const lead = size * 1.3;
  for (const line of p.lines(text, WIDTH, size, opts.style)) {
    p.ensure(lead);
    p.y -= lead;
    p.text(line, MARGIN, p.y + 3, size, opts.style, opts.color ?? INK);
  }
  p.y -= 4;
}

/** A table: one row after another, wrapped in its column, the header repeated on each new page. */
function drawTable(p: Pen, rows: string[][], opts: { header: string[] | null; widths: number[] }): void {
  const wrapRow = (cells: string[], boldFirst: boolean, allBold: boolean) =>
    cells.map((c, i) =>
      p.lines(c, opts.widths[i]! - PAD * 2, 9, allBold || (boldFirst && i === 0) ? 'bold' : 'regular'),
    );
  const drawRow = (wrapped: string[][], bold: (i: number) => boolean, fill: boolean) => {
    const height = Math.max(1, ...wrapped.map((w) => w.length)) * 11 + PAD * 2;
    if (fill) p.page.drawRectangle({ x: MARGIN, y: p.y - height, width: WIDTH, height, color: HEADER_FILL });
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) =>
        p.text(line, x + PAD, p.y - PAD - (n + 1) * 11 + 2, 9, bold(i) ? 'bold' : 'regular'),
      );
      x += opts.widths[i]!;
    });
    p.y -= height;
    p.rule(p.y);
  };
  const header = opts.header ? wrapRow(opts.header, false, true) : null;
  const headerHeight = header ? Math.max(...header.map((w) => w.length)) * 11 + PAD * 2 : 0;
  if (header) {
    p.ensure(headerHeight + 11 + PAD * 2);
    p.rule(p.y, 0.75, INK);
    drawRow(header, () => true, true);
  } else {
    p.ensure(11 + PAD * 2);
    p.rule(p.y);
  }
  for (const cells of rows) {
    const wrapped = wrapRow(cells, !opts.header, false);
    const height = Math.max(1, ...wrapped.map((w) => w.length)) * 11 + PAD * 2;
    if (p.ensure(height + (header ? headerHeight : 0)) && header) {
      p.rule(p.y, 0.75, INK);
      drawRow(header, () => true, true);
    }
    drawRow(wrapped, (i) => !opts.header && i === 0, false);
  }
  p.y -= 8;
}

function drawBlock(p: Pen, b: Block): void {
  switch (b.kind) {
    case 'heading': {
      const size = HEADING_SIZE[b.level];
      // A heading never ends a page: keep room for it and a few lines after it.
      p.ensure(size * 1.6 + LINE * 3);
      p.y -= b.level === 1 ? 12 : 6;
      drawParagraph(p, b.text, { size, style: 'bold' });
      if (b.level === 1) {
        p.rule(p.y + 2, 0.75, INK);
        p.y -= 4;
      }
      return;
    }
    case 'paragraph':
      return drawParagraph(p, b.text, {
        style: b.tone === 'notice' ? 'italic' : 'regular',
        color: b.tone === 'muted' ? MUTED : b.tone === 'notice' ? ALERT : INK,
      });
    case 'fields':
      return drawTable(p, b.rows, { header: null, widths: [LABEL_WIDTH, WIDTH - LABEL_WIDTH] });
    case 'table': {
      const n = b.columns.length;
      return drawTable(p, b.rows, { header: b.columns, widths: b.columns.map(() => WIDTH / n) });
    }
  }
}

/**
 * The copy as a PDF.
 * @param opts.createdAt - the moment generated (the request's clock)
 * @param opts.pageWords - "Page N of M" in the copy's language
 */
export async function renderReportPdf(
  d: ReportDocument,
  opts: { createdAt: Date; pageWords: (n: number, of: number) => string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const fonts: Fonts = {
    regular,
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    charset: new Set(regular.getCharacterSet()),
  };
  doc.setTitle(drawable(`${d.title} — ${d.recipientLine}`, fonts.charset));
  doc.setLanguage(d.locale);
  doc.setCreator('Hearth');
  doc.setProducer('Hearth (pdf-lib)');
  doc.setCreationDate(opts.createdAt);
  doc.setModificationDate(opts.createdAt);

  const p = new Pen(doc, fonts);
  p.newPage();
  drawParagraph(p, d.title, { size: 18, style: 'bold' });
  drawParagraph(p, d.recipientLine, { size: 13, style: 'bold' });
  p.y -= 4;
  p.rule(p.y, 1.5, ALERT);
  p.y -= 2;
  drawParagraph(p, d.notice, { style: 'bold', color: d.withheld ? ALERT : INK });
  p.rule(p.y, 1.5, ALERT);
  p.y -= 6;
  for (const b of d.blocks) drawBlock(p, b);

  const footer = p.lines(d.footer, WIDTH - 90, 7.5);
  p.pages.forEach((page, i) => {
    p.page = page;
    p.rule(FOOTER_Y + 14);
    footer.forEach((line, n) => p.text(line, MARGIN, FOOTER_Y + 4 - n * 9, 7.5, 'regular', MUTED));
    const label = drawable(opts.pageWords(i + 1, p.pages.length), fonts.charset);
    const width = regular.widthOfTextAtSize(label, 8);
    p.text(label, PAGE[0] - MARGIN - width, FOOTER_Y + 4, 8, 'regular', MUTED);
  });
  return doc.save();
}
