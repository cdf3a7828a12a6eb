import type { Guarded } from '@hearth/core';
import type { WordsLanguage } from '../platform/hearing-words.ts';
import { addressLines, type MailingAddress } from '../notices/notice-pdf.ts';
import type { ReportWords } from './report-words.ts';

/** The pieces a report's outline is built of, shared by the outline and its sections. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'notice' }
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export type Fmt = {
  date: (d: string | null) => string;
  when: (iso: string) => string;
  generated: (d: Date) => string;
};

export function formats(locale: string, timeZone: string): Fmt {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const generated = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return {
    date: (d) => (d ? date.format(new Date(`${d}T00:00:00Z`)) : '—'),
    when: (iso) => when.format(new Date(iso)),
    generated: (d) => generated.format(d),
  };
}

/** A person's address as one line. */
export function addressLine(a: MailingAddress | null): string | null {
  const lines = addressLines(a);
  return lines.length ? lines.join(', ') : null;
}

export class Outline {
  readonly blocks: Block[] = [];
  constructor(
    readonly w: ReportWords,
    readonly f: Fmt,
    readonly language: WordsLanguage,
  ) {}
  h(level: 1 | 2 | 3, text: string): void {
    this.blocks.push({ kind: 'heading', level, text });
  }
  p(text: string, tone?: 'muted' | 'notice'): void {
    this.blocks.push(tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text });
  }
  fields(rows: [string, string][]): void {
    if (rows.length) this.blocks.push({ kind: 'fields', rows });
  }
  table(columns: string[], rows: string[][], empty = this.w.noneRecorded): void {
    if (rows.length === 0) this.p(empty, 'muted');
    else this.blocks.push({ kind: 'table', columns, rows });
  }
  /** A guarded section: its content, or the withheld line. */
  guarded<T>(g: Guarded<T> | undefined, draw: (value: T) => void): void {
    if (g === undefined) return;
    if (!g.shown) this.p(this.w.withheld, 'notice');
    else draw(g.value);
  }
  /** A guarded value in a cell or a field. */
  cell<T>(g: Guarded<T>, text: (value: T) => string): string {
    return g.shown ? text(g.value) : this.w.withheld;
  }
}
