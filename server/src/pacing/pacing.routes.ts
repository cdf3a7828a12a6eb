import { z } from 'zod';
import { breakGlassReason } from '../access/break-glass.ts';
import { ChildParams } from '../children/child.dto.ts';
import { route, type RouteDef } from '../platform/route.ts';
import { BenchmarkReviewsAnswer, CaseParams, RecordBenchmarkReviewBody } from './benchmark-review.dto.ts';
import { listBenchmarkReviews, recordBenchmarkReview } from './benchmark-review.service.ts';
import { AtRiskAnswer, ChildClocksAnswer, RecordTprExceptionBody } from './pacing.dto.ts';
import { getChildClocks, listAtRisk, recordTprException } from './pacing.service.ts';

const Created = z.object({ id: z.string() });

export function pacingRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/clocks',
      tag: 'pacing',
      summary:
        "A child's permanency clocks: date entered foster care, days in care, 15 of 22 months and the TPR petition or exception, reasonable-efforts and contrary-to-welfare findings, reviews, permanency hearing, trial home visit",
      // Computed from the child's removals, placements, findings and petitions: their history.
      permission: 'child.readHistory',
      params: ChildParams,
      response: ChildClocksAnswer,
      handler: ({ ctx, params, headers }) =>
        getChildClocks(ctx, params.childId, breakGlassReason(ctx.actor, headers)),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/tpr-exceptions',
      tag: 'pacing',
      summary:
        'Document why no TPR petition is filed at 15 of 22 months: relative care, a compelling reason, or services not provided',
      // The exception is documented in the agency's case plan (45 CFR 1356.21(i)(2)(ii)): the plan's permission.
      permission: 'plan.record',
      params: ChildParams,
      body: RecordTprExceptionBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => recordTprException(ctx, params.childId, body),
    }),
    route({
      method: 'GET',
      url: '/api/v1/me/at-risk',
      tag: 'pacing',
      summary:
        'The children in foster care on your cases (your docket, your unit) with a permanency clock overdue or due within 30 days',
      permission: 'child.readHistory',
      response: AtRiskAnswer,
      handler: ({ ctx }) => listAtRisk(ctx),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cases/:caseId/benchmark-reviews',
      tag: 'pacing',
      summary:
        "The benchmark reviews of a case: due by the rule pack's checkpoints, and recorded with their checklist and outcome",
      permission: 'child.readHistory',
      params: CaseParams,
      response: BenchmarkReviewsAnswer,
      handler: ({ ctx, params }) => listBenchmarkReviews(ctx, params.caseId),
    }),
    route({
      method: 'POST',
      url: '/api/v1/cases/:caseId/benchmark-reviews',
      tag: 'pacing',
      summary: "Record a benchmark review of a child's progress toward permanency: checklist and outcome",
      // A review of progress on the case plan, with the agency's next steps: the plan's permission.
      permission: 'plan.record',
      params: CaseParams,
      body: RecordBenchmarkReviewBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => recordBenchmarkReview(ctx, params.caseId, body),
    }),
  ];
}
