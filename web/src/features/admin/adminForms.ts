import { ROLES, type Role } from '@hearth/core';
import type { ApiError } from '../../api/client.ts';

/** The roles with one ticked or unticked, in the registry's order, so a saved list always reads the same. */
export function withRole(roles: readonly Role[], role: Role, on: boolean): Role[] {
  const chosen = new Set(roles);
  if (on) chosen.add(role);
  else chosen.delete(role);
  return ROLES.filter((r) => chosen.has(r));
}

/** Whether two role lists hold the same roles, whatever their order. */
export function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** How a form says a field's problem in the reader's language, from the server's detail and status. */
export type FieldMessages<F extends string> = Record<F, (detail: string, status: number) => string>;

export type FieldProblems<F extends string> = {
  /** One message per field of the form, shown next to that field. */
  byField: Partial<Record<F, string>>;
  /** Problems with no field on this form (an id in the path, an unexpected member), said above it. */
  rest: string[];
};

/**
 * Sorts a problem+json's `errors[]` onto the form's fields. The server names a field by its path in the
 * body (`roles.2` is an item of `roles`); the first problem of a field wins, so a field shows one message.
 */
export function problemsByField<F extends string>(
  error: ApiError,
  messages: FieldMessages<F>,
): FieldProblems<F> {
  const byField: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const e of error.errors) {
    const top = e.field.split('.')[0] ?? '';
    if (Object.hasOwn(messages, top)) {
      const field = top as F;
      byField[field] ??= messages[field](e.detail, error.status);
    } else rest.push(e.field ? `${e.field}: ${e.detail}` : e.detail);
  }
  return { byField, rest };
}

/**
 * What to say when the server refuses a role change: no role at all, or (on one's own account) the loss
 * of the right to manage accounts, which the server refuses so that nobody locks themselves out.
 */
export function rolesRefusal(
  chosen: readonly Role[],
  isSelf: boolean,
  words: { atLeastOne: string; selfLockout: string },
  detail: string,
): string {
  if (chosen.length === 0) return words.atLeastOne;
  return isSelf ? words.selfLockout : detail;
}
