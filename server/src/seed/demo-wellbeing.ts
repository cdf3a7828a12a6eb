import { createHash } from 'node:crypto';
import {
  addDays,
  ageOn,
  checklistItemsFor,
  todayOf,
  wellbeingAgeBand,
  wellbeingInstrumentFor,
  type ChecklistAnswer,
  type IsoDate,
  type WellbeingItem,
} from '@hearth/core';
import type { Queryable } from '../platform/db.ts';
import { TableBuffer } from './seed-bulk-insert.ts';

// Well-being checklists for the demo's recent and coming hearings (issue 6), so the bench view and the
// trend have something to show. Deterministic without a random stream: every draw is a hash of the ids
// involved, so re-seeding gives the same rows and the generator's other draws are untouched. Synthetic,
// rough proportions:
// - a checklist sent to the court for each child in care at each hearing held since the checklist's first
//   version (2026-01-01) and in the last `pastDays`;
// - a draft for about one in three hearings still to come in the next `aheadDays`; the others are left
//   for the caseworker to start (from last time's answers);
// - each item answered 9 times in 10; a child's answer mostly the same from one hearing to the next
//   (a fresh draw 1 time in 4); a concern about 1 answer in 9; words from a short synthetic list.

const roll = (...parts: string[]): number =>
  parseInt(createHash('md5').update(parts.join('|')).digest('hex').slice(0, 8), 16) % 1000;

const STRENGTHS = [
  'Reads every night with the caregiver',
  'Made the school soccer team',
  'Laughs a lot and sleeps through the night',
  'Proud of a good report card',
  'Helps with the younger children',
];
const GOALS = [
  'Community college, then nursing',
  'A job at the shop and an apartment',
  'Join the Army',
  'Welding school',
];

function valueFor(item: WellbeingItem, draw: number, pick: number): ChecklistAnswer['value'] {
  const concern = draw < 110;
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no': {
      const bad = spec.concernWhen.includes('no') ? 'no' : 'yes';
      const good = bad === 'no' ? 'yes' : 'no';
      return concern ? (pick % 4 === 0 ? 'unsure' : bad) : good;
    }
    case 'rating':
      return concern ? spec.min + (pick % 2) : Math.min(spec.max, 3 + (pick % 3));
    case 'text':
      return item.domain === 'transition_readiness'
        ? GOALS[pick % GOALS.length]!
        : STRENGTHS[pick % STRENGTHS.length]!;
  }
}

type HearingChild = {
  hearing_id: string;
  start: Date;
  status: string;
  child_id: string;
  birth_date: string | null;
};

/**
 * Writes the checklists of one jurisdiction's hearings from `today - pastDays` to `today + aheadDays`.
 * @returns how many checklists were written
 */
export async function recordWellbeingChecklists(
  q: Queryable,
  jurisdictionId: string,
  opts: { today: IsoDate; pastDays?: number; aheadDays?: number; timeZone?: string },
): Promise<number> {
  const timeZone = opts.timeZone ?? 'America/Denver';
  const from = addDays(opts.today, -(opts.pastDays ?? 240));
  const to = addDays(opts.today, opts.aheadDays ?? 45);
  const rows = await q.query<HearingChild>(
    `SELECT h.id AS hearing_id, h.scheduled_start AS start, h.status, cc.child_id,
            to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
       JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id
      WHERE h.jurisdiction_id = $1 AND h.status IN ('held', 'scheduled')
        AND h.scheduled_start >= $2::date AND h.scheduled_start < $3::date
        AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = cc.child_id
                     AND r.removal_date <= h.scheduled_start::date
                     AND (r.discharge_date IS NULL OR r.discharge_date >= h.scheduled_start::date))
      ORDER BY cc.child_id, h.scheduled_start, h.id`,
    [jurisdictionId, from, to],
  );
  const buffer = new TableBuffer('wellbeing_checklist', [
    ['jurisdiction_id', 'uuid'],
    ['hearing_id', 'uuid'],
    ['child_id', 'uuid'],
    ['instrument_version', 'int4'],
    ['age_band', 'text'],
    ['status', 'text'],
    ['answers', 'jsonb'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['submitted_at', 'timestamptz'],
  ]);
  let written = 0;
  for (const r of rows) {
    const date = todayOf({ now: () => new Date(r.start) }, timeZone);
    const instrument = wellbeingInstrumentFor(date);
    if (!instrument) continue;
    const upcoming = r.status === 'scheduled' && date >= opts.today;
    if (upcoming && roll(r.hearing_id, r.child_id, 'draft') % 3 !== 0) continue;
    const band = wellbeingAgeBand(instrument, r.birth_date ? ageOn(r.birth_date, date) : null);
    const answeredOn = upcoming ? opts.today : addDays(date, -5);
    const answers: Record<string, ChecklistAnswer> = {};
    for (const item of checklistItemsFor(instrument, band)) {
      if (roll(r.hearing_id, r.child_id, item.id, 'asked') >= 900) continue;
      // Mostly the child's own steady answer; sometimes this hearing's.
      const fresh = roll(r.hearing_id, item.id, 'fresh') < 250;
      const key = fresh ? r.hearing_id : 'steady';
      answers[item.id] = {
        value: valueFor(item, roll(r.child_id, key, item.id, 'v'), roll(r.child_id, key, item.id, 'p')),
        note: null,
        fromLastTime: false,
        answeredOn,
        answeredBy: 'caseworker',
      };
    }
    const at = `${answeredOn}T18:00:00Z`;
    buffer.add(
      jurisdictionId,
      r.hearing_id,
      r.child_id,
      instrument.version,
      band,
      upcoming ? 'draft' : 'submitted',
      JSON.stringify(answers),
      at,
      at,
      upcoming ? null : at,
    );
    written += 1;
    if (buffer.rows >= 1000) await buffer.flush(q);
  }
  await buffer.flush(q);
  return written;
}
