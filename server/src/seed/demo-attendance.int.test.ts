import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { Db } from '../platform/db.ts';
import { recordDemoAttendance } from './demo-attendance.ts';
import { seedJurisdiction } from './synthetic.ts';

/** The demo's attendance: every held hearing gets it, the same every time, in plausible proportions. */
let db: Db;
let jurisdictionId: string;

beforeAll(async () => {
  db = await createTestDb();
  ({ jurisdictionId } = await seedJurisdiction(db, {
    code: 'NM-ATT',
    name: 'Attendance test district',
    district: '2nd',
    counties: ['Bernalillo'],
    children: 150,
    seed: 7,
    today: '2026-11-23',
  }));
  await recordDemoAttendance(db, jurisdictionId);
});
afterAll(async () => {
  await db.close();
});

const digest = async (): Promise<string> =>
  (
    await db.query<{ d: string }>(
      `SELECT md5(string_agg(hearing_id::text || person_id::text || attendee_role || attendance || coalesce(represented::text, '-'), '|'
                             ORDER BY hearing_id, person_id)) AS d FROM hearing_attendance WHERE jurisdiction_id = $1`,
      [jurisdictionId],
    )
  )[0]!.d;

describe(`demo attendance on ${testDbKind()}`, () => {
  it('records every held hearing and only held hearings, parents always with representation', async () => {
    const [row] = await db.query<{ held: number; recorded: number; other: number; parents_unset: number }>(
      `SELECT (SELECT count(*)::int FROM hearing WHERE jurisdiction_id = $1 AND status = 'held') AS held,
              (SELECT count(DISTINCT hearing_id)::int FROM hearing_attendance WHERE jurisdiction_id = $1) AS recorded,
              (SELECT count(*)::int FROM hearing_attendance a JOIN hearing h ON h.id = a.hearing_id
                WHERE a.jurisdiction_id = $1 AND h.status <> 'held') AS other,
              (SELECT count(*)::int FROM hearing_attendance WHERE jurisdiction_id = $1
                 AND attendee_role = 'parent' AND represented IS NULL) AS parents_unset`,
      [jurisdictionId],
    );
    expect(row!.held).toBeGreaterThan(50);
    expect(row!.recorded).toBe(row!.held);
    expect(row!.other).toBe(0);
    expect(row!.parents_unset).toBe(0);
  });

  it('gives parents present about 70% of the time, and is the same when recorded again', async () => {
    const [row] = await db.query<{ present: number; total: number }>(
      `SELECT count(*) FILTER (WHERE attendance IN ('in_person', 'remote'))::int AS present, count(*)::int AS total
         FROM hearing_attendance WHERE jurisdiction_id = $1 AND attendee_role = 'parent'`,
      [jurisdictionId],
    );
    expect(row!.total).toBeGreaterThan(100);
    expect(row!.present / row!.total).toBeGreaterThan(0.6);
    expect(row!.present / row!.total).toBeLessThan(0.8);
    const first = await digest();
    await db.query('DELETE FROM hearing_attendance WHERE jurisdiction_id = $1', [jurisdictionId]);
    await recordDemoAttendance(db, jurisdictionId);
    expect(await digest()).toBe(first);
  });
});
