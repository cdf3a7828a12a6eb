import type { AuditContext } from '../audit/audit-log.ts';

/** The audit context of seeding: the system acting, outside any request. */
export const seedAuditContext = (jurisdictionId: string): AuditContext => ({
  actorId: 'system',
  actorLabel: 'hearth seed',
  jurisdictionId,
  requestId: null,
  ip: null,
  now: () => new Date(),
});
