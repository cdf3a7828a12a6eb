/**
 * Validation errors and skipped rows of `hearth cqi` (cqi-interchange.md, Clarifications "Validation"):
 * one line each, `error: FILE line N, column COL: message`, line 1 being the header. Up to 50 errors are
 * reported, first by file (children, removals, placements, maltreatment, visits), then by line.
 */

export const CQI_FILE_NAMES = [
  'children.csv',
  'removals.csv',
  'placements.csv',
  'maltreatment.csv',
  'visits.csv',
] as const;

/** `line` 0 with an empty column is about the whole file (a required file that is missing). */
export type CqiIssue = { file: string; line: number; column: string; message: string };

export const MAX_ERRORS = 50;

export function issue(file: number, line: number, column: string, message: string): CqiIssue {
  return { file: CQI_FILE_NAMES[file] ?? String(file), line, column, message };
}

function where(i: CqiIssue): string {
  return i.line === 0 ? i.file : `${i.file} line ${i.line}, column ${i.column}`;
}

export function formatError(i: CqiIssue): string {
  return `error: ${where(i)}: ${i.message}`;
}

export function formatSkipped(i: CqiIssue): string {
  return `skipped: ${where(i)}: ${i.message}`;
}

const FILE_ORDER = new Map<string, number>(CQI_FILE_NAMES.map((f, i) => [f, i]));

/** File order, then line; ties keep the order found (Array.prototype.sort is stable). */
export function compareIssues(a: CqiIssue, b: CqiIssue): number {
  return (FILE_ORDER.get(a.file) ?? 9) - (FILE_ORDER.get(b.file) ?? 9) || a.line - b.line;
}

/** A cell value quoted for a message, cut short when long. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/**
 * Errors and skipped rows of one shard. Errors are kept to the first MAX_ERRORS in report order (sorted
 * and cut whenever the list grows long, so a folder of bad rows does not fill memory); every skipped row
 * is kept, because each one is listed.
 */
export class IssueLog {
  errors: CqiIssue[] = [];
  readonly skipped: CqiIssue[] = [];
  /** The current row has failed a check (with --skip-invalid it is listed once, with its first reason). */
  rowBad = false;
  private file = 0;
  private line = 0;

  constructor(readonly skipInvalid: boolean) {}

  /** Starts checking a row. */
  row(file: number, line: number): void {
    this.file = file;
    this.line = line;
    this.rowBad = false;
  }

  /** The current row fails a check on `column`. */
  fail(column: string, message: string): void {
    this.report(this.file, this.line, column, message);
    this.rowBad = true;
  }

  /** A row other than the current one fails (checks across rows: overlaps, repeated keys). */
  failAt(file: number, line: number, column: string, message: string): void {
    this.report(file, line, column, message);
  }

  private report(file: number, line: number, column: string, message: string): void {
    if (this.skipInvalid) {
      if (!(this.rowBad && file === this.file && line === this.line))
        this.skipped.push(issue(file, line, column, message));
      return;
    }
    this.errors.push(issue(file, line, column, message));
    if (this.errors.length >= 4 * MAX_ERRORS) this.trim();
  }

  /** Sorts the errors into report order and keeps the first MAX_ERRORS. */
  trim(): CqiIssue[] {
    this.errors.sort(compareIssues);
    if (this.errors.length > MAX_ERRORS) this.errors = this.errors.slice(0, MAX_ERRORS);
    return this.errors;
  }

  /** Errors in earlier files already fill the report: reading `file` could not change it. */
  isFullBefore(file: number): boolean {
    if (this.skipInvalid || this.trim().length < MAX_ERRORS) return false;
    return (FILE_ORDER.get(this.errors[MAX_ERRORS - 1]!.file) ?? 9) < file;
  }
}
