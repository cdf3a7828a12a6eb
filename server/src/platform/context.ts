import type { Clock, RulePack } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import type { AuditContext } from '../audit/audit-log.ts';
import type { Db } from './db.ts';

/** What a use case gets: the database, who is asking, the clock and the rule pack. Built per request. */
export type RequestContext = {
  db: Db;
  actor: Actor;
  clock: Clock;
  rulePack: RulePack;
  /** The time zone of the actor's jurisdiction: "today" is a date on the court's own calendar. */
  timeZone: string;
  audit: AuditContext;
};

export function auditContextFor(
  actor: Actor | null,
  clock: Clock,
  requestId: string | null,
  ip: string | null,
): AuditContext {
  return {
    actorId: actor?.accountId ?? 'anonymous',
    actorLabel: actor ? `${actor.label} <${actor.email}>` : 'anonymous',
    jurisdictionId: actor?.jurisdictionId ?? null,
    requestId,
    ip,
    now: () => clock.now(),
  };
}
