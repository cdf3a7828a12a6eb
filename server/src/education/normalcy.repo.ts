import type { Queryable } from '../platform/db.ts';

/**
 * The only SQL for normalcy decisions and conversations. Callers find the child in scope first
 * (education.repo.ts `findChild`); these take the child id that check returned.
 */

export type DecisionRow = {
  id: string;
  child_id: string;
  category: string;
  activity: string;
  decided_on: string;
  decided_by_name: string;
  decided_by_role: string;
  approved: boolean;
  notes: string | null;
};
export type ConversationRow = {
  id: string;
  held_on: string;
  held_by_name: string;
  held_by_role: string;
  wants: string;
  barriers: string | null;
  follow_up: string | null;
  follow_up_by: string | null;
};

/** The children's decisions, newest first; `perChild` keeps only that many of each child's latest. */
export async function loadDecisions(
  q: Queryable,
  childIds: readonly string[],
  perChild: number | null = null,
): Promise<DecisionRow[]> {
  if (childIds.length === 0) return [];
  return q.query<DecisionRow>(
    `SELECT id, child_id, category, activity, decided_on, decided_by_name, decided_by_role, approved, notes
       FROM (SELECT d.*, row_number() OVER (PARTITION BY d.child_id ORDER BY d.decided_on DESC, d.recorded_at DESC) AS n
               FROM normalcy_decision d WHERE d.child_id = ANY($1::uuid[])) ranked
      WHERE $2::int IS NULL OR n <= $2::int
      ORDER BY child_id, decided_on DESC, n`,
    [childIds, perChild],
  );
}

export async function loadConversations(q: Queryable, childId: string): Promise<ConversationRow[]> {
  return q.query<ConversationRow>(
    `SELECT id, held_on, held_by_name, held_by_role, wants, barriers, follow_up, follow_up_by
       FROM normalcy_conversation WHERE child_id = $1 ORDER BY held_on DESC, recorded_at DESC`,
    [childId],
  );
}

export async function insertDecision(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    category: string;
    activity: string;
    decidedOn: string;
    decidedByName: string;
    decidedByRole: string;
    approved: boolean;
    notes: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO normalcy_decision (jurisdiction_id, child_id, category, activity, decided_on, decided_by_name,
       decided_by_role, approved, notes, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.category,
      v.activity,
      v.decidedOn,
      v.decidedByName,
      v.decidedByRole,
      v.approved,
      v.notes,
      v.recordedBy,
    ],
  );
  return row!.id;
}

export async function insertConversation(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    heldOn: string;
    heldByName: string;
    heldByRole: string;
    wants: string;
    barriers: string | null;
    followUp: string | null;
    followUpBy: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO normalcy_conversation (jurisdiction_id, child_id, held_on, held_by_name, held_by_role, wants,
       barriers, follow_up, follow_up_by, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.heldOn,
      v.heldByName,
      v.heldByRole,
      v.wants,
      v.barriers,
      v.followUp,
      v.followUpBy,
      v.recordedBy,
    ],
  );
  return row!.id;
}
