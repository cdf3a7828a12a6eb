/**
 * Text for PDFs drawn with pdf-lib's standard fonts (printed dockets, court reports): what those fonts can
 * draw, and lines that fit a width.
 */
import type { PDFFont } from 'pdf-lib';

/** Letters of names that carry their stroke in the letter itself, so taking accents off leaves them be. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
};

/**
 * Text the standard fonts can draw (WinAnsi): every kind of space becomes a plain one (Intl puts narrow
 * no-break spaces in "9:00 AM"), a letter outside the set loses its accent, and anything else is "?".
 */
export function drawable(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text.replace(/\p{Zs}/gu, ' ')) {
    if (charset.has(ch.codePointAt(0)!)) out += ch;
    else {
      const base = (UNDECOMPOSED[ch] ?? ch).normalize('NFD').replace(/\p{M}/gu, '');
      out += [...base].every((c) => charset.has(c.codePointAt(0)!)) && base ? base : '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `width`, breaking between words (inside a word only if it must). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (t: string) => font.widthOfTextAtSize(t, size) <= width;
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    // A word wider than the column is cut; a cut keeps at least one letter, so the loop always ends.
    while (rest.length > 1 && !fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
