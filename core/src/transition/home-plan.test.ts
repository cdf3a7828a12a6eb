import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import {
  homePlanCompletionProblems,
  trialHomeVisitGuard,
  visitProgressionProblems,
  type VisitStage,
} from './home-plan.ts';

const stage = (step: VisitStage['step'], startDate: string, endDate: string | null = null): VisitStage => ({
  step,
  startDate,
  endDate,
});

describe('visit progression: supervised → unsupervised → overnight → trial home visit', () => {
  it.each([
    [[stage('supervised', '2026-01-05'), stage('unsupervised', '2026-02-01')], []],
    [
      [
        stage('supervised', '2026-01-05', '2026-01-31'),
        stage('unsupervised', '2026-02-01', '2026-02-28'),
        stage('overnight', '2026-03-01'),
        stage('trial_home_visit', '2026-04-01'),
      ],
      [],
    ],
    // a step may be skipped when the court allows it
    [[stage('supervised', '2026-01-05'), stage('overnight', '2026-02-01')], []],
    [
      [stage('overnight', '2026-01-05'), stage('supervised', '2026-02-01')],
      ['visits.1: supervised cannot follow overnight'],
    ],
    [
      [stage('supervised', '2026-01-05'), stage('supervised', '2026-02-01')],
      ['visits.1: supervised is listed twice'],
    ],
    [
      [stage('supervised', '2026-02-05'), stage('unsupervised', '2026-02-01')],
      ['visits.1: starts before the step before it'],
    ],
    [[stage('supervised', '2026-02-05', '2026-02-01')], ['visits.0: ends before it starts']],
  ])('%j → %j', (visits, problems) => {
    expect(visitProgressionProblems(visits)).toEqual(problems);
  });
});

describe('a completed transition home plan (NMSA 1978 §32A-4-25.1(C))', () => {
  it('needs services, a safety plan, the visit steps and aftercare', () => {
    expect(homePlanCompletionProblems({ services: [], safetyPlan: ' ', visits: [], aftercare: [] })).toEqual([
      'services: name at least one service',
      'safetyPlan: write the safety plan',
      'visits: give the steps of family time',
      'aftercare: name the support after the child is home',
    ]);
    expect(
      homePlanCompletionProblems({
        services: [{ name: 'Family therapy' }],
        safetyPlan: 'Grandmother checks in daily.',
        visits: [stage('supervised', '2026-01-05')],
        aftercare: [{ name: 'In-home services for 90 days' }],
      }),
    ).toEqual([]);
  });
});

describe('the trial home visit guard', () => {
  it.each([
    [{ status: 'completed' as const }, false, NEW_MEXICO_RULE_PACK, 'allow'],
    [{ status: 'draft' as const }, false, NEW_MEXICO_RULE_PACK, 'refuse'],
    [null, false, NEW_MEXICO_RULE_PACK, 'refuse'],
    [null, true, NEW_MEXICO_RULE_PACK, 'allow_by_order'],
    [null, false, FEDERAL_RULE_PACK, 'warn'],
  ])('plan %j, court order %s → %s', (plan, order, pack, answer) => {
    expect(trialHomeVisitGuard(plan, order, pack)).toBe(answer);
  });
});
