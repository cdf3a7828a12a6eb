import { z } from 'zod';
import { route, type RouteDef } from '../platform/route.ts';
import { Page, paginate, uuid } from '../platform/schemas.ts';
import { recordAudit } from './audit-log.ts';

const AuditQuery = Page.extend({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: uuid.optional(),
  breakGlass: z.enum(['true', 'false']).optional(),
});

export function auditRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/audit-events',
      tag: 'audit',
      summary: 'The audit log of your jurisdiction, newest first: who looked at or changed what, and why',
      permission: 'audit.read',
      query: AuditQuery,
      handler: ({ ctx, query }) =>
        ctx.db.transaction(async (tx) => {
          const values: unknown[] = [ctx.actor.jurisdictionId];
          const where = ['jurisdiction_id = $1'];
          const add = (sql: string, v: unknown): void => {
            values.push(v);
            where.push(sql.replace('?', `$${values.length}`));
          };
          if (query.entityType) add('entity_type = ?', query.entityType);
          if (query.entityId) add('entity_id = ?', query.entityId);
          if (query.actorId) add('actor_id = ?', query.actorId);
          if (query.breakGlass) add('break_glass = ?', query.breakGlass === 'true');
          values.push(query.limit + 1, query.offset);
          const rows = await tx.query<Record<string, unknown>>(
            `SELECT seq, actor_id, actor_label, action, entity_type, entity_id, occurred_at, recorded_at, outcome,
                    break_glass, reason, data
               FROM audit_event WHERE ${where.join(' AND ')}
              ORDER BY seq DESC LIMIT $${values.length - 1} OFFSET $${values.length}`,
            values,
          );
          await recordAudit(tx, ctx.audit, {
            action: 'audit.viewed',
            entityType: 'audit_event',
            entityId: query.entityId ?? null,
            data: { entityType: query.entityType ?? null },
          });
          return paginate(rows, query.limit, query.offset);
        }),
    }),
  ];
}
