import {
  advanceCalendar,
  BusyCalendar,
  calendarRulesFor,
  closedDaysFor,
  courtHoursFor,
  federalFloorFor,
  GENERAL_DOCKET,
  JointPlacer,
  type IsoDate,
  type RulePack,
  type ScheduledStep,
} from '@hearth/core';
import { recordAudit, type AuditContext } from '../audit/audit-log.ts';
import type { Queryable } from '../platform/db.ts';
import { scheduleBasis } from './schedule.service.ts';
import { pgArray, TableBuffer } from '../seed/seed-bulk-insert.ts';

/**
 * Advance calendaring of many new petitions at once (a court bringing its filings in, the benchmark):
 * the same pure schedule as `recomputeSchedule`, computed in memory with one read of the judges, the
 * families' judges, the courtrooms and the busy intervals, and written with one bulk insert. The
 * petitions are taken in filing order, each from its own filing day, so every later petition sees the
 * hearings of the earlier ones. New petitions have no professionals or interpreters on them yet, so the
 * judge's and the courtroom's calendars are the whole of what is busy.
 */

export type BatchPetition = {
  caseId: string;
  courtId: string;
  filingDate: IsoDate;
  judgeId: string | null;
  childIds: readonly string[];
  docket?: string;
};

export type BatchSummary = {
  cases: number;
  hearingsPlaced: number;
  late: number;
  familyJudge: number;
  readMs: number;
  computeMs: number;
  writeMs: number;
};

type JudgeRow = { id: string; court_id: string; open_cases: number; courtroom_id: string | null };

async function readJudges(q: Queryable, courtIds: readonly string[]): Promise<JudgeRow[]> {
  return q.query<JudgeRow>(
    `SELECT j.id, j.court_id,
            (SELECT count(*)::int FROM court_case c WHERE c.assigned_judge_id = j.id AND c.status = 'open') AS open_cases,
            COALESCE(
              (SELECT h.courtroom_id FROM hearing h JOIN courtroom r ON r.id = h.courtroom_id AND r.court_id = j.court_id
                WHERE h.judge_id = j.id ORDER BY h.scheduled_start DESC LIMIT 1),
              (SELECT r.id FROM courtroom r WHERE r.court_id = j.court_id ORDER BY r.name, r.id LIMIT 1)) AS courtroom_id
       FROM judge j WHERE j.court_id = ANY($1::uuid[]) AND j.active ORDER BY j.id`,
    [courtIds],
  );
}

/** The family's judge of each child already known: its own cases', or its parents' other cases'. */
async function readFamilyJudges(q: Queryable, childIds: readonly string[]): Promise<Map<string, string>> {
  if (childIds.length === 0) return new Map();
  const rows = await q.query<{ child_id: string; judge_id: string }>(
    `WITH kids AS (SELECT unnest($1::uuid[]) AS child_id),
     family_case AS (
       SELECT k.child_id, cc.case_id FROM kids k JOIN case_child cc ON cc.child_id = k.child_id
       UNION
       SELECT k.child_id, other.case_id FROM kids k JOIN case_child cc ON cc.child_id = k.child_id
         JOIN case_participant par ON par.case_id = cc.case_id AND par.case_role IN ('parent', 'indian_custodian')
         JOIN case_participant other ON other.person_id = par.person_id AND other.case_role IN ('parent', 'indian_custodian')
     )
     SELECT DISTINCT ON (f.child_id) f.child_id, c.assigned_judge_id AS judge_id
       FROM family_case f JOIN court_case c ON c.id = f.case_id JOIN judge j ON j.id = c.assigned_judge_id AND j.active
      ORDER BY f.child_id, (c.status = 'open') DESC, c.filing_date DESC, c.id`,
    [childIds],
  );
  return new Map(rows.map((r) => [r.child_id, r.judge_id]));
}

async function readBusy(
  q: Queryable,
  judgeIds: readonly string[],
  roomIds: readonly string[],
  from: IsoDate,
): Promise<{ judge_id: string | null; courtroom_id: string | null; start: Date; end: Date }[]> {
  return q.query(
    `SELECT judge_id, courtroom_id, scheduled_start AS start, scheduled_end AS end FROM hearing
      WHERE status = 'scheduled' AND scheduled_end > $3::date
        AND (judge_id = ANY($1::uuid[]) OR courtroom_id = ANY($2::uuid[]))`,
    [judgeIds, roomIds, from],
  );
}

const HEARING_COLUMNS = [
  ['jurisdiction_id', 'uuid'],
  ['case_id', 'uuid'],
  ['hearing_type', 'text'],
  ['scheduled_start', 'timestamptz'],
  ['scheduled_end', 'timestamptz'],
  ['judge_id', 'uuid'],
  ['courtroom_id', 'uuid'],
  ['deadline_date', 'date'],
  ['rule_id', 'text'],
  ['explanation', 'text'],
  ['deadline_basis', 'jsonb'],
  ['schedule_step', 'text'],
  ['interpreter_languages', 'text[]'],
  ['proposed', 'bool'],
] as const;

const basisOf = (s: ScheduledStep): string | null => (s.rule ? JSON.stringify(scheduleBasis(s)) : null);

/**
 * Calendars the petitions (cases already opened, with no hearings yet) in one transaction.
 * @param q - a transaction
 */
export async function advanceCalendarBatch(
  q: Queryable,
  args: {
    jurisdictionId: string;
    rulePack: RulePack;
    timeZone: string;
    audit: AuditContext;
    petitions: readonly BatchPetition[];
  },
): Promise<BatchSummary> {
  const t0 = performance.now();
  const petitions = [...args.petitions].sort((a, b) =>
    a.filingDate < b.filingDate ? -1 : a.filingDate > b.filingDate ? 1 : 0,
  );
  const courtIds = [...new Set(petitions.map((p) => p.courtId))];
  const judges = await readJudges(q, courtIds);
  const family = await readFamilyJudges(q, [...new Set(petitions.flatMap((p) => p.childIds))]);
  const first = petitions[0]?.filingDate ?? '1970-01-01';
  const busy = await readBusy(
    q,
    judges.map((j) => j.id),
    [...new Set(judges.flatMap((j) => (j.courtroom_id ? [j.courtroom_id] : [])))],
    first,
  );
  const t1 = performance.now();

  const judgeCal = new Map(judges.map((j) => [j.id, new BusyCalendar()]));
  const roomCal = new Map<string, BusyCalendar>();
  const calendarOfRoom = (id: string): BusyCalendar => {
    let c = roomCal.get(id);
    if (!c) roomCal.set(id, (c = new BusyCalendar()));
    return c;
  };
  for (const b of busy) {
    const i = { start: new Date(b.start).toISOString(), end: new Date(b.end).toISOString() };
    if (b.judge_id) judgeCal.get(b.judge_id)?.book(i);
    if (b.courtroom_id) calendarOfRoom(b.courtroom_id).book(i);
  }
  const load = new Map(judges.map((j) => [j.id, j.open_cases]));
  const room = new Map(judges.map((j) => [j.id, j.courtroom_id]));
  const closed = new Map<string, ReadonlySet<string>>();

  const hearings = new TableBuffer('hearing', HEARING_COLUMNS);
  const assigned: { caseId: string; judgeId: string }[] = [];
  const runs: { caseId: string; placed: number; late: number }[] = [];
  const summary: BatchSummary = {
    cases: 0,
    hearingsPlaced: 0,
    late: 0,
    familyJudge: 0,
    readMs: t1 - t0,
    computeMs: 0,
    writeMs: 0,
  };
  for (const p of petitions) {
    const fam = p.childIds.map((id) => family.get(id)).find((j) => j !== undefined);
    const judgeId =
      p.judgeId ??
      fam ??
      judges
        .filter((j) => j.court_id === p.courtId)
        .reduce<string | null>(
          (best, j) => (best === null || load.get(j.id)! < load.get(best)! ? j.id : best),
          null,
        );
    if (!p.judgeId && fam) summary.familyJudge += 1;
    if (judgeId) {
      load.set(judgeId, (load.get(judgeId) ?? 0) + 1);
      if (judgeId !== p.judgeId) assigned.push({ caseId: p.caseId, judgeId });
    }
    const roomId = judgeId ? (room.get(judgeId) ?? null) : null;
    const pack = calendarRulesFor(args.rulePack.jurisdiction, p.filingDate);
    const docket = p.docket ?? GENERAL_DOCKET;
    const year = Number(p.filingDate.slice(0, 4));
    const key = `${pack.id}:${docket}:${year}`;
    let closedDays = closed.get(key);
    if (!closedDays) closed.set(key, (closedDays = closedDaysFor(pack, docket, year - 1, year + 4)));
    const calendars = [judgeId ? judgeCal.get(judgeId) : null, roomId ? calendarOfRoom(roomId) : null].filter(
      (c): c is BusyCalendar => !!c,
    );
    const result = advanceCalendar(
      {
        filingDate: p.filingDate,
        serviceDate: null,
        removalDate: null,
        adjudicationDate: null,
        noReasonableEffortsDate: null,
        endedOn: null,
        endedHow: null,
        hearings: [],
      },
      {
        pack,
        floor: federalFloorFor(p.filingDate),
        enteredCareDaysAfterRemoval: args.rulePack.enteredCareDaysAfterRemoval.value,
        today: p.filingDate,
        hours: courtHoursFor(pack, args.timeZone, docket),
        closedDays,
        placer: new JointPlacer(calendars),
      },
    );
    const run = { caseId: p.caseId, placed: 0, late: 0 };
    runs.push(run);
    for (const s of result.steps) {
      if (s.status !== 'proposed' || !s.slot) continue;
      run.placed += 1;
      if (s.late) run.late += 1;
      hearings.add(
        args.jurisdictionId,
        p.caseId,
        s.hearingType,
        s.slot.start,
        s.slot.end,
        judgeId,
        roomId,
        s.deadline,
        s.rule?.id ?? null,
        s.explanation,
        basisOf(s),
        s.key,
        pgArray([]),
        true,
      );
      summary.hearingsPlaced += 1;
      if (s.late) summary.late += 1;
    }
    summary.cases += 1;
  }
  const t2 = performance.now();
  summary.computeMs = t2 - t1;

  await hearings.flush(q);
  if (assigned.length > 0)
    await q.query(
      `UPDATE court_case c SET assigned_judge_id = a.judge_id
         FROM unnest($1::uuid[], $2::uuid[]) AS a(case_id, judge_id) WHERE c.id = a.case_id`,
      [assigned.map((a) => a.caseId), assigned.map((a) => a.judgeId)],
    );
  await q.query(
    `INSERT INTO case_schedule_run (jurisdiction_id, case_id, reason, rule_pack_id, placed, late)
     SELECT $1, case_id, 'petition_filed', $3, placed, late
       FROM unnest($2::uuid[], $4::int[], $5::int[]) AS u(case_id, placed, late)`,
    [
      args.jurisdictionId,
      runs.map((r) => r.caseId),
      calendarRulesFor(args.rulePack.jurisdiction, first).id,
      runs.map((r) => r.placed),
      runs.map((r) => r.late),
    ],
  );
  await recordAudit(q, args.audit, {
    action: 'schedule.computed',
    entityType: 'court_case',
    entityId: null,
    data: {
      reason: 'petition_filed',
      batch: true,
      caseIds: petitions.map((p) => p.caseId),
      placed: summary.hearingsPlaced,
      late: summary.late,
    },
  });
  summary.writeMs = performance.now() - t2;
  return summary;
}
