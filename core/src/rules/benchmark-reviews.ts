/**
 * Benchmark reviews: short, structured reviews of a child's progress toward permanency at set points of a
 * case. New Mexico's Court Improvement Project describes them in a Best Practices Bulletin ("Benchmark
 * Reviews") that is not yet obtained (domain-rules §5.2, Appendix B item 4): every number and item here is
 * configuration, marked unconfirmed, for the jurisdiction to set.
 */

/** Where a checkpoint sits in a case. */
export type BenchmarkCheckpointRule =
  | {
      /** N days before each hearing of these types (scheduled, or the date it is due when none is set). */
      code: string;
      kind: 'beforeHearing';
      hearingTypes: readonly string[];
      daysBefore: number;
    }
  | {
      /** The day the 15-of-22 count reaches N months (as counted for SSA §475(5)(E)). */
      code: string;
      kind: 'monthsInCare';
      months: number;
    };

/** An `assessment` item is answered met / partly / not met / not applicable with a note; `text` is a note only. */
export type BenchmarkChecklistItem = { code: string; prompt: string; answer: 'assessment' | 'text' };

export type BenchmarkReviewRules = {
  checkpoints: readonly BenchmarkCheckpointRule[];
  checklist: readonly BenchmarkChecklistItem[];
  citation: string;
  unconfirmed: boolean;
};

export const BENCHMARK_ANSWERS = ['met', 'partly', 'not_met', 'not_applicable'] as const;
export type BenchmarkAnswer = (typeof BENCHMARK_ANSWERS)[number];

/** What the review concluded about progress toward permanency. */
export const BENCHMARK_OUTCOMES = ['on_track', 'action_needed', 'plan_change_recommended'] as const;
export type BenchmarkOutcome = (typeof BENCHMARK_OUTCOMES)[number];

/**
 * A review 30 days before each permanency hearing, in time to prepare the pre-permanency meeting
 * (§32A-4-25.1(A)), and one when the child has been in care 12 of the most recent 22 months, three months
 * before the TPR decision of SSA §475(5)(E) is due. Both intervals are practice choices pending the bulletin.
 */
export const CIP_BENCHMARK_REVIEWS: BenchmarkReviewRules = {
  checkpoints: [
    {
      code: 'before_permanency_hearing',
      kind: 'beforeHearing',
      hearingTypes: ['permanency'],
      daysBefore: 30,
    },
    { code: 'fifteen_of_twenty_two_near', kind: 'monthsInCare', months: 12 },
  ],
  checklist: [
    { code: 'safety', prompt: 'Is the child safe where they live now?', answer: 'assessment' },
    {
      code: 'case_plan_progress',
      prompt: 'Are the parents making progress on the case plan?',
      answer: 'assessment',
    },
    {
      code: 'family_time',
      prompt: 'Is family time (visits with parents and siblings) happening as planned?',
      answer: 'assessment',
    },
    {
      code: 'placement_stability',
      prompt: 'Is the placement stable, with no move expected?',
      answer: 'assessment',
    },
    {
      code: 'concurrent_plan',
      prompt: 'Is the concurrent plan being worked on at the same time?',
      answer: 'assessment',
    },
    {
      code: 'barriers',
      prompt: 'Have the barriers to permanency been named and addressed?',
      answer: 'assessment',
    },
    { code: 'next_steps', prompt: 'Next steps: who does what, by when', answer: 'text' },
  ],
  citation:
    'NM Court Improvement Project, Best Practices Bulletin "Benchmark Reviews" (not yet obtained; domain-rules §5.2)',
  unconfirmed: true,
};
