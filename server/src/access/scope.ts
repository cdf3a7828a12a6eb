import { scopesFor, type Permission, type Scope } from '@hearth/core';
import type { Actor } from './actor.ts';

/**
 * Turns an actor's scopes for a permission into SQL predicates, so out-of-scope rows are never loaded
 * (house-style §3, "Enforce twice": the route declares the permission, the repository applies this).
 * Every predicate also pins the actor's jurisdiction. An actor with no scope gets `false`: deny by default.
 *
 * `params` is the query's parameter list; predicates append to it and refer to their own positions.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function caseScopePredicate(actor: Actor, scope: Scope, c: string, p: SqlParams): string | null {
  switch (scope) {
    case 'assigned':
      return `EXISTS (SELECT 1 FROM case_participant ap WHERE ap.case_id = ${c}.id
                AND ap.account_id = ${p.add(actor.accountId)} AND ap.end_date IS NULL)`;
    case 'unit':
      if (!actor.unitId) return null;
      return `EXISTS (SELECT 1 FROM case_participant up JOIN user_account uw ON uw.id = up.account_id
                WHERE up.case_id = ${c}.id AND up.case_role = 'caseworker' AND up.end_date IS NULL
                  AND uw.unit_id = ${p.add(actor.unitId)})`;
    case 'docket':
      return actor.judgeId ? `${c}.assigned_judge_id = ${p.add(actor.judgeId)}` : null;
    case 'court':
      return actor.courtId ? `${c}.court_id = ${p.add(actor.courtId)}` : null;
    case 'jurisdiction':
      return 'true';
    case 'placement':
    case 'self':
      return null; // relationships to one child, never to a whole case
  }
}

/**
 * A predicate over the `court_case` row aliased `c` that holds when the actor has `permission` on it.
 * @param breakGlass - widen to the whole jurisdiction (only for actors allowed to break the glass)
 */
export function caseAccess(
  actor: Actor,
  permission: Permission,
  c: string,
  p: SqlParams,
  breakGlass = false,
): string {
  if (breakGlass) return `${c}.jurisdiction_id = ${p.add(actor.jurisdictionId)}`;
  const parts = scopesFor(actor.roles, permission)
    .map((s) => caseScopePredicate(actor, s, c, p))
    .filter((x): x is string => x !== null);
  // A parameter is added only when the predicate uses it: PostgreSQL refuses unused bind parameters.
  return parts.length
    ? `(${c}.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND (${parts.join(' OR ')}))`
    : 'false';
}

/** A predicate over the `child` row aliased `ch` that holds when the actor has `permission` on that child. */
export function childAccess(
  actor: Actor,
  permission: Permission,
  ch: string,
  p: SqlParams,
  breakGlass = false,
): string {
  if (breakGlass) return `${ch}.jurisdiction_id = ${p.add(actor.jurisdictionId)}`;
  const parts: string[] = [];
  const scopes = scopesFor(actor.roles, permission);
  const caseScopes = scopes
    .map((s) => caseScopePredicate(actor, s, 'sc', p))
    .filter((x): x is string => x !== null);
  if (caseScopes.length)
    parts.push(`EXISTS (SELECT 1 FROM case_child scc JOIN court_case sc ON sc.id = scc.case_id
                 WHERE scc.child_id = ${ch}.id AND (${caseScopes.join(' OR ')}))`);
  if (scopes.includes('placement') && actor.personId)
    parts.push(`EXISTS (SELECT 1 FROM placement pp JOIN removal_episode pr ON pr.id = pp.removal_id
                 JOIN provider_caregiver pc ON pc.provider_id = pp.provider_id
                 WHERE pp.child_id = ${ch}.id AND pp.end_date IS NULL AND pr.discharge_date IS NULL
                   AND pc.person_id = ${p.add(actor.personId)})`);
  if (scopes.includes('self') && actor.personId) parts.push(`${ch}.person_id = ${p.add(actor.personId)}`);
  return parts.length
    ? `(${ch}.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND (${parts.join(' OR ')}))`
    : 'false';
}

/**
 * A predicate over a judge (`kind: 'judge'`) or a courtroom row aliased `t` (both carry `court_id` and
 * `jurisdiction_id`) that holds when the actor may open its docket (`docket.read`). A docket's subject is
 * a judge or a room, not a case, so the scopes mean: `docket`, the judge's own docket and the rooms of the
 * judge's court; `court`, the judges and rooms of the clerk's court. Which hearings of that docket show
 * their case is then `caseAccess` again (docket.repo.ts).
 */
export function docketAccess(actor: Actor, kind: 'judge' | 'courtroom', t: string, p: SqlParams): string {
  const parts = scopesFor(actor.roles, 'docket.read')
    .map((scope): string | null => {
      switch (scope) {
        case 'docket':
          if (!actor.judgeId) return null;
          return kind === 'judge'
            ? `${t}.id = ${p.add(actor.judgeId)}`
            : `${t}.court_id = (SELECT dj.court_id FROM judge dj WHERE dj.id = ${p.add(actor.judgeId)})`;
        case 'court':
          return actor.courtId ? `${t}.court_id = ${p.add(actor.courtId)}` : null;
        case 'jurisdiction':
          return 'true';
        case 'assigned':
        case 'unit':
        case 'placement':
        case 'self':
          return null; // relationships to a case or a child, never to a judge or a room
      }
    })
    .filter((x): x is string => x !== null);
  return parts.length
    ? `(${t}.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND (${parts.join(' OR ')}))`
    : 'false';
}

/**
 * The children of one case scope, as a set: `case_child` rows reached from the actor's side (their own case
 * roles, their unit's caseworkers, the judge's or court's cases) rather than tested child by child. The
 * case join of childAccess is implied by case_child's foreign key to court_case.
 */
function caseScopeChildren(actor: Actor, scope: Scope, p: SqlParams): string | null {
  switch (scope) {
    case 'assigned':
      return `SELECT scc.child_id FROM case_participant ap JOIN case_child scc ON scc.case_id = ap.case_id
               WHERE ap.account_id = ${p.add(actor.accountId)} AND ap.end_date IS NULL`;
    case 'unit':
      if (!actor.unitId) return null;
      return `SELECT scc.child_id FROM user_account uw
                JOIN case_participant up ON up.account_id = uw.id AND up.case_role = 'caseworker' AND up.end_date IS NULL
                JOIN case_child scc ON scc.case_id = up.case_id
               WHERE uw.unit_id = ${p.add(actor.unitId)}`;
    case 'docket':
      return actor.judgeId
        ? `SELECT scc.child_id FROM court_case sc JOIN case_child scc ON scc.case_id = sc.id
            WHERE sc.assigned_judge_id = ${p.add(actor.judgeId)}`
        : null;
    case 'court':
      return actor.courtId
        ? `SELECT scc.child_id FROM court_case sc JOIN case_child scc ON scc.case_id = sc.id
            WHERE sc.court_id = ${p.add(actor.courtId)}`
        : null;
    case 'jurisdiction':
      return 'SELECT scc.child_id FROM case_child scc'; // any child on a case; the jurisdiction pin follows
    case 'placement':
    case 'self':
      return null; // relationships to one child, never to a whole case
  }
}

/**
 * The ids of the children the actor holds `permission` on, as a subquery (`SELECT child_id …`): exactly the
 * children `childAccess` (without break-glass) admits, for use as `ch.id IN (…)` where a query reads many
 * children at once (a unit's contact compliance, issue 6). childAccess tests each child with an EXISTS per
 * case; this settles the set once, one index-driven query per scope, pinned to the actor's jurisdiction
 * (house-style §3, "Enforce twice"). No scope: the empty set, deny by default. Equivalence with
 * childAccess is tested in scope-set.int.test.ts.
 */
export function childrenInScope(actor: Actor, permission: Permission, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, permission);
  const sets = scopes.map((s) => caseScopeChildren(actor, s, p)).filter((x): x is string => x !== null);
  if (scopes.includes('placement') && actor.personId)
    sets.push(`SELECT pp.child_id FROM provider_caregiver pc
                 JOIN placement pp ON pp.provider_id = pc.provider_id AND pp.end_date IS NULL
                 JOIN removal_episode pr ON pr.id = pp.removal_id AND pr.discharge_date IS NULL
                WHERE pc.person_id = ${p.add(actor.personId)}`);
  if (scopes.includes('self') && actor.personId)
    sets.push(`SELECT sy.id FROM child sy WHERE sy.person_id = ${p.add(actor.personId)}`);
  if (!sets.length) return 'SELECT NULL::uuid AS child_id WHERE false';
  return `SELECT sx.id AS child_id FROM child sx WHERE sx.jurisdiction_id = ${p.add(actor.jurisdictionId)}
            AND sx.id IN (${sets.join(' UNION ALL ')})`;
}
