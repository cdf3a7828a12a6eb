import {
  busyIntervals,
  CONFLICT_PROFESSIONAL_ROLES,
  findConflicts as conflictsAmong,
  isProfessionalRole,
  ONE_INTERPRETER_PER_LANGUAGE,
  type BookedHearing,
  type Conflict,
  type HearingResources,
  type Interval,
  type InterpreterSettings,
  type Professional,
  type ProfessionalRole,
} from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

/**
 * The SQL of double-bookings: the scheduled hearings that overlap a time and share its judge, its
 * courtroom, a professional of its case (the same person or account as attorney, guardian ad litem,
 * CASA volunteer, caseworker or interpreter on both cases), or an interpreter language of the same court.
 * Which of them really conflict is decided by the pure rules in core/src/calendar/conflicts.ts, so the
 * check here and the free slots offered instead can never disagree.
 *
 * These queries read other cases than the caller's on purpose (a judge must see that the GAL is in
 * another courtroom): they return only times, hearing types and petition numbers, never a child's name.
 */

/** A hearing set or moved: its time and the resources it will use. */
export type ConflictProposal = {
  caseId: string;
  courtId: string;
  /** The hearing being moved or continued, never its own conflict; null for a new one. */
  hearingId: string | null;
  start: string;
  end: string;
  judgeId: string | null;
  courtroomId: string | null;
  /** Languages the hearing itself was set with interpreters for (besides those its people need). */
  interpreterLanguages?: readonly string[];
  interpreters?: InterpreterSettings;
};

/** A conflict as the API says it: what is taken, by which hearing (time, type and petition number). */
export type ConflictDetail = {
  resource: {
    kind: Conflict['resource']['kind'];
    /** The judge's, courtroom's or professional's name; the language for an interpreter. */
    name: string;
    role: ProfessionalRole | null;
    language: string | null;
    interpreters: number | null;
  };
  hearing: {
    id: string;
    caseId: string;
    petitionNumber: string;
    hearingType: string;
    start: string;
    end: string;
  };
};

type BookedRow = {
  id: string;
  case_id: string;
  petition_number: string;
  hearing_type: string;
  scheduled_start: Date;
  scheduled_end: Date;
  judge_id: string | null;
  courtroom_id: string | null;
  court_id: string;
  professionals: { personId: string; accountId: string | null; role: string }[];
  languages: string[];
};

type Booked = BookedHearing & { caseId: string; petitionNumber: string; hearingType: string };

const ROLES = [...CONFLICT_PROFESSIONAL_ROLES];

/**
 * A scheduled hearing overlapping [$1, $2) (no end: $2 null), other than $3. Each branch below reads an
 * (owner, start) index; the lower bound on the start lets it: hearings are set within court hours, so
 * none runs a week.
 */
const IN_WINDOW = `h.status = 'scheduled' AND h.scheduled_end > $1::timestamptz
  AND h.scheduled_start >= $1::timestamptz - interval '7 days'
  AND ($2::timestamptz IS NULL OR h.scheduled_start < $2::timestamptz)
  AND ($3::uuid IS NULL OR h.id <> $3::uuid)`;

/**
 * The scheduled hearings in [from, until) that use any of the given resources, each with its own
 * resources. One statement: the judge's and the room's hearings by their (id, start) indexes, the
 * professionals' through their other cases, and the same court's hearings needing the languages (its
 * people needing an interpreter, or the hearing set with one).
 */
async function loadBooked(
  q: Queryable,
  w: {
    judgeId: string | null;
    courtroomId: string | null;
    personIds: readonly string[];
    accountIds: readonly string[];
    interpreter: { courtId: string; languages: readonly string[] } | null;
    from: string;
    until: string | null;
    excludeHearingId: string | null;
  },
): Promise<Booked[]> {
  const rows = await q.query<BookedRow>(
    `WITH cases AS (
       SELECT cp.case_id FROM case_participant cp
        WHERE cp.person_id = ANY($6::uuid[]) AND cp.case_role = ANY($8::text[])
       UNION SELECT cp.case_id FROM case_participant cp
        WHERE cp.account_id = ANY($7::uuid[]) AND cp.case_role = ANY($8::text[])
       UNION SELECT lp.case_id FROM person lpe
         JOIN case_participant lp ON lp.person_id = lpe.id AND lp.case_role <> ALL($8::text[])
         JOIN court_case lc ON lc.id = lp.case_id AND lc.court_id = $10::uuid
        WHERE lpe.needs_interpreter AND lpe.primary_language = ANY($9::text[])
       UNION SELECT cc.case_id FROM person lpe JOIN child ch ON ch.person_id = lpe.id
         JOIN case_child cc ON cc.child_id = ch.id
         JOIN court_case lc ON lc.id = cc.case_id AND lc.court_id = $10::uuid
        WHERE lpe.needs_interpreter AND lpe.primary_language = ANY($9::text[])
     ), wanted AS (
       SELECT h.id FROM hearing h WHERE h.judge_id = $4::uuid AND ${IN_WINDOW}
       UNION SELECT h.id FROM hearing h WHERE h.courtroom_id = $5::uuid AND ${IN_WINDOW}
       UNION SELECT h.id FROM cases JOIN hearing h ON h.case_id = cases.case_id WHERE ${IN_WINDOW}
       UNION SELECT h.id FROM hearing h JOIN court_case ic ON ic.id = h.case_id AND ic.court_id = $10::uuid
        WHERE cardinality($9::text[]) > 0 AND h.interpreter_languages <> '{}'
          AND h.interpreter_languages && $9::text[] AND ${IN_WINDOW}
     )
     SELECT h.id, h.case_id, c.petition_number, h.hearing_type, h.scheduled_start, h.scheduled_end,
            h.judge_id, h.courtroom_id, c.court_id,
            COALESCE((SELECT json_agg(json_build_object('personId', cp.person_id, 'accountId', cp.account_id,
                        'role', cp.case_role))
                        FROM case_participant cp
                       WHERE cp.case_id = h.case_id AND cp.case_role = ANY($8::text[])
                         AND (cp.end_date IS NULL OR cp.end_date >= (h.scheduled_start AT TIME ZONE jn.time_zone)::date)),
                     '[]'::json) AS professionals,
            ARRAY(SELECT pe.primary_language FROM (
                    SELECT p2.person_id FROM case_participant p2
                     WHERE p2.case_id = h.case_id AND p2.case_role <> ALL($8::text[])
                       AND (p2.end_date IS NULL OR p2.end_date >= (h.scheduled_start AT TIME ZONE jn.time_zone)::date)
                    UNION ALL
                    SELECT ch.person_id FROM case_child cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = h.case_id
                  ) x JOIN person pe ON pe.id = x.person_id AND pe.needs_interpreter
                  UNION SELECT unnest(h.interpreter_languages) ORDER BY 1) AS languages
       FROM wanted JOIN hearing h ON h.id = wanted.id JOIN court_case c ON c.id = h.case_id
       JOIN jurisdiction jn ON jn.id = h.jurisdiction_id
      ORDER BY h.scheduled_start, h.id`,
    [
      w.from,
      w.until,
      w.excludeHearingId,
      w.judgeId,
      w.courtroomId,
      [...w.personIds],
      [...w.accountIds],
      ROLES,
      w.interpreter ? [...w.interpreter.languages] : [],
      w.interpreter?.courtId ?? null,
    ],
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    petitionNumber: r.petition_number,
    hearingType: r.hearing_type,
    start: new Date(r.scheduled_start).toISOString(),
    end: new Date(r.scheduled_end).toISOString(),
    resources: {
      judgeId: r.judge_id,
      courtroomId: r.courtroom_id,
      courtId: r.court_id,
      professionals: r.professionals.flatMap((p) =>
        isProfessionalRole(p.role) ? [{ personId: p.personId, accountId: p.accountId, role: p.role }] : [],
      ),
      interpreterLanguages: r.languages,
    },
  }));
}

/**
 * What a hearing of a case needs besides its judge and room: the case's professionals on the hearing's
 * day, and the languages its parties and children need an interpreter for.
 */
export async function caseResources(
  q: Queryable,
  caseId: string,
  onDay: string,
): Promise<{ professionals: Professional[]; interpreterLanguages: string[] }> {
  const [row] = await q.query<{
    professionals: { personId: string; accountId: string | null; role: string }[];
    languages: string[];
  }>(
    `SELECT COALESCE((SELECT json_agg(json_build_object('personId', cp.person_id, 'accountId', cp.account_id,
               'role', cp.case_role) ORDER BY cp.case_role, cp.person_id)
               FROM case_participant cp
              WHERE cp.case_id = $1 AND cp.case_role = ANY($3::text[])
                AND (cp.end_date IS NULL OR cp.end_date >= $2::date)), '[]'::json) AS professionals,
            ARRAY(SELECT DISTINCT pe.primary_language FROM (
                    SELECT p2.person_id FROM case_participant p2
                     WHERE p2.case_id = $1 AND p2.case_role <> ALL($3::text[])
                       AND (p2.end_date IS NULL OR p2.end_date >= $2::date)
                    UNION ALL
                    SELECT ch.person_id FROM case_child cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = $1
                  ) x JOIN person pe ON pe.id = x.person_id AND pe.needs_interpreter
                  ORDER BY 1) AS languages`,
    [caseId, onDay, ROLES],
  );
  return {
    professionals: (row?.professionals ?? []).flatMap((p) =>
      isProfessionalRole(p.role) ? [{ personId: p.personId, accountId: p.accountId, role: p.role }] : [],
    ),
    interpreterLanguages: row?.languages ?? [],
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date widens by a day on each side, so the court's local day is covered in any time zone. */
const lowerBound = (s: string): string =>
  DAY.test(s) ? new Date(Date.parse(`${s}T00:00:00Z`) - 86_400_000).toISOString() : s;
const upperBound = (s: string): string =>
  DAY.test(s) ? new Date(Date.parse(`${s}T00:00:00Z`) + 2 * 86_400_000).toISOString() : s;

/**
 * When the given judge, courtroom and professionals are taken between `from` and `until` (ISO dates or
 * instants; null: no end), and, given the court and languages, when all its interpreters of a language
 * are. The busy list for `freeSlots`: a slot outside it has no conflict.
 */
export async function busyIntervalsFor(
  q: Queryable,
  w: {
    judgeId: string | null;
    courtroomId: string | null;
    personIds: readonly string[];
    accountIds: readonly string[];
    from: string;
    until: string | null;
    interpreter?: { courtId: string; languages: readonly string[]; settings?: InterpreterSettings };
    excludeHearingId?: string | null;
  },
): Promise<Interval[]> {
  const booked = await loadBooked(q, {
    judgeId: w.judgeId,
    courtroomId: w.courtroomId,
    personIds: w.personIds,
    accountIds: w.accountIds,
    interpreter: w.interpreter ?? null,
    from: lowerBound(w.from),
    until: w.until === null ? null : upperBound(w.until),
    excludeHearingId: w.excludeHearingId ?? null,
  });
  // The ids stand for themselves: a person id and an account id are each one professional.
  const professionals: Professional[] = [
    ...w.personIds.map((personId) => ({ personId, accountId: null, role: 'caseworker' as const })),
    ...w.accountIds.map((accountId) => ({
      personId: `account:${accountId}`,
      accountId,
      role: 'caseworker' as const,
    })),
  ];
  const resources: HearingResources = {
    judgeId: w.judgeId,
    courtroomId: w.courtroomId,
    courtId: w.interpreter?.courtId ?? null,
    professionals,
    interpreterLanguages: w.interpreter?.languages ?? [],
  };
  return busyIntervals(resources, booked, w.interpreter?.settings ?? ONE_INTERPRETER_PER_LANGUAGE);
}

/** The resources a proposal needs, for the conflict check and for the busy list of the offers. */
export async function proposalResources(
  q: Queryable,
  p: ConflictProposal,
  timeZone: string,
): Promise<HearingResources> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(p.start));
  const { professionals, interpreterLanguages } = await caseResources(q, p.caseId, day);
  return {
    judgeId: p.judgeId,
    courtroomId: p.courtroomId,
    courtId: p.courtId,
    professionals,
    interpreterLanguages: [...new Set([...interpreterLanguages, ...(p.interpreterLanguages ?? [])])].sort(),
  };
}

/**
 * Every double-booking of a proposed hearing, with the names of what is taken and the other hearing's
 * time, type and petition number.
 */
export async function findConflicts(
  q: Queryable,
  proposal: ConflictProposal,
  timeZone = 'America/Denver',
): Promise<ConflictDetail[]> {
  const resources = await proposalResources(q, proposal, timeZone);
  const booked = await loadBooked(q, {
    judgeId: resources.judgeId,
    courtroomId: resources.courtroomId,
    personIds: resources.professionals.map((x) => x.personId),
    accountIds: resources.professionals.flatMap((x) => (x.accountId ? [x.accountId] : [])),
    interpreter: { courtId: proposal.courtId, languages: resources.interpreterLanguages },
    from: proposal.start,
    until: proposal.end,
    excludeHearingId: proposal.hearingId,
  });
  const found = conflictsAmong(
    { id: proposal.hearingId, start: proposal.start, end: proposal.end, resources },
    booked,
    proposal.interpreters ?? ONE_INTERPRETER_PER_LANGUAGE,
  );
  if (found.length === 0) return [];
  const names = await namesOf(q, found);
  const byId = new Map(booked.map((b) => [b.id, b]));
  return found.map((c) => {
    const h = byId.get(c.hearingId)!;
    const r = c.resource;
    const id =
      r.kind === 'judge'
        ? r.judgeId
        : r.kind === 'courtroom'
          ? r.courtroomId
          : r.kind === 'professional'
            ? r.personId
            : null;
    return {
      resource: {
        kind: r.kind,
        name: r.kind === 'interpreter' ? r.language : (names.get(id!) ?? ''),
        role: r.kind === 'professional' ? r.role : null,
        language: r.kind === 'interpreter' ? r.language : null,
        interpreters: r.kind === 'interpreter' ? r.interpreters : null,
      },
      hearing: {
        id: h.id,
        caseId: h.caseId,
        petitionNumber: h.petitionNumber,
        hearingType: h.hearingType,
        start: h.start,
        end: h.end,
      },
    };
  });
}

/** The names of the judges, courtrooms and professionals in conflicts: staff and rooms, never a child. */
async function namesOf(q: Queryable, conflicts: Conflict[]): Promise<Map<string, string>> {
  const judges: string[] = [];
  const rooms: string[] = [];
  const people: string[] = [];
  for (const { resource: r } of conflicts) {
    if (r.kind === 'judge') judges.push(r.judgeId);
    else if (r.kind === 'courtroom') rooms.push(r.courtroomId);
    else if (r.kind === 'professional') people.push(r.personId);
  }
  const rows = await q.query<{ id: string; name: string }>(
    `SELECT j.id, j.title || ' ' || p.given_name || ' ' || p.family_name AS name
       FROM judge j JOIN person p ON p.id = j.person_id WHERE j.id = ANY($1::uuid[])
     UNION ALL SELECT r.id, r.name FROM courtroom r WHERE r.id = ANY($2::uuid[])
     UNION ALL SELECT p.id, p.given_name || ' ' || p.family_name FROM person p WHERE p.id = ANY($3::uuid[])`,
    [judges, rooms, people],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
