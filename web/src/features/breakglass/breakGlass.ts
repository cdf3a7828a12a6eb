import { hasPermission, type Role } from '@hearth/core';

/**
 * The shortest reason the server accepts for breaking the glass (server/src/access/break-glass.ts): the
 * form says so next to the field and checks it before asking.
 */
export const BREAK_GLASS_MIN_REASON = 10;

/** Only those who may break the glass (judges, supervisors, agency attorneys) are offered to. */
export const canBreakGlass = (roles: readonly Role[]): boolean => hasPermission(roles, 'record.breakGlass');

/** The reason as it will be sent, or why it cannot be: the server trims it and counts what is left. */
export function checkReason(text: string): { ok: true; reason: string } | { ok: false; problem: 'tooShort' } {
  const reason = text.trim();
  return reason.length >= BREAK_GLASS_MIN_REASON ? { ok: true, reason } : { ok: false, problem: 'tooShort' };
}
