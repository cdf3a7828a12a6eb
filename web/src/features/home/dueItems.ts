import { hasPermission, type Role } from '@hearth/core';
import type { DueItem } from '../../api/types.ts';

/**
 * The due items are the agency's casework (visits, the court report, asking for the permanency hearing):
 * they are shown to whoever records placements and reads the children's history, i.e. caseworkers and
 * supervisors. Permissions, not role names, decide it (AGENTS.md); the API decides which children.
 */
export const showsDueItems = (roles: readonly Role[]): boolean =>
  hasPermission(roles, 'child.readHistory') && hasPermission(roles, 'placement.record');

export const STATUSES = ['overdue', 'dueSoon', 'upcoming'] as const;

/** Colour and a left rule for each status; the status is always written out too (never colour alone). */
export const STATUS_STYLE: Record<DueItem['status'], { tag: string; rule: string }> = {
  overdue: { tag: 'bg-error-dark text-white', rule: 'border-error-dark' },
  dueSoon: { tag: 'bg-warning text-ink', rule: 'border-warning' },
  upcoming: { tag: 'bg-base-lighter text-ink', rule: 'border-base-light' },
};

/** Overdue first, then due soon, then upcoming; each by due date, then by child. */
export function sortDueItems(items: readonly DueItem[]): DueItem[] {
  const rank = (i: DueItem) => STATUSES.indexOf(i.status);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.dueDate.localeCompare(b.dueDate) ||
      `${a.child.familyName} ${a.child.givenName}`.localeCompare(
        `${b.child.familyName} ${b.child.givenName}`,
      ),
  );
}

/** How many items of each status, for the line above the list. */
export function countByStatus(items: readonly DueItem[]): Record<DueItem['status'], number> {
  const counts = { overdue: 0, dueSoon: 0, upcoming: 0 };
  for (const i of items) counts[i.status] += 1;
  return counts;
}
