import { childContactSummary, type ChildContactSummary, type IsoDate } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import type { Queryable } from '../platform/db.ts';
import { loadSummaryChildren } from './contacts.repo.ts';
import { toContactChild } from './contacts.facts.ts';

export type { ChildContactSummary } from '@hearth/core';

/**
 * The contacts section of the judge's bench view, for the well-being slice to call inside its own
 * transaction (which records the audit of the bench view, naming the children): per child the actor may
 * read the history of, the last face-to-face contact, whether the child was seen this month and the
 * months seen of the last 6 due. Only dates and counts: no contact notes, which stay with `contact.read`.
 * Children outside the actor's scope are left out (never loaded); the order of `childIds` is kept.
 * @param tx - the caller's transaction
 * @param actor - who is asking (a judge on their docket, a caseworker on their case …)
 * @param childIds - the children of the hearing
 * @param today - the court's date today
 */
export async function contactSummary(
  tx: Queryable,
  actor: Actor,
  childIds: string[],
  today: IsoDate,
): Promise<ChildContactSummary[]> {
  if (childIds.length === 0) return [];
  const rows = await loadSummaryChildren(tx, actor, 'child.readHistory', childIds, today);
  const byId = new Map(rows.map((r) => [r.child_id, r]));
  return childIds.flatMap((id) => {
    const row = byId.get(id);
    return row
      ? [
          childContactSummary(toContactChild(row), today, {
            givenName: row.given_name,
            familyName: row.family_name,
          }),
        ]
      : [];
  });
}
