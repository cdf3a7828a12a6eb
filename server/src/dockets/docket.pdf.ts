import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawable, wrap } from '../platform/pdf-text.ts';
import type { DocketDto, DocketHearingDto, DocketLanguage } from './docket.dto.ts';
import { DOCKET_WORDS, wordFor, type DocketWords } from './docket-words.ts';

/**
 * The printed docket: US Letter, landscape, a header naming the court, the judge or courtroom and the
 * dates, then one table per day (time, case, hearing, parties expected, interpreter, courtroom), overlaps
 * written out in words, and on every page "Printed <date> — confidential" and its page number.
 * Built with pdf-lib's standard Helvetica, so nothing is embedded and the file stays small.
 */

const PAGE: [number, number] = [792, 612];
const MARGIN = 36;
const BOTTOM = 50;
const FOOTER_Y = 24;
const SIZE = 9;
const LINE = 11;
const PAD = 3;
const INK = rgb(0.11, 0.11, 0.11);
const MUTED = rgb(0.34, 0.36, 0.4);
const RULE = rgb(0.75, 0.76, 0.78);
const ALERT = rgb(0.6, 0.1, 0.1);
const MAX_OVERLAP_NOTES = 3;

type ColumnKey = 'time' | 'case' | 'type' | 'expected' | 'interpreter' | 'last';
const COLUMNS: { key: ColumnKey; width: number }[] = [
  { key: 'time', width: 110 },
  { key: 'case', width: 110 },
  { key: 'type', width: 112 },
  { key: 'expected', width: 198 },
  { key: 'interpreter', width: 120 },
  { key: 'last', width: 70 },
];

type Fonts = { regular: PDFFont; bold: PDFFont; charset: Set<number> };

type Formats = {
  time: (iso: string) => string;
  day: (date: string) => string;
  printed: (d: Date) => string;
  language: (code: string) => string;
};

function formatsFor(words: DocketWords, timeZone: string): Formats {
  const time = new Intl.DateTimeFormat(words.locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const day = new Intl.DateTimeFormat(words.locale, { dateStyle: 'full', timeZone: 'UTC' });
  const printed = new Intl.DateTimeFormat(words.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const names = new Intl.DisplayNames([words.locale], { type: 'language' });
  return {
    time: (iso) => time.format(new Date(iso)),
    day: (date) => day.format(new Date(`${date}T00:00:00Z`)),
    printed: (d) => printed.format(d),
    language: (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** The words of each cell of a hearing's row, and the overlap notes written under it. */
function rowText(
  h: DocketHearingDto,
  kind: DocketDto['subject']['kind'],
  w: DocketWords,
  f: Formats,
): { cells: Record<ColumnKey, string[]>; notes: string[] } {
  const time = [`${f.time(h.start)} – ${f.time(h.end)}`, w.minutes(h.minutes)];
  if (h.usual?.shorter) time.push(w.usually(h.usual.minutes));
  if (h.status !== 'scheduled') time.push(wordFor(w.hearingStatus, h.status).toUpperCase());
  const expected = h.withheld
    ? [w.withheld]
    : h.expected.map((p) => `${p.name} (${p.isChild ? w.child : wordFor(w.caseRole, p.role)})`);
  const interpreter = h.interpreters.flatMap((i) => [
    `${f.language(i.language)}: ${i.for.join(', ')}`,
    `(${i.assigned ? w.interpreterAssigned : w.interpreterNotAssigned})`,
  ]);
  // A room booked by many judges at once would fill the page with the same warning: three, then a count.
  const notes = h.overlaps.slice(0, MAX_OVERLAP_NOTES).map((o) => {
    const sharing = o.sharing.map((s) => (s === 'judge' ? w.sameJudge : w.sameCourtroom)).join(` ${w.and} `);
    const what = [o.petitionNumber, kind === 'judge' ? o.courtroom : o.judge].filter(Boolean).join(', ');
    return w.overlap(`${f.time(o.start)} – ${f.time(o.end)}`, sharing, what || null);
  });
  if (h.overlaps.length > MAX_OVERLAP_NOTES)
    notes.push(w.moreOverlaps(h.overlaps.length - MAX_OVERLAP_NOTES));
  return {
    cells: {
      time,
      case: [h.case?.petitionNumber ?? w.none],
      type: [h.hearingType ? wordFor(w.hearingType, h.hearingType) : w.none],
      expected: expected.length ? expected : [w.none],
      interpreter: interpreter.length ? interpreter : [w.none],
      last: [(kind === 'judge' ? h.courtroom?.name : h.judge?.name) ?? w.none],
    },
    notes,
  };
}

/** Lays the docket out page by page; footers are drawn at the end, when the page count is known. */
class Layout {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly continuation: string,
  ) {}

  text(s: string, x: number, y: number, size = SIZE, bold = false, color = INK): void {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    this.page.drawText(drawable(s, this.fonts.charset), { x, y, size, font, color });
  }

  lines(s: string, width: number, size = SIZE, bold = false): string[] {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    return wrap(drawable(s, this.fonts.charset), font, size, width);
  }

  newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.pages.push(this.page);
    this.y = PAGE[1] - MARGIN;
    if (this.pages.length > 1) {
      this.text(this.continuation, MARGIN, this.y - 10, 10, true, MUTED);
      this.y -= 24;
    }
  }

  /** Room for `height` more points on this page, or a new page (returns true when it turned). */
  ensure(height: number): boolean {
    if (this.y - height >= BOTTOM) return false;
    this.newPage();
    return true;
  }

  rule(y: number, thickness = 0.5, color = RULE): void {
    this.page.drawLine({
      start: { x: MARGIN, y },
      end: { x: PAGE[0] - MARGIN, y },
      thickness,
      color,
    });
  }
}

function drawHeader(l: Layout, d: DocketDto, w: DocketWords, f: Formats): void {
  const title = d.subject.kind === 'judge' ? w.ofJudge(d.subject.name) : w.ofCourtroom(d.subject.name);
  const dates = d.from === d.to ? f.day(d.from) : `${f.day(d.from)} – ${f.day(d.to)}`;
  l.text(d.subject.court, MARGIN, l.y - 14, 15, true);
  l.text(title, MARGIN, l.y - 32, 13, true);
  l.text(dates, MARGIN, l.y - 48, 11);
  l.text(w.timesNote(d.timeZone), MARGIN, l.y - 62, SIZE, false, MUTED);
  const { hearings, overlapping, interpreters } = d.counts;
  l.text(w.summary(hearings, overlapping, interpreters), MARGIN, l.y - 75, SIZE, false, MUTED);
  l.y -= 84;
  l.rule(l.y, 1, INK);
  l.y -= 6;
}

function drawTableHeader(l: Layout, w: DocketWords, kind: DocketDto['subject']['kind']): void {
  const titles: Record<ColumnKey, string> = {
    ...w.columns,
    last: kind === 'judge' ? w.columns.courtroom : w.columns.judge,
  };
  let x = MARGIN;
  for (const c of COLUMNS) {
    l.text(titles[c.key], x + PAD, l.y - LINE + 2, SIZE, true);
    x += c.width;
  }
  l.y -= LINE + PAD;
  l.rule(l.y, 0.75, INK);
}

function drawDay(l: Layout, d: DocketDto, day: DocketDto['days'][number], w: DocketWords, f: Formats): void {
  const heading = f.day(day.date);
  l.ensure(18 + LINE * 3);
  l.y -= 16;
  l.text(heading, MARGIN, l.y, 12, true);
  l.y -= 6;
  if (day.hearings.length === 0) {
    l.text(w.noHearings, MARGIN, l.y - LINE, SIZE, false, MUTED);
    l.y -= LINE + 6;
    return;
  }
  drawTableHeader(l, w, d.subject.kind);
  for (const h of day.hearings) {
    const { cells, notes } = rowText(h, d.subject.kind, w, f);
    const wrapped = COLUMNS.map((c) =>
      cells[c.key].flatMap((s) => l.lines(s, c.width - PAD * 2, SIZE, c.key === 'case')),
    );
    const noteWidth = PAGE[0] - MARGIN * 2 - COLUMNS[0]!.width - PAD * 2;
    const noteLines = notes.flatMap((n) => l.lines(n, noteWidth, SIZE, true));
    const height = (Math.max(...wrapped.map((x) => x.length)) + noteLines.length) * LINE + PAD * 2;
    if (l.ensure(height)) {
      l.text(`${heading} (${w.continued})`, MARGIN, l.y - 12, 11, true);
      l.y -= 18;
      drawTableHeader(l, w, d.subject.kind);
    }
    let x = MARGIN;
    let bottom = l.y - PAD;
    COLUMNS.forEach((c, i) => {
      wrapped[i]!.forEach((line, n) =>
        l.text(line, x + PAD, l.y - PAD - (n + 1) * LINE + 2, SIZE, c.key === 'case'),
      );
      bottom = Math.min(bottom, l.y - PAD - wrapped[i]!.length * LINE);
      x += c.width;
    });
    noteLines.forEach((line, n) =>
      l.text(line, MARGIN + COLUMNS[0]!.width + PAD, bottom - (n + 1) * LINE + 2, SIZE, true, ALERT),
    );
    l.y -= height;
    l.rule(l.y);
  }
  if (day.gaps.length) {
    const free = day.gaps.map((g) => w.free(f.time(g.start), f.time(g.end), g.minutes)).join('; ');
    const lines = l.lines(free, PAGE[0] - MARGIN * 2, 8);
    l.ensure(lines.length * 10 + 4);
    lines.forEach((line) => {
      l.y -= 10;
      l.text(line, MARGIN, l.y, 8, false, MUTED);
    });
  }
  l.y -= 6;
}

/**
 * The docket as a PDF.
 * @param opts.printedAt - the moment printed (the request's clock), shown in the footer
 */
export async function renderDocketPdf(
  docket: DocketDto,
  opts: { language: DocketLanguage; printedAt: Date },
): Promise<Uint8Array> {
  const w = DOCKET_WORDS[opts.language];
  const f = formatsFor(w, docket.timeZone);
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const fonts: Fonts = { regular, bold, charset: new Set(regular.getCharacterSet()) };
  const title =
    docket.subject.kind === 'judge' ? w.ofJudge(docket.subject.name) : w.ofCourtroom(docket.subject.name);
  const dates =
    docket.from === docket.to ? f.day(docket.from) : `${f.day(docket.from)} – ${f.day(docket.to)}`;
  doc.setTitle(drawable(`${title}, ${dates}`, fonts.charset));
  doc.setLanguage(w.locale);
  doc.setCreator('Hearth');
  doc.setProducer('Hearth (pdf-lib)');
  doc.setCreationDate(opts.printedAt);
  doc.setModificationDate(opts.printedAt);

  const l = new Layout(doc, fonts, `${title}, ${dates} (${w.continued})`);
  l.newPage();
  drawHeader(l, docket, w, f);
  for (const day of docket.days) drawDay(l, docket, day, w, f);

  const printed = w.printed(f.printed(opts.printedAt));
  l.pages.forEach((page, i) => {
    l.page = page;
    l.rule(FOOTER_Y + 12);
    l.text(printed, MARGIN, FOOTER_Y, 8, false, MUTED);
    const label = drawable(w.page(i + 1, l.pages.length), fonts.charset);
    const width = regular.widthOfTextAtSize(label, 8);
    l.text(label, PAGE[0] - MARGIN - width, FOOTER_Y, 8, false, MUTED);
  });
  return doc.save();
}
