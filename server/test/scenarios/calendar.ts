import { randomUUID } from 'node:crypto';
import type { Role } from '@hearth/core';
import type { Db } from '../../src/platform/db.ts';
import type { Org } from '../factories.ts';

/**
 * A calendar scenario on a test org (house-style §7, scenario builders): more cases in the org's court
 * with the professionals and interpreter needs a test asks for, and hearings booked straight into the
 * calendar. Times are ISO instants; the test clock's week is 2 June 2025 (Mountain Daylight Time, UTC−6).
 */
export type CalendarScenario = Awaited<ReturnType<typeof calendarScenario>>;

export async function calendarScenario(db: Db, org: Org) {
  const j = org.jurisdictionId;
  let n = 0;
  const one = async (sql: string, values: unknown[]): Promise<string> =>
    (await db.query<{ id: string }>(sql, values))[0]!.id;

  return {
    /** A case of the org's court assigned to `judgeId` (the other judge by default). */
    async caseWith(opts: {
      judgeId?: string;
      /** Org accounts on the case in their own role (GAL, caseworker, attorneys, CASA). */
      accounts?: Role[];
      /** A parent needing an interpreter of this language. */
      parentLanguage?: string;
    }): Promise<{ caseId: string; petitionNumber: string }> {
      n += 1;
      const petitionNumber = `D-202-JQ-2025-C${n}${randomUUID().slice(0, 5).toUpperCase()}`;
      const caseId = await one(
        `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, assigned_judge_id)
         VALUES ($1,$2,$3,'2025-03-01',$4) RETURNING id`,
        [j, org.court, petitionNumber, opts.judgeId ?? org.otherJudge],
      );
      const childPerson = await one(
        `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,'Scenario','Kid',$2) RETURNING id`,
        [j, '2018-01-01'],
      );
      const child = await one(
        `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,$3) RETURNING id`,
        [j, childPerson, `S${randomUUID().slice(0, 10)}`],
      );
      await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
        caseId,
        child,
        j,
      ]);
      const caseRole: Partial<Record<Role, string>> = {
        caseworker: 'caseworker',
        guardian_ad_litem: 'guardian_ad_litem',
        casa_volunteer: 'casa_volunteer',
        agency_attorney: 'agency_attorney',
        parent_attorney: 'parent_attorney',
      };
      for (const role of opts.accounts ?? [])
        await db.query(
          `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, start_date)
           VALUES ($1,$2,$3,$4,$5,'2025-03-01')`,
          [j, caseId, org.accounts[role].personId, org.accounts[role].id, caseRole[role]],
        );
      if (opts.parentLanguage) await this.parentNeedingInterpreter(caseId, opts.parentLanguage);
      return { caseId, petitionNumber };
    },

    /** A parent on the case whose primary language needs an interpreter. */
    async parentNeedingInterpreter(caseId: string, language: string): Promise<void> {
      const person = await one(
        `INSERT INTO person (jurisdiction_id, given_name, family_name, primary_language, languages, needs_interpreter)
         VALUES ($1,'Parent','Habla',$2,ARRAY[$2],true) RETURNING id`,
        [j, language],
      );
      await db.query(
        `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date)
         VALUES ($1,$2,$3,'parent',true,'2025-03-01')`,
        [j, caseId, person],
      );
    },

    /** A hearing booked straight into the calendar. */
    async hearing(
      caseId: string,
      start: string,
      end: string,
      opts: { judgeId?: string | null; courtroomId?: string | null; status?: string; type?: string } = {},
    ): Promise<string> {
      return one(
        `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id, status)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [
          j,
          caseId,
          opts.type ?? 'periodic_review',
          start,
          end,
          opts.judgeId === undefined ? org.otherJudge : opts.judgeId,
          opts.courtroomId ?? null,
          opts.status ?? 'scheduled',
        ],
      );
    },

    async courtroom(name: string): Promise<string> {
      return one(`INSERT INTO courtroom (jurisdiction_id, court_id, name) VALUES ($1,$2,$3) RETURNING id`, [
        j,
        org.court,
        name,
      ]);
    },
  };
}

/** An instant on a court-local day and time in June 2025 (Mountain Daylight Time, UTC−6). */
export const mdt = (day: string, hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.parse(`${day}T00:00:00Z`) + ((h! + 6) * 60 + m!) * 60_000).toISOString();
};

/**
 * One scheduled hearing on each of the org's assigned, other and foreign cases, for the access matrix's
 * probes of a hearing (its targets: a hearing of a case the role is related to, of another case of the
 * jurisdiction, of another jurisdiction).
 */
export async function matrixHearings(
  db: Db,
  org: Org,
): Promise<Record<'mine' | 'other' | 'foreign', string>> {
  const add = async (caseId: string): Promise<string> =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id)
         SELECT jurisdiction_id, id, 'periodic_review', '2025-08-04T15:00:00Z', '2025-08-04T15:30:00Z', assigned_judge_id
           FROM court_case WHERE id = $1 RETURNING id`,
        [caseId],
      )
    )[0]!.id;
  return {
    mine: await add(org.assignedCase),
    other: await add(org.otherCase),
    foreign: await add(org.foreignCase),
  };
}
