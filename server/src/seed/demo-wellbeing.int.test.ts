import {
  checklistAnswerProblem,
  checklistItemsFor,
  isWellbeingConcern,
  wellbeingInstrumentVersion,
  type ChecklistAnswers,
} from '@hearth/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { recordWellbeingChecklists } from './demo-wellbeing.ts';
import { seedJurisdiction } from './synthetic.ts';

/** The demo's well-being checklists: deterministic, valid by the instrument, with some concerns. */
const TODAY = '2026-11-23';
const open: Db[] = [];
afterAll(async () => {
  for (const db of open) await db.close();
});

type Row = {
  afcars_id: string;
  start: Date;
  status: string;
  age_band: string | null;
  instrument_version: number;
  answers: ChecklistAnswers;
};

async function seeded(): Promise<Row[]> {
  const db = await createTestDb();
  open.push(db);
  const { jurisdictionId } = await seedJurisdiction(db, {
    code: 'WB-DEMO',
    name: 'Well-being demo test',
    district: '2nd',
    counties: ['Bernalillo'],
    children: 120,
    seed: 2026,
    today: TODAY,
  });
  const written = await recordWellbeingChecklists(db, jurisdictionId, { today: TODAY });
  const rows = await db.query<Row>(
    `SELECT ch.afcars_id, h.scheduled_start AS start, w.status, w.age_band, w.instrument_version, w.answers
       FROM wellbeing_checklist w JOIN child ch ON ch.id = w.child_id JOIN hearing h ON h.id = w.hearing_id
      ORDER BY ch.afcars_id, h.scheduled_start`,
  );
  expect(rows.length).toBe(written);
  return rows;
}

describe(`the demo's well-being checklists on ${testDbKind()}`, () => {
  it('are the same every time, sent for past hearings and drafts for coming ones, valid and with concerns', async () => {
    const [a, b] = [await seeded(), await seeded()];
    expect(a.length).toBeGreaterThan(20);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    let concerns = 0;
    for (const r of a) {
      const upcoming = new Date(r.start) >= new Date(`${TODAY}T00:00:00Z`);
      expect(r.status, r.afcars_id).toBe(upcoming ? 'draft' : 'submitted');
      expect(new Date(r.start) >= new Date('2026-01-01T00:00:00Z')).toBe(true);
      const items = new Map(
        checklistItemsFor(wellbeingInstrumentVersion(r.instrument_version)!, r.age_band).map((i) => [
          i.id,
          i,
        ]),
      );
      for (const [id, answer] of Object.entries(r.answers)) {
        const item = items.get(id);
        expect(item, id).toBeDefined();
        expect(checklistAnswerProblem(item!, answer.value), id).toBeNull();
        if (isWellbeingConcern(item!, answer.value)) concerns += 1;
      }
    }
    expect(a.some((r) => r.status === 'draft')).toBe(true);
    expect(concerns).toBeGreaterThan(0);
  });
});
