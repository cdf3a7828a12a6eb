import { hasPermission } from '@hearth/core';
import type { Actor } from './actor.ts';
import { forbidden, invalid } from '../platform/problem.ts';
import { BREAK_GLASS_HEADER } from '../platform/schemas.ts';

/**
 * A break-the-glass read: someone allowed to (judge, supervisor, agency attorney) opens a record outside
 * their relationships, or its sensitive classes without a grant, for a stated reason. The read is allowed
 * and flagged in the audit with the reason; anyone else is refused.
 * @returns the stated reason, or null when no break-the-glass was asked for
 */
export function breakGlassReason(actor: Actor, headers: Record<string, string | undefined>): string | null {
  const raw = headers[BREAK_GLASS_HEADER];
  if (raw === undefined) return null;
  if (!hasPermission(actor.roles, 'record.breakGlass'))
    throw forbidden('Your role may not open records outside your cases (break the glass).');
  const reason = decodeURIComponent(raw).trim();
  if (reason.length < 10)
    throw invalid([
      {
        field: `headers.${BREAK_GLASS_HEADER}`,
        pointer: '',
        detail: 'state the reason in at least 10 characters',
      },
    ]);
  return reason;
}
