import {
  ATTENDANCE_PLAN_ROLES,
  AUDIENCE_CASE_ROLES,
  scopesFor,
  STATEMENT_AUDIENCES,
  YOUTH_COUNSEL_ROLES,
} from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, type SqlParams } from '../access/scope.ts';

/**
 * Who may read and write what a youth or a caregiver sends the court, as SQL (house-style §3: the scope
 * is a predicate, out of scope rows are never loaded). Each branch is one relationship, whole in itself,
 * and is added only for a scope the actor's roles grant on `voice.read` / `voice.write`; every predicate
 * pins the actor's jurisdiction; no scope → `false`.
 *
 * Aliases the callers provide: `ch` the child row, `c` the hearing's court_case row, and the voice row
 * (`s` statement, `r` report).
 */

/** The child is the actor themself (a youth's own record). */
const selfBranch = (actor: Actor, ch: string, p: SqlParams): string | null =>
  actor.personId ? `${ch}.person_id = ${p.add(actor.personId)}` : null;

/** The child lives with the actor's household now, in an open removal episode. */
const placedBranch = (actor: Actor, ch: string, p: SqlParams, provider?: string): string | null =>
  actor.personId
    ? `EXISTS (SELECT 1 FROM placement vpl JOIN removal_episode vre ON vre.id = vpl.removal_id
         JOIN provider_caregiver vpc ON vpc.provider_id = vpl.provider_id
        WHERE vpl.child_id = ${ch}.id AND vpl.end_date IS NULL AND vre.discharge_date IS NULL
          AND vpc.person_id = ${p.add(actor.personId)}${provider ? ` AND vpl.provider_id = ${provider}` : ''})`
    : null;

/** The child lives with the actor's household now: a predicate, `false` for an actor with no person. */
export const householdOf = (actor: Actor, ch: string, p: SqlParams): string =>
  placedBranch(actor, ch, p) ?? 'false';

/** The actor is on the case now in one of `roles`, for every child or for this one. */
const onCaseAs = (actor: Actor, c: string, ch: string, p: SqlParams, extra: string): string =>
  `EXISTS (SELECT 1 FROM case_participant vcp WHERE vcp.case_id = ${c}.id
     AND vcp.account_id = ${p.add(actor.accountId)} AND vcp.end_date IS NULL
     AND (vcp.child_id IS NULL OR vcp.child_id = ${ch}.id) AND (${extra}))`;

const pin = (actor: Actor, c: string, p: SqlParams, parts: (string | null)[]): string => {
  // A branch that can never hold is left out, so a reader with none left gets `false` and no query.
  const some = parts.filter((x): x is string => x !== null && x !== 'false');
  return some.length
    ? `(${c}.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND (${some.join(' OR ')}))`
    : 'false';
};

/**
 * A sent statement's readers: the youth; the judge of the case; the youth's own attorney or GAL; and,
 * only as the youth chose (`s.shared_with`), the caseworker and their supervisor, CASA, the agency's
 * attorney, the parents' side, the family the youth lives with. The clerk's `court` scope and the
 * analyst reach no statement: the words are for the judge, not the court file at large.
 */
export function statementReaders(actor: Actor, s: string, ch: string, c: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.read');
  const parts: (string | null)[] = [];
  if (scopes.includes('self')) parts.push(selfBranch(actor, ch, p));
  if (scopes.includes('docket') && actor.judgeId)
    parts.push(`${c}.assigned_judge_id = ${p.add(actor.judgeId)}`);
  if (scopes.includes('assigned')) {
    const byRole = STATEMENT_AUDIENCES.filter((a) => AUDIENCE_CASE_ROLES[a].length > 0).map(
      (a) =>
        `(vcp.case_role = ANY(${p.add(AUDIENCE_CASE_ROLES[a])}::text[]) AND ${p.add(a)} = ANY(${s}.shared_with))`,
    );
    parts.push(
      onCaseAs(
        actor,
        c,
        ch,
        p,
        [`vcp.case_role = ANY(${p.add(YOUTH_COUNSEL_ROLES)}::text[])`, ...byRole].join(' OR '),
      ),
    );
  }
  if (scopes.includes('unit') && actor.unitId)
    parts.push(`('caseworker' = ANY(${s}.shared_with) AND EXISTS (SELECT 1 FROM case_participant vup
        JOIN user_account vuw ON vuw.id = vup.account_id
       WHERE vup.case_id = ${c}.id AND vup.case_role = 'caseworker' AND vup.end_date IS NULL
         AND vuw.unit_id = ${p.add(actor.unitId)}))`);
  if (scopes.includes('placement')) {
    const placed = placedBranch(actor, ch, p);
    if (placed) parts.push(`('caregiver' = ANY(${s}.shared_with) AND ${placed})`);
  }
  return pin(actor, c, p, parts);
}

/**
 * A caregiver's report's readers: the court and the professionals on the case, by their case scopes
 * (docket, court, assigned, unit); and the household that wrote it, while the child lives there. Never
 * another household, and never the youth (the report is the caregiver's word to the court).
 */
export function reportReaders(actor: Actor, r: string, ch: string, c: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.read');
  const parts: (string | null)[] = [caseAccess(actor, 'voice.read', c, p)];
  if (scopes.includes('placement')) parts.push(placedBranch(actor, ch, p, `${r}.provider_id`));
  return pin(actor, c, p, parts);
}

/** Attendance plans: the court and the professionals on the case, and the youth themself. */
export function planReaders(actor: Actor, ch: string, c: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.read');
  const parts: (string | null)[] = [caseAccess(actor, 'voice.read', c, p)];
  if (scopes.includes('self')) parts.push(selfBranch(actor, ch, p));
  return pin(actor, c, p, parts);
}

/** Only the young person writes their statement (`voice.write` over 'self'). */
export function statementWriter(actor: Actor, ch: string, c: string, p: SqlParams): string {
  return pin(actor, c, p, [
    scopesFor(actor.roles, 'voice.write').includes('self') ? selfBranch(actor, ch, p) : null,
  ]);
}

/** The attendance plan: the youth, or their attorney, GAL or caseworker on the case. */
export function planWriter(actor: Actor, ch: string, c: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.write');
  const parts: (string | null)[] = [];
  if (scopes.includes('self')) parts.push(selfBranch(actor, ch, p));
  if (scopes.includes('assigned'))
    parts.push(onCaseAs(actor, c, ch, p, `vcp.case_role = ANY(${p.add(ATTENDANCE_PLAN_ROLES)}::text[])`));
  return pin(actor, c, p, parts);
}

/** A caregiver's report: a caregiver of the household the child lives with now. */
export function reportWriter(actor: Actor, ch: string, c: string, provider: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.write');
  return pin(actor, c, p, [scopes.includes('placement') ? placedBranch(actor, ch, p, provider) : null]);
}

/** Whether any branch reaches the child of a hearing: who may open a hearing's voices at all. */
export function hearingVoiceReaders(actor: Actor, c: string, p: SqlParams): string {
  const scopes = scopesFor(actor.roles, 'voice.read');
  const parts: (string | null)[] = [caseAccess(actor, 'voice.read', c, p)];
  const childBranches: (string | null)[] = [];
  if (scopes.includes('self')) childBranches.push(selfBranch(actor, 'vch', p));
  if (scopes.includes('placement')) childBranches.push(placedBranch(actor, 'vch', p));
  const some = childBranches.filter((x): x is string => x !== null);
  if (some.length)
    parts.push(`EXISTS (SELECT 1 FROM case_child vcc JOIN child vch ON vch.id = vcc.child_id
      WHERE vcc.case_id = ${c}.id AND (${some.join(' OR ')}))`);
  return pin(actor, c, p, parts);
}
