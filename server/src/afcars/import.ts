/**
 * `hearth afcars import`: AFCARS 2020 out-of-home-care XML files into a CQI interchange folder
 * (shared/reference/cqi-interchange.md): children.csv, removals.csv, placements.csv and visits.csv.
 * AFCARS has no maltreatment reports, so there is no maltreatment.csv (an absent file is empty).
 *
 * Each file is read as a stream and each record checked (core/src/afcars/validate.ts) and converted on its
 * own, so time is linear in the file and memory is one record. Rows go to `*.csv.tmp` files, renamed into
 * place only when every input was read without an error; with errors nothing is written, unless
 * `skipInvalid`, which leaves out each record (or file) with a problem and lists why.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AFCARS_2020,
  AFCARS_INTERCHANGE_FILES,
  afcarsRecordToInterchange,
  afcarsReportPeriod,
  checkAfcarsRecord,
  REMOVAL_1993_EXIT_EDITOR,
  type AfcarsCell,
  type AfcarsInterchangeFile,
  type AfcarsRecord,
  type Removal1993Coding,
} from '@hearth/core';
import { openCsvFile, type CsvFileWriter } from '../export/csv.ts';
import { parsePiece, pieceText, readRecord, rootNamespace, XmlSyntaxError } from './afcars-xml.ts';
import { splitXml, XmlStructureError } from './xml-stream.ts';

export type AfcarsImportOptions = {
  /** Files, or folders whose `*.xml` files are read (in name order). */
  inputs: readonly string[];
  outDir: string;
  /** `YYYY-MM-DD`: no date in the files may be after it. */
  today: string;
  skipInvalid?: boolean;
  removal1993?: Removal1993Coding;
  /** Errors reported before the import stops looking (50, as hearth cqi). */
  maxErrors?: number;
};

/** One problem: the file, the line, the element (E153 …) and the record (its E4), when known. */
export type AfcarsImportProblem = {
  file: string;
  line: number | null;
  element: string | null;
  record: string | null;
  message: string;
};

export type AfcarsImportResult = {
  ok: boolean;
  files: number;
  /** Records converted. */
  records: number;
  /** Records left out with --skip-invalid (a file whose header is bad counts as none read). */
  skippedRecords: number;
  rows: Record<AfcarsInterchangeFile, number>;
  errors: AfcarsImportProblem[];
  skipped: AfcarsImportProblem[];
};

/** `FILE line N, E153 (record X): message`, the line hearth prints after `error: ` or `skipped: `. */
export function formatAfcarsProblem(p: AfcarsImportProblem): string {
  const where = [p.line === null ? p.file : `${p.file} line ${p.line}`, p.element].filter(Boolean).join(', ');
  return `${where}${p.record === null ? '' : ` (record ${p.record})`}: ${p.message}`;
}

const FILES = Object.keys(AFCARS_INTERCHANGE_FILES) as AfcarsInterchangeFile[];
const TMP = '.tmp';
/** Rows buffered per file before a write. */
const FLUSH_ROWS = 2000;

/** The XML files named by the inputs: a file as it is, a folder's `*.xml` files in name order. */
export async function afcarsInputFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw new Error(`--in ${input}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.toLowerCase().endsWith('.xml')).sort();
      if (names.length === 0) throw new Error(`--in ${input}: the folder holds no .xml file`);
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

class StopImport extends Error {}

export async function importAfcars(opts: AfcarsImportOptions): Promise<AfcarsImportResult> {
  const maxErrors = opts.maxErrors ?? 50;
  const coding = opts.removal1993 ?? REMOVAL_1993_EXIT_EDITOR;
  const files = await afcarsInputFiles(opts.inputs);
  await mkdir(opts.outDir, { recursive: true });
  // A maltreatment.csv from another source would be read with these children as if it were theirs.
  if (await stat(join(opts.outDir, 'maltreatment.csv')).catch(() => null))
    throw new Error(
      `--out ${opts.outDir} holds a maltreatment.csv, which AFCARS has no data to replace; choose an empty folder`,
    );

  const result: AfcarsImportResult = {
    ok: false,
    files: files.length,
    records: 0,
    skippedRecords: 0,
    rows: { 'children.csv': 0, 'removals.csv': 0, 'placements.csv': 0, 'visits.csv': 0 },
    errors: [],
    skipped: [],
  };
  const writers = new Map<AfcarsInterchangeFile, CsvFileWriter>();
  const pending = new Map<AfcarsInterchangeFile, (string | null)[][]>(FILES.map((f) => [f, []]));
  const tmpPath = (f: AfcarsInterchangeFile): string => join(opts.outDir, f + TMP);
  /** Where each child record number was first seen, for the repeated-E4 check. */
  const seen = new Map<string, string>();

  const flush = async (all: boolean): Promise<void> => {
    for (const f of FILES) {
      const rows = pending.get(f) as (string | null)[][];
      if (rows.length === 0 || (!all && rows.length < FLUSH_ROWS)) continue;
      await writers.get(f)?.writeRows(rows);
      pending.set(f, []);
    }
  };

  /** Records a problem; stops the import when the error list is full. */
  const problem = (p: AfcarsImportProblem): void => {
    if (opts.skipInvalid) {
      result.skipped.push(p);
      return;
    }
    result.errors.push(p);
    if (result.errors.length >= maxErrors) throw new StopImport();
  };

  const readFile = async (file: string): Promise<void> => {
    let periodEnd: string | null = null;
    let header: { E1: AfcarsCell | null; E2: AfcarsCell | null } = { E1: null, E2: null };
    let headerChecked = false;
    let rootLine = 1;
    const fileProblem = (line: number | null, element: string | null, message: string): void =>
      problem({ file, line, element, record: null, message });

    /** E1 and E2 once the first record (or the end) comes: a bad header leaves the whole file out. */
    const checkHeader = (line: number): boolean => {
      headerChecked = true;
      let ok = true;
      const e1 = header.E1?.text ?? null;
      if (e1 === null) {
        fileProblem(header.E1?.line ?? line, 'E1', 'the title IV-E agency is missing');
        ok = false;
      } else if (!/^\d{2,3}$/.test(e1)) {
        fileProblem(
          header.E1?.line ?? line,
          'E1',
          `the title IV-E agency "${e1}" is not a 2-digit state or 3-digit tribal code`,
        );
        ok = false;
      }
      const e2 = header.E2?.text ?? null;
      const period = e2 === null ? null : afcarsReportPeriod(e2);
      if (e2 === null) {
        fileProblem(header.E2?.line ?? line, 'E2', 'the reporting period is missing');
        ok = false;
      } else if (period === null) {
        fileProblem(header.E2?.line ?? line, 'E2', `the reporting period "${e2}" is not YYYY03 or YYYY09`);
        ok = false;
      } else if (period.end < AFCARS_2020.effectiveFrom.value) {
        fileProblem(
          header.E2?.line ?? line,
          'E2',
          `the reporting period ${period.code} ends before ${AFCARS_2020.effectiveFrom.value}, when the 2020 rule took effect`,
        );
        ok = false;
      }
      periodEnd = ok && period ? period.end : null;
      return ok;
    };

    const stream = createReadStream(file, { encoding: 'utf8' });
    try {
      for await (const piece of splitXml(stream)) {
        if (piece.kind === 'root') {
          rootLine = piece.line;
          const { local, uri } = rootNamespace(piece.tag);
          if (local !== 'data' || uri !== AFCARS_2020.namespace) {
            fileProblem(
              piece.line,
              null,
              `the root element is not acf:data in the namespace ${AFCARS_2020.namespace} (found <${/^<([^\s/>]+)/.exec(piece.tag)?.[1] ?? ''}>${uri === null ? ' with no namespace' : ` in ${uri}`})`,
            );
            return;
          }
          continue;
        }
        if (piece.parent === 'root') {
          if (piece.name !== 'E1_title_iv_agency' && piece.name !== 'E2_report_date') continue;
          let el;
          try {
            el = parsePiece(piece.xml, piece.line);
          } catch (err) {
            if (!(err instanceof XmlSyntaxError)) throw err;
            fileProblem(err.line, null, err.message);
            return;
          }
          header = { ...header, [piece.name === 'E1_title_iv_agency' ? 'E1' : 'E2']: pieceText(el) };
          continue;
        }
        if (piece.name !== 'record') continue;
        if (!headerChecked && !checkHeader(piece.line)) return;
        if (periodEnd === null) return;
        await readOne(file, piece.xml, piece.line, periodEnd);
      }
      if (!headerChecked) checkHeader(rootLine);
    } catch (err) {
      if (err instanceof XmlStructureError)
        fileProblem(err.line, null, `not well-formed XML: ${err.message}`);
      else throw err;
    } finally {
      stream.destroy();
    }
  };

  const readOne = async (file: string, xml: string, line: number, periodEnd: string): Promise<void> => {
    let rec: AfcarsRecord;
    try {
      rec = readRecord(parsePiece(xml, line));
    } catch (err) {
      if (!(err instanceof XmlSyntaxError)) throw err;
      problem({ file, line: err.line, element: null, record: null, message: err.message });
      result.skippedRecords += 1;
      return;
    }
    const id = rec.E4.text;
    const issues = checkAfcarsRecord(rec, { periodEnd, today: opts.today, removal1993: coding });
    // A record left out does not hold its number: only records written can be repeated.
    const first = id === null ? undefined : seen.get(id);
    if (first !== undefined)
      issues.unshift({
        element: 'E4',
        line: rec.E4.line,
        message: `the child record number ${id} appears again (first in ${first})`,
      });
    else if (id !== null && issues.length === 0) seen.set(id, `${file} line ${rec.E4.line ?? line}`);
    // In the order of the file, so the list reads top to bottom.
    issues.sort((a, b) => (a.line ?? line) - (b.line ?? line));
    for (const issue of issues)
      problem({ file, line: issue.line ?? line, element: issue.element, record: id, message: issue.message });
    if (issues.length > 0) {
      result.skippedRecords += 1;
      return;
    }
    result.records += 1;
    if (result.errors.length > 0) return; // nothing will be written
    const rows = afcarsRecordToInterchange(rec, { removal1993: coding });
    for (const f of FILES) {
      (pending.get(f) as (string | null)[][]).push(...rows[f]);
      result.rows[f] += rows[f].length;
    }
    await flush(false);
  };

  try {
    for (const f of FILES) writers.set(f, await openCsvFile(tmpPath(f), AFCARS_INTERCHANGE_FILES[f]));
    try {
      for (const file of files) await readFile(file);
    } catch (err) {
      if (!(err instanceof StopImport)) throw err;
    }
    if (result.errors.length > 0) {
      if (!opts.skipInvalid) result.skippedRecords = 0;
      await abort();
      return result;
    }
    await flush(true);
    for (const f of FILES) await writers.get(f)?.close();
    writers.clear();
    for (const f of FILES) await rename(tmpPath(f), join(opts.outDir, f));
    result.ok = true;
    return result;
  } catch (err) {
    await abort();
    throw err;
  }

  async function abort(): Promise<void> {
    for (const w of writers.values()) await w.abort();
    writers.clear();
    await Promise.all(FILES.map((f) => rm(tmpPath(f), { force: true }).catch(() => undefined)));
  }
}
