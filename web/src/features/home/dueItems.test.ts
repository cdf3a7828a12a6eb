import { describe, expect, it } from 'vitest';
import { ROLES } from '@hearth/core';
import type { DueItem } from '../../api/types.ts';
import { countByStatus, showsDueItems, sortDueItems, STATUS_STYLE } from './dueItems.ts';
import { groupPeople } from './people.ts';

const item = (status: DueItem['status'], dueDate: string, family = 'A'): DueItem => ({
  kind: 'caseworkerVisit',
  status,
  dueDate,
  citation: 'P.L. 109-288',
  unconfirmed: false,
  hearingType: null,
  child: { id: family, givenName: 'Kid', familyName: family },
  case: { id: 'c', petitionNumber: 'D-1' },
});

describe('what needs you', () => {
  it('is shown to caseworkers and supervisors only (by permission)', () => {
    expect(ROLES.filter((r) => showsDueItems([r]))).toEqual(['caseworker', 'supervisor']);
  });

  it('puts overdue items first, then due soon, then by date and child', () => {
    const sorted = sortDueItems([
      item('upcoming', '2025-06-01'),
      item('dueSoon', '2025-05-10', 'B'),
      item('overdue', '2025-05-31'),
      item('dueSoon', '2025-05-10', 'A'),
      item('overdue', '2025-04-30'),
    ]);
    expect(sorted.map((i) => `${i.status} ${i.dueDate} ${i.child.familyName}`)).toEqual([
      'overdue 2025-04-30 A',
      'overdue 2025-05-31 A',
      'dueSoon 2025-05-10 A',
      'dueSoon 2025-05-10 B',
      'upcoming 2025-06-01 A',
    ]);
    expect(countByStatus(sorted)).toEqual({ overdue: 2, dueSoon: 2, upcoming: 1 });
  });

  it('gives every status its own colour', () => {
    expect(new Set(Object.values(STATUS_STYLE).map((s) => s.tag)).size).toBe(3);
  });
});

describe('the people on a young person’s case', () => {
  it('shows each person once, the ones to reach first, keeping any contact detail', () => {
    expect(
      groupPeople([
        { role: 'judge', name: 'Judge Ada Bench', email: null, phone: null },
        { role: 'casa_volunteer', name: 'Cas A', email: null, phone: null },
        { role: 'caseworker', name: 'Marisol T', email: null, phone: null },
        { role: 'caseworker', name: 'Marisol T', email: 'm@x.org', phone: null },
        { role: 'youth_attorney', name: 'Yvonne A', email: null, phone: '(505) 555-0100' },
      ]),
    ).toEqual([
      { role: 'caseworker', name: 'Marisol T', email: 'm@x.org', phone: null },
      { role: 'youth_attorney', name: 'Yvonne A', email: null, phone: '(505) 555-0100' },
      { role: 'casa_volunteer', name: 'Cas A', email: null, phone: null },
      { role: 'judge', name: 'Judge Ada Bench', email: null, phone: null },
    ]);
  });
});
