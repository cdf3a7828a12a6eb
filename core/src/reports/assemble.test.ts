import { describe, expect, it } from 'vitest';
import { NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { assembleReport, reportPeriod } from './assemble.ts';
import type { Guarded } from './model.ts';
import { reportFacts } from './test-facts.ts';

const valueOf = <T>(g: Guarded<T>): T => {
  if (!g.shown) throw new Error('withheld');
  return g.value;
};

describe('the period a report covers', () => {
  it.each([
    // [last hearing held, current removal, hearing, today] → [from, to]
    ['2025-02-20', '2025-01-05', '2025-06-10', '2025-06-02', '2025-02-20', '2025-06-02'],
    [null, '2025-01-05', '2025-06-10', '2025-06-02', '2025-01-05', '2025-06-02'],
    [null, null, '2025-06-10', '2025-06-20', '2024-12-10', '2025-06-10'],
  ] as const)(
    'held %s, removed %s, hearing %s, today %s → %s to %s',
    (prior, removal, hearing, today, from, to) => {
      expect(reportPeriod(prior, removal, hearing, today)).toEqual({ from, to });
    },
  );
});

describe('assembling the agency’s report', () => {
  const model = assembleReport(reportFacts(), '2025-06-02', NEW_MEXICO_RULE_PACK);
  const child = model.children[0]!;

  it('carries the case, the hearing and the child’s age and home now', () => {
    expect(model.case.petitionNumber).toBe('D-202-JQ-2025-00001');
    expect(model.hearing.type).toBe('periodic_review');
    expect(child.age).toBe(9);
    expect(child.inCare).toBe(true);
    const now = valueOf(child.currentPlacement)!;
    expect(now.setting).toBe('foster_family_nonrelative');
    expect(valueOf(now.caregiver).provider).toBe('Rivera foster home');
  });

  it('counts days in care and the pacing clocks from core/src/pacing', () => {
    const p = valueOf(child.permanency);
    // Adjudicated 2025-02-20, before 60 days after removal: entered care that day (SSA §475(5)(F)).
    expect(p.enteredCare).toBe('2025-02-20');
    expect(p.daysInCare).toBe(149); // 2025-01-05 to 2025-06-02, both counted
    expect(p.plans).toEqual([{ kind: 'primary', goal: 'reunification', since: '2025-03-01' }]);
    expect(p.clocks.map((c) => c.kind)).toContain('permanencyHearing');
  });

  it('lists the visits of the period only, in date order', () => {
    expect(valueOf(child.visits).map((v) => v.date)).toEqual(['2025-04-10', '2025-05-08']);
  });

  it('puts every sensitive class under its own guard, empty ones too', () => {
    expect(valueOf(child.sensitive.health)).toEqual(['Asthma; inhaler at school']);
    expect(valueOf(child.sensitive.sogi)).toEqual([]);
  });

  it('names the deadlines due soon or overdue for the court', () => {
    const late = assembleReport(reportFacts(), '2026-03-01', NEW_MEXICO_RULE_PACK);
    const items = valueOf(late.attention);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.status).toBe('overdue');
  });
});
