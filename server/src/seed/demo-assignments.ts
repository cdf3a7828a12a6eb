import type { Queryable } from '../platform/db.ts';
import type { DemoCtx, DemoStaff } from './demo-accounts.ts';

// Tying demo sign-ins to seeded records: naming a staff member on cases in place of the synthetic
// professional, and making sure the demo caregiver has exactly two children placed now.

/**
 * Makes the staff member the active `role` on each case: the synthetic professional holding that role now is
 * replaced (one row per case, or every row of the role with `allRows`, e.g. a GAL named per child); a case
 * with none gets a new row from its filing date.
 */
export async function assign(
  ctx: DemoCtx,
  staff: DemoStaff,
  role: string,
  caseIds: string[],
  opts: { allRows?: boolean } = {},
): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = opts.allRows
    ? `SELECT id FROM case_participant WHERE case_id = ANY($3::uuid[]) AND case_role = $4 AND end_date IS NULL`
    : `SELECT DISTINCT ON (case_id) id FROM case_participant
        WHERE case_id = ANY($3::uuid[]) AND case_role = $4 AND end_date IS NULL ORDER BY case_id, start_date, id`;
  const updated = await ctx.tx.query<{ case_id: string }>(
    `UPDATE case_participant SET person_id = $1, account_id = $2 WHERE id IN (${rows}) RETURNING case_id`,
    [staff.personId, staff.accountId, caseIds, role],
  );
  const done = new Set(updated.map((r) => r.case_id));
  const missing = caseIds.filter((id) => !done.has(id));
  if (missing.length)
    await ctx.tx.query(
      `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, is_party, start_date)
       SELECT c.jurisdiction_id, c.id, $1, $2, $3, false, c.filing_date FROM court_case c WHERE c.id = ANY($4::uuid[])`,
      [staff.personId, staff.accountId, role, missing],
    );
}

type OpenPlacement = { placement_id: string; child_id: string; provider_id: string };

/**
 * The first caregiver of a foster-family home with exactly two children placed now (open episode, open
 * placement). The seed nearly always has one; when it does not, the home closest to two is evened out by
 * moving current foster-family placements between homes (and their caregiver participants with them).
 */
export async function fosterParentWithTwoChildren(tx: Queryable, jurisdictionId: string): Promise<string> {
  const current = await tx.query<OpenPlacement>(
    `SELECT p.id AS placement_id, p.child_id, p.provider_id FROM placement p
       JOIN removal_episode r ON r.id = p.removal_id JOIN provider pr ON pr.id = p.provider_id
      WHERE pr.jurisdiction_id = $1 AND pr.kind = 'foster_family' AND p.end_date IS NULL AND r.discharge_date IS NULL
      ORDER BY p.child_id`,
    [jurisdictionId],
  );
  const homes = await tx.query<{ id: string; person_id: string }>(
    `SELECT pr.id, min(pc.person_id::text) AS person_id FROM provider pr JOIN provider_caregiver pc ON pc.provider_id = pr.id
      WHERE pr.jurisdiction_id = $1 AND pr.kind = 'foster_family' GROUP BY pr.id ORDER BY pr.id`,
    [jurisdictionId],
  );
  if (homes.length === 0) throw new Error('the demo district has no foster home');
  const placed = new Map<string, OpenPlacement[]>(homes.map((h) => [h.id, []]));
  for (const p of current) placed.get(p.provider_id)?.push(p);
  const count = (id: string): number => placed.get(id)?.length ?? 0;
  const home = [...homes].sort(
    (a, b) => Math.abs(count(a.id) - 2) - Math.abs(count(b.id) - 2),
  )[0] as (typeof homes)[number];
  if (count(home.id) === 2) return home.person_id;

  const mine = placed.get(home.id) ?? [];
  const moves: { placement: OpenPlacement; to: string }[] = [];
  if (mine.length > 2) {
    const empty = homes.filter((h) => h.id !== home.id && count(h.id) === 0);
    mine
      .slice(2)
      .forEach((placement, i) =>
        moves.push({ placement, to: (empty[i % Math.max(1, empty.length)] ?? homes[0]!).id }),
      );
  } else {
    const others = current.filter((p) => p.provider_id !== home.id).slice(0, 2 - mine.length);
    if (others.length < 2 - mine.length)
      throw new Error('too few children in foster homes for the demo caregiver');
    for (const placement of others) moves.push({ placement, to: home.id });
  }
  for (const { placement, to } of moves) {
    await tx.query('UPDATE placement SET provider_id = $1 WHERE id = $2', [to, placement.placement_id]);
    const caregiver = homes.find((h) => h.id === to)?.person_id;
    await tx.query(
      `UPDATE case_participant SET person_id = $1
        WHERE case_role = 'caregiver' AND child_id = $2 AND end_date IS NULL`,
      [caregiver, placement.child_id],
    );
  }
  return home.person_id;
}
