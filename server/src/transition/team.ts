import { ROLE_GRANTS, type Role, type TeamMember } from '@hearth/core';
import type { RequestContext } from '../platform/context.ts';
import { forbidden } from '../platform/problem.ts';
import type { PlanRow } from './transition.repo.ts';

/**
 * The youth-chosen team as read and written (SSA §475(1)(B), §475A(b); domain-rules §7.3): the agency
 * may reject a member for good cause, and the member stays on the record as not accepted.
 */

/** The team as stored; a member of a plan stored before rejections existed reads as not rejected. */
export const teamOf = (row: PlanRow): TeamMember[] =>
  row.team.map((m) => ({ ...m, rejected: m.rejected ?? null }));

/**
 * The team as this viewer reads it. The youth reading their own plan sees that a person was not accepted,
 * not the agency's good cause: the caseworker explains it in person (SSA §475(1)(B); the cause may be
 * sensitive, e.g. a safety concern about that adult).
 */
export const teamFor = (team: TeamMember[], isSelf: boolean) =>
  team.map((m) => ({
    ...m,
    rejected: m.rejected ? { ...m.rejected, reason: isSelf ? null : m.rejected.reason } : null,
  }));

/** The writer's role that records plans (`plan.record`), stamped on a rejection they make. */
export function recordingRole(ctx: RequestContext): Role {
  const role = ctx.actor.roles.find((r) => ROLE_GRANTS[r]['plan.record']);
  if (!role) throw forbidden('Only the agency records the plan to adulthood.');
  return role;
}

/** The team as the audit may copy it: a rejection as `rejected: true`, never its good cause. */
export const teamForAudit = (team: TeamMember[]) => team.map((m) => ({ ...m, rejected: !!m.rejected }));
