import {
  DISCHARGE_REASONS,
  MALTREATMENT_DISPOSITIONS,
  PLACEMENT_SETTINGS,
  VISIT_LOCATIONS,
  type CqiExclusion,
  type CqiPeriod,
  type IndicatorTotals,
} from '@hearth/core';
import { CsvScanner, DEFAULT_CHUNK, fileSource } from './csv-reader.ts';
import { BAD_DATE, CodeTable, NO_DATE, formatDay, parseDay } from './fields.ts';
import { type CqiIssue, IssueLog, shown } from './issues.ts';
import { checkEpisodes, episodeText } from './episode-checks.ts';
import { computeShard } from './shard-compute.ts';
import { KEPT, ShardRows, SKIPPED, UNUSABLE } from './shard-rows.ts';
import { CHILDREN, type FileLayout, MALTREATMENT, PLACEMENTS, REMOVALS, VISITS } from './schema.ts';

/**
 * One shard of a `hearth cqi` run: the rows of the children whose child_id hashes to this shard, read from
 * every file of the folder, validated (cqi-interchange.md, Clarifications "Validation") and computed.
 * Every check of the contract is about one child's rows, so shards are independent: a shard never needs
 * another shard's rows, and W shards read in W threads give the same result as one.
 *
 * Rows are kept in typed-array columns (see columns.ts) and turned into the engine's CqiChild one child
 * at a time, just before childContributions.
 */

export type ShardJob = {
  layouts: readonly FileLayout[];
  shard: number;
  shards: number;
  skipInvalid: boolean;
  period: CqiPeriod;
  chunkSize?: number;
};

export type ShardResult = {
  /** null when the shard found errors (nothing is computed from a folder that fails validation). */
  totals: IndicatorTotals | null;
  exclusions: CqiExclusion[];
  errors: CqiIssue[];
  skipped: CqiIssue[];
  latest: number | null;
  children: number;
};

const SETTINGS = new CodeTable(PLACEMENT_SETTINGS);
const REASONS = new CodeTable(DISCHARGE_REASONS);
const DISPOSITIONS = new CodeTable(MALTREATMENT_DISPOSITIONS);
const LOCATIONS = new CodeTable(VISIT_LOCATIONS);
const FACE_TO_FACE = new CodeTable(['true', 'false']);

class ShardReader {
  readonly rows = new ShardRows();
  readonly log: IssueLog;
  private sc!: CsvScanner;
  private lastChild = -1;
  private file = 0;
  private key = 0;

  constructor(private readonly job: ShardJob) {
    this.log = new IssueLog(job.skipInvalid);
  }

  /** Opens a file of the folder (false when it is absent) and reads past its header. */
  private open(layout: FileLayout): boolean {
    if (!layout.path) return false;
    this.sc = new CsvScanner(fileSource(layout.path), this.job.chunkSize ?? DEFAULT_CHUNK, layout.width);
    this.file = layout.file;
    this.key = layout.columns.child_id!;
    this.lastChild = -1;
    this.sc.nextRecord();
    return true;
  }

  /** Moves to the next row of this shard (the child_id decides), split into fields. */
  private next(): boolean {
    const sc = this.sc;
    const { shard, shards } = this.job;
    while (sc.nextRecord()) {
      if (shards > 1 && sc.shardOf(this.key, shards) !== shard) continue;
      sc.split();
      this.log.row(this.file, sc.line);
      return true;
    }
    return false;
  }

  /** Whether cell `col` is empty; reported when `name` (a required column) is given. */
  private isEmpty(col: number, name?: string): boolean {
    if (this.sc.length(col) > 0) return false;
    if (name !== undefined) this.log.fail(name, 'required value is missing');
    return true;
  }

  /** A date cell: its day number, NO_DATE when empty, BAD_DATE (reported) when malformed or missing. */
  private date(col: number, name: string, isRequired: boolean): number {
    const sc = this.sc;
    if (this.isEmpty(col, isRequired ? name : undefined)) return isRequired ? BAD_DATE : NO_DATE;
    const day = parseDay(sc.buf, sc.fieldStart[col]!, sc.fieldEnd[col]!);
    if (day === BAD_DATE) this.log.fail(name, `${shown(sc.text(col))} is not a date (YYYY-MM-DD)`);
    return day;
  }

  /** A code cell: its index in the list, −1 when empty (reported if required), −2 (reported) when unknown. */
  private code(col: number, name: string, table: CodeTable, isRequired: boolean, emptyNote = ''): number {
    const sc = this.sc;
    if (this.isEmpty(col, isRequired ? name : undefined)) return -1;
    const found = table.find(sc.buf, sc.fieldStart[col]!, sc.fieldEnd[col]!);
    if (found >= 0) return found;
    const codes = table.codes.join(', ');
    this.log.fail(name, `unknown ${name} ${shown(sc.text(col))} (one of: ${codes}${emptyNote})`);
    return -2;
  }

  /** The row's child (its index in this shard), or −1 (reported) when absent from children.csv. */
  private child(col: number): number {
    const sc = this.sc;
    if (this.isEmpty(col, 'child_id')) return -1;
    const r = this.rows;
    const s = sc.fieldStart[col]!;
    const e = sc.fieldEnd[col]!;
    // Files usually list a child's rows together, in the order of children.csv: the previous row's child
    // and the one after it are checked before the hash table.
    const keys = r.children.keys;
    let c = this.lastChild;
    if (c < 0 || !keys.equals(c, sc.buf, s, e)) {
      c++;
      if (c >= keys.size || !keys.equals(c, sc.buf, s, e)) c = r.children.find(sc.buf, s, e);
    }
    if (c < 0) {
      this.log.fail('child_id', `child_id ${shown(sc.text(col))} is not in children.csv`);
      return -1;
    }
    this.lastChild = c;
    if (r.childState.data[c] === SKIPPED)
      this.log.fail('child_id', `its child (children.csv line ${r.childLine.data[c]}) was skipped`);
    return c;
  }

  /** A label (sex, race_ethnicity, county): its id among the shard's labels, −1 when empty. */
  private label(col: number): number {
    const sc = this.sc;
    return sc.length(col) === 0
      ? -1
      : this.rows.labels.internFew(sc.buf, sc.fieldStart[col]!, sc.fieldEnd[col]!);
  }

  readChildren(layout: FileLayout): void {
    const r = this.rows;
    const {
      child_id: cId,
      birth_date: cBirth,
      sex: cSex,
      race_ethnicity: cRace,
      county: cCounty,
    } = layout.columns as Record<string, number>;
    if (!this.open(layout)) return;
    try {
      while (this.next()) {
        const sc = this.sc;
        const hasId = !this.isEmpty(cId!, 'child_id');
        const first = hasId ? r.children.find(sc.buf, sc.fieldStart[cId!]!, sc.fieldEnd[cId!]!) : -1;
        if (first >= 0)
          this.log.fail(
            'child_id',
            `child_id ${shown(sc.text(cId!))} is repeated (first on line ${r.childLine.data[first]})`,
          );
        const birth = this.date(cBirth!, 'birth_date', true);
        if (!hasId || first >= 0) continue;
        r.children.add(sc.buf, sc.fieldStart[cId!]!, sc.fieldEnd[cId!]!);
        r.birth.push(birth);
        r.sex.push(this.label(cSex!));
        r.race.push(this.label(cRace!));
        r.county.push(this.label(cCounty!));
        r.childLine.push(sc.line);
        r.childState.push(this.log.rowBad ? (this.job.skipInvalid ? SKIPPED : UNUSABLE) : KEPT);
      }
    } finally {
      this.sc.close();
    }
  }

  readRemovals(layout: FileLayout): void {
    const r = this.rows;
    const c = layout.columns as Record<string, number>;
    const [cChild, cId, cRemoval, cDischarge, cReason, cAdj] = [
      c.child_id!,
      c.removal_id!,
      c.removal_date!,
      c.discharge_date!,
      c.discharge_reason!,
      c.adjudication_date!,
    ];
    if (!this.open(layout)) return;
    try {
      while (this.next()) {
        const sc = this.sc;
        const child = this.child(cChild);
        const hasId = !this.isEmpty(cId, 'removal_id');
        const removal = this.date(cRemoval, 'removal_date', true);
        const discharge = this.date(cDischarge, 'discharge_date', false);
        // A discharge_reason on an open episode is ignored (Clarifications, "Validation").
        const reason = discharge === NO_DATE ? -1 : this.code(cReason, 'discharge_reason', REASONS, false);
        const adjudication = this.date(cAdj, 'adjudication_date', false);
        const datesOk = removal !== BAD_DATE && discharge !== BAD_DATE;
        const before = datesOk && discharge !== NO_DATE && discharge < removal;
        if (before)
          this.log.fail(
            'discharge_date',
            `discharge_date ${formatDay(discharge)} is before removal_date ${formatDay(removal)}`,
          );
        if (child < 0 || !hasId) continue;
        r.rChild.push(child);
        r.rId.push(sc.buf, sc.fieldStart[cId]!, sc.fieldEnd[cId]!);
        r.rRemoval.push(removal);
        r.rDischarge.push(discharge);
        r.rReason.push(reason);
        r.rAdjudication.push(adjudication);
        r.rLine.push(sc.line);
        r.rState.push(
          this.log.rowBad && this.job.skipInvalid ? SKIPPED : datesOk && !before ? KEPT : UNUSABLE,
        );
      }
    } finally {
      this.sc.close();
    }
  }

  /** The removal a placement names: the child's first row with that removal_id that was not skipped. */
  private removalOf(child: number, col: number): number {
    const r = this.rows;
    const sc = this.sc;
    const s = sc.fieldStart[col]!;
    const e = sc.fieldEnd[col]!;
    const { start, order } = r.rByChild;
    let skipped = -1;
    for (let k = start[child]!; k < start[child + 1]!; k++) {
      const i = order[k]!;
      if (!r.rId.equals(i, sc.buf, s, e)) continue;
      if (r.rState.data[i] !== SKIPPED) return i;
      if (skipped < 0) skipped = i;
    }
    return skipped;
  }

  readPlacements(layout: FileLayout): void {
    const r = this.rows;
    const c = layout.columns as Record<string, number>;
    const [cChild, cId, cStart, cEnd, cSetting, cProvider] = [
      c.child_id!,
      c.removal_id!,
      c.start_date!,
      c.end_date!,
      c.setting!,
      c.provider_id!,
    ];
    if (!this.open(layout)) return;
    try {
      while (this.next()) {
        const sc = this.sc;
        const child = this.child(cChild);
        const hasId = !this.isEmpty(cId, 'removal_id');
        const start = this.date(cStart, 'start_date', true);
        const end = this.date(cEnd, 'end_date', false);
        const setting = this.code(cSetting, 'setting', SETTINGS, true);
        if (start !== BAD_DATE && end !== BAD_DATE && end !== NO_DATE && end < start)
          this.log.fail('end_date', `end_date ${formatDay(end)} is before start_date ${formatDay(start)}`);
        if (child < 0 || !hasId) continue;
        const removal = this.removalOf(child, cId);
        if (removal < 0) {
          const ids = `${shown(sc.text(cId))} of child_id ${shown(r.childId(child))}`;
          this.log.fail('removal_id', `no removal ${ids} in removals.csv`);
          continue;
        }
        const state = r.rState.data[removal];
        if (state === SKIPPED)
          this.log.fail('removal_id', `its removal (removals.csv line ${r.rLine.data[removal]}) was skipped`);
        else if (state === KEPT && start !== BAD_DATE && end !== BAD_DATE)
          this.checkInside(removal, start, end);
        if (this.log.rowBad) continue;
        r.pRemoval.push(removal);
        r.pStart.push(start);
        r.pEnd.push(end);
        r.pSetting.push(setting);
        const hasProvider = sc.length(cProvider) > 0;
        r.pProvider.push(
          hasProvider ? r.providers.intern(sc.buf, sc.fieldStart[cProvider]!, sc.fieldEnd[cProvider]!) : -1,
        );
      }
    } finally {
      this.sc.close();
    }
  }

  /** Inside its episode: removal ≤ start < discharge, and end ≤ discharge (Clarifications, "Episodes"). */
  private checkInside(removal: number, start: number, end: number): void {
    const r = this.rows;
    const from = r.rRemoval.data[removal]!;
    const to = r.rDischarge.data[removal]!;
    const open = to === NO_DATE;
    const line = `removals.csv line ${r.rLine.data[removal]}`;
    if (start < from || (!open && start >= to)) {
      this.log.fail(
        'start_date',
        `placement start_date ${formatDay(start)} is outside its episode (${line}: ${episodeText(from, to)})`,
      );
    } else if (!open && end !== NO_DATE && end > to) {
      this.log.fail(
        'end_date',
        `placement end_date ${formatDay(end)} is after its episode's discharge_date ${formatDay(to)} (${line})`,
      );
    }
  }

  readReports(layout: FileLayout): void {
    const r = this.rows;
    const c = layout.columns as Record<string, number>;
    const [cChild, cId, cDate, cIncident, cDisposition] = [
      c.child_id!,
      c.report_id!,
      c.report_date!,
      c.incident_date!,
      c.disposition!,
    ];
    if (!this.open(layout)) return;
    try {
      while (this.next()) {
        const sc = this.sc;
        const child = this.child(cChild);
        const hasId = !this.isEmpty(cId, 'report_id');
        const date = this.date(cDate, 'report_date', true);
        const incident = this.date(cIncident, 'incident_date', false);
        const disposition = this.code(cDisposition, 'disposition', DISPOSITIONS, true);
        if (child < 0 || !hasId || this.log.rowBad) continue;
        r.mChild.push(child);
        r.mId.push(sc.buf, sc.fieldStart[cId]!, sc.fieldEnd[cId]!);
        r.mDate.push(date);
        r.mIncident.push(incident);
        r.mDisposition.push(disposition);
      }
    } finally {
      this.sc.close();
    }
  }

  readVisits(layout: FileLayout): void {
    const r = this.rows;
    const c = layout.columns as Record<string, number>;
    const [cChild, cDate, cLocation, cF2f] = [c.child_id!, c.visit_date!, c.location!, c.face_to_face!];
    if (!this.open(layout)) return;
    try {
      while (this.next()) {
        const child = this.child(cChild);
        const date = this.date(cDate, 'visit_date', true);
        const location = this.code(cLocation, 'location', LOCATIONS, true);
        // face_to_face: empty means true (cqi-interchange.md, "Code values").
        const f2f = this.code(cF2f, 'face_to_face', FACE_TO_FACE, false, ', or empty');
        if (child < 0 || this.log.rowBad) continue;
        r.vChild.push(child);
        r.vDate.push(date);
        r.vFlags.push((location === 0 ? 1 : 0) | (f2f === 1 ? 0 : 2));
      }
    } finally {
      this.sc.close();
    }
  }
}

/** Reads, validates and (when valid, or with --skip-invalid) computes one shard. */
export function runShard(job: ShardJob): ShardResult {
  const reader = new ShardReader(job);
  const { log } = reader;
  const layouts = job.layouts;
  const steps: [number, (layout: FileLayout) => void][] = [
    [CHILDREN, (l) => reader.readChildren(l)],
    [REMOVALS, (l) => (reader.readRemovals(l), checkEpisodes(reader.rows, log))],
    [PLACEMENTS, (l) => reader.readPlacements(l)],
    [MALTREATMENT, (l) => reader.readReports(l)],
    [VISITS, (l) => reader.readVisits(l)],
  ];
  for (const [file, step] of steps) {
    // Once earlier files hold 50 errors, later rows cannot enter the report: stop reading.
    if (log.isFullBefore(file)) break;
    step(layouts[file]!);
  }
  const errors = log.trim();
  const base = { errors, skipped: log.skipped, children: reader.rows.childCount };
  if (errors.length > 0) return { ...base, totals: null, exclusions: [], latest: null };
  return { ...base, ...computeShard(reader.rows, job.period) };
}
