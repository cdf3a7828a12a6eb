import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { NoticeText } from './notice-text.ts';

/**
 * The printed notice for mail: US Letter, the court at the top, the recipient's name and address where a
 * window envelope shows it, then the notice's words. Standard Helvetica (no font file to ship) covers
 * English and Spanish; anything it cannot draw is written without its accent rather than dropped.
 */

/** A mailing address as kept on person.mailing_address. */
export type MailingAddress = {
  organization?: string;
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
};

export function addressLines(a: MailingAddress | null): string[] {
  if (!a) return [];
  const cityLine = [a.city, [a.state, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.organization, a.line1, a.line2, cityLine].filter((x): x is string => !!x && x.trim() !== '');
}

export function hasAddress(a: MailingAddress | null): boolean {
  return !!a && !!a.line1 && !!a.city;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const PAGE: [number, number] = [612, 792];
const MARGIN = 72;
const SIZE = 11;
const LEADING = 15;

type Pen = { doc: PDFDocument; page: PDFPage; y: number; font: PDFFont; bold: PDFFont };

function drawable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    [...text.replace(/[\u202f\u00a0]/g, ' ')]
      .map((ch) => {
        if (known.has(ch.codePointAt(0)!)) return ch;
        const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
        return [...bare].every((c) => known.has(c.codePointAt(0)!)) ? bare : '?';
      })
      .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function writeLine(pen: Pen, text: string, font: PDFFont, size = SIZE): void {
  if (pen.y < MARGIN + LEADING) {
    pen.page = pen.doc.addPage(PAGE);
    pen.y = PAGE[1] - MARGIN;
  }
  pen.page.drawText(text, { x: MARGIN, y: pen.y, size, font, color: rgb(0, 0, 0) });
  pen.y -= size + 4;
}

function paragraph(pen: Pen, text: string, font: PDFFont, size = SIZE): void {
  for (const l of wrap(text, font, size, PAGE[0] - 2 * MARGIN)) writeLine(pen, l, font, size);
  pen.y -= LEADING - SIZE;
}

/**
 * The notice as a PDF. Its dates are the sending time, so the same notice renders to the same bytes.
 * @param text - the notice's words (renderNoticeText)
 * @param envelope - the recipient's name and mailing address lines
 */
export async function renderNoticePdf(
  text: NoticeText,
  envelope: { name: string; address: string[]; courtName: string; sentAt: Date; reference: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ok = drawable(font);
  doc.setTitle(ok(text.title));
  doc.setAuthor(ok(envelope.courtName));
  doc.setProducer('Hearth');
  doc.setCreator('Hearth');
  doc.setCreationDate(envelope.sentAt);
  doc.setModificationDate(envelope.sentAt);
  const pen: Pen = { doc, page: doc.addPage(PAGE), y: PAGE[1] - MARGIN, font, bold };
  writeLine(pen, ok(envelope.courtName), bold, 12);
  pen.y -= 30;
  // Where a #10 window envelope shows the address.
  writeLine(pen, ok(envelope.name), font);
  for (const l of envelope.address) writeLine(pen, ok(l), font);
  pen.y -= 36;
  writeLine(pen, ok(text.title.toUpperCase()), bold, 16);
  pen.y -= 8;
  paragraph(pen, ok(text.greeting), font);
  for (const s of text.sections) {
    if (s.label) {
      writeLine(pen, ok(`${s.label}:`), bold);
      paragraph(pen, ok(s.text), font);
    } else paragraph(pen, ok(s.text), font);
  }
  pen.y -= 12;
  writeLine(pen, ok(envelope.reference), font, 8);
  return doc.save();
}
