import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { Db } from '../platform/db.ts';
import { loadDemoData } from './demo.ts';

/** The demo's caseworker contacts: notes on the demo unit's recent visits, two reviews, some children unseen. */
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoData(db, { today: '2026-11-23' });
});
afterAll(async () => {
  await db.close();
});

describe(`demo contacts on ${testDbKind()}`, () => {
  it('gives the demo unit’s recent visits a worker and notes, and nothing before August', async () => {
    const [row] = await db.query<{ contacts: number; before: number; unworked: number; words: number }>(
      `SELECT count(*)::int AS contacts,
              count(*) FILTER (WHERE v.visit_date < '2026-08-01')::int AS before,
              count(*) FILTER (WHERE c.recorded_by IS DISTINCT FROM v.caseworker_account_id)::int AS unworked,
              count(c.child_words)::int AS words
         FROM caseworker_contact c JOIN caseworker_visit v ON v.id = c.visit_id`,
    );
    expect(row!.contacts).toBeGreaterThan(20);
    expect(row!.before).toBe(0);
    expect(row!.unworked).toBe(0);
    expect(row!.words).toBeGreaterThan(0);
  });

  it('leaves some of caseworker@’s children unseen this month and some seen', async () => {
    const rows = await db.query<{ seen: boolean }>(
      `SELECT DISTINCT ON (cc.child_id) EXISTS (SELECT 1 FROM caseworker_visit v WHERE v.child_id = cc.child_id
                AND v.face_to_face AND v.visit_date >= '2026-11-01') AS seen
         FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
         JOIN user_account a ON a.id = cp.account_id AND a.email = 'caseworker@demo.hearth'
         JOIN removal_episode r ON r.child_id = cc.child_id AND r.discharge_date IS NULL
        WHERE cp.end_date IS NULL`,
    );
    expect(rows.some((r) => r.seen)).toBe(true);
    expect(rows.some((r) => !r.seen)).toBe(true);
  });

  it('records two reviews by the supervisor of caseworker@’s contacts, one action open, one done', async () => {
    const rows = await db.query<{ reviewer: string; worker: string; status: string }>(
      `SELECT ra.email AS reviewer, wa.email AS worker, a.status FROM contact_review r
         JOIN user_account ra ON ra.id = r.reviewer_account_id JOIN user_account wa ON wa.id = r.worker_account_id
         JOIN contact_review_action a ON a.review_id = r.id ORDER BY a.status DESC`,
    );
    expect(rows).toEqual([
      { reviewer: 'supervisor@demo.hearth', worker: 'caseworker@demo.hearth', status: 'open' },
      { reviewer: 'supervisor@demo.hearth', worker: 'caseworker@demo.hearth', status: 'done' },
    ]);
  });
});
