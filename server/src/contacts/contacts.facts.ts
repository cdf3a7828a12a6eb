import { contactDay, type ContactChild, type CqiVisit } from '@hearth/core';
import type { ContactChildRow } from './contacts.repo.ts';

// A child with no birth date recorded is taken to be under 18: their months stay due rather than vanish.
const UNKNOWN_BIRTH = contactDay('2999-01-01');

/** A row of the month-rule query as core's ContactChild (day numbers throughout). */
export function toContactChild(row: ContactChildRow): ContactChild {
  const visits: CqiVisit[] = [];
  for (const date of row.home) visits.push({ date, atResidence: true, faceToFace: true });
  for (const date of row.away) visits.push({ date, atResidence: false, faceToFace: true });
  return {
    childId: row.child_id,
    workerId: row.worker_id,
    birth: row.birth ?? UNKNOWN_BIRTH,
    episodes: row.removals.map((removal, i) => ({ removal, discharge: row.discharges[i] ?? null })),
    visits,
  };
}
