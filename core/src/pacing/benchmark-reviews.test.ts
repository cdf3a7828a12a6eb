import { describe, expect, it } from 'vitest';
import { benchmarkCheckpoints, benchmarkStatus, checkBenchmarkAnswers } from './benchmark-reviews.ts';
import type { PacingFacts } from './clocks.ts';
import { CIP_BENCHMARK_REVIEWS } from '../rules/benchmark-reviews.ts';
import { FEDERAL_RULE_PACK } from '../rules/rule-pack.ts';

// Entered care 2024-01-01 (removal 2023-11-02 + 60 days): 12 months on 2024-12-31, 15 on 2025-03-31.
const facts = (more: Partial<PacingFacts> = {}): PacingFacts => ({
  episodes: [
    {
      id: 'r1',
      removalDate: '2023-11-02',
      adjudicationDate: null,
      dischargeDate: null,
      placements: [{ setting: 'group_home', startDate: '2023-11-02', endDate: null }],
    },
  ],
  hearings: [],
  orders: [],
  findings: [],
  tprPetitionsFiled: [],
  tprExceptions: [],
  ...more,
});

describe('benchmark review checkpoints (NM CIP practice, configurable)', () => {
  it('puts a review 30 days before each permanency hearing set', () => {
    const f = facts({
      hearings: [
        { id: 'h1', type: 'permanency', date: '2024-12-20', status: 'scheduled' },
        { id: 'h0', type: 'periodic_review', date: '2024-11-20', status: 'scheduled' },
      ],
    });
    const before = benchmarkCheckpoints(f, '2024-10-01', FEDERAL_RULE_PACK).filter(
      (c) => c.checkpoint === 'before_permanency_hearing',
    );
    expect(before).toEqual([
      {
        checkpoint: 'before_permanency_hearing',
        removalId: 'r1',
        dueDate: '2024-11-20',
        anchorDate: '2024-12-20',
        hearingId: 'h1',
      },
    ]);
  });

  it('with no permanency hearing set, puts it 30 days before the date one is due', () => {
    const [first] = benchmarkCheckpoints(facts(), '2024-10-01', FEDERAL_RULE_PACK);
    expect(first).toMatchObject({
      checkpoint: 'before_permanency_hearing',
      anchorDate: '2025-01-01',
      dueDate: '2024-12-02',
      hearingId: null,
    });
  });

  it('keeps the review of a permanency hearing due but not set, however late', () => {
    const late = benchmarkCheckpoints(facts(), '2025-02-15', FEDERAL_RULE_PACK).find(
      (c) => c.checkpoint === 'before_permanency_hearing',
    );
    expect(late).toMatchObject({ checkpoint: 'before_permanency_hearing', anchorDate: '2025-01-01' });
    expect(benchmarkStatus(late!.dueDate, false, '2025-02-15', 14)).toBe('overdue');
    // Held: the next one is due a year later.
    const held = facts({ hearings: [{ id: 'h1', type: 'permanency', date: '2024-12-20', status: 'held' }] });
    const next = benchmarkCheckpoints(held, '2025-02-15', FEDERAL_RULE_PACK).find(
      (c) => c.checkpoint === 'before_permanency_hearing',
    );
    expect(next!.anchorDate).toBe('2025-12-20');
  });

  it('puts one when the 15-of-22 count reaches 12 months, while the TPR question is open', () => {
    const near = benchmarkCheckpoints(facts(), '2024-10-01', FEDERAL_RULE_PACK).find(
      (c) => c.checkpoint === 'fifteen_of_twenty_two_near',
    );
    expect(near).toMatchObject({ dueDate: '2024-12-31', anchorDate: '2025-03-31' });
    const filed = facts({ tprPetitionsFiled: ['2024-09-01'] });
    expect(
      benchmarkCheckpoints(filed, '2024-10-01', FEDERAL_RULE_PACK).map((c) => c.checkpoint),
    ).not.toContain('fifteen_of_twenty_two_near');
    // Once the 15 months are reached the TPR clock itself takes over.
    expect(
      benchmarkCheckpoints(facts(), '2025-04-01', FEDERAL_RULE_PACK).map((c) => c.checkpoint),
    ).not.toContain('fifteen_of_twenty_two_near');
  });

  it('reads its checkpoints from the rule pack', () => {
    const pack = {
      ...FEDERAL_RULE_PACK,
      pacing: {
        ...FEDERAL_RULE_PACK.pacing,
        benchmarkReviews: {
          ...CIP_BENCHMARK_REVIEWS,
          checkpoints: [
            {
              code: 'before_review',
              kind: 'beforeHearing' as const,
              hearingTypes: ['periodic_review'],
              daysBefore: 10,
            },
          ],
        },
      },
    };
    const f = facts({
      hearings: [{ id: 'h0', type: 'periodic_review', date: '2024-11-20', status: 'scheduled' }],
    });
    expect(benchmarkCheckpoints(f, '2024-10-01', pack)).toEqual([
      {
        checkpoint: 'before_review',
        removalId: 'r1',
        dueDate: '2024-11-10',
        anchorDate: '2024-11-20',
        hearingId: 'h0',
      },
    ]);
  });

  it('has none for a child not in foster care', () => {
    const home = facts();
    home.episodes[0]!.dischargeDate = '2024-05-01';
    expect(benchmarkCheckpoints(home, '2024-10-01', FEDERAL_RULE_PACK)).toEqual([]);
  });

  it.each([
    ['2024-12-02', true, '2024-12-10', 'recorded'],
    ['2024-12-02', false, '2024-12-03', 'overdue'],
    ['2024-12-02', false, '2024-11-20', 'dueSoon'],
    ['2024-12-02', false, '2024-10-01', 'upcoming'],
  ] as const)('due %s, recorded %s, today %s → %s', (due, recorded, today, status) => {
    expect(benchmarkStatus(due, recorded, today, 14)).toBe(status);
  });
});

describe('the checklist answers', () => {
  const complete = Object.fromEntries(
    CIP_BENCHMARK_REVIEWS.checklist.map((i) => [
      i.code,
      i.answer === 'text'
        ? { note: 'Caseworker refers the mother to parenting classes by 1 May.' }
        : { answer: 'met' },
    ]),
  );
  it('accepts every item answered', () => {
    expect(checkBenchmarkAnswers(complete, CIP_BENCHMARK_REVIEWS)).toEqual([]);
  });
  it('names each item left out, an answer that is not one, and an item not on the checklist', () => {
    const rest = Object.fromEntries(
      Object.entries(complete).filter(([code]) => code !== 'safety' && code !== 'next_steps'),
    );
    const problems = checkBenchmarkAnswers(
      { ...rest, family_time: { answer: 'maybe' }, weather: { answer: 'met' } },
      CIP_BENCHMARK_REVIEWS,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'answers.family_time.answer',
        'answers.next_steps.note',
        'answers.safety.answer',
        'answers.weather',
      ].sort(),
    );
  });
});
