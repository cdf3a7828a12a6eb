import type { ZodType } from 'zod';
import type { RequestContext } from '../platform/context.ts';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import {
  ChildParams,
  Created,
  DeterminationParams,
  EducationRecord,
  EnrollmentParams,
  NormalcyRecord,
  RecordAdvocateBody,
  RecordAttendanceBody,
  RecordBestInterestBody,
  RecordCreditsBody,
  RecordDecisionMakerBody,
  RecordEnrollmentBody,
  RecordNormalcyConversationBody,
  RecordNormalcyDecisionBody,
  RecordSpecialEducationBody,
  UpdateBestInterestBody,
  UpdateEnrollmentBody,
} from './education.dto.ts';
import * as education from './education.service.ts';
import { updateBestInterest, updateEnrollment } from './education-edit.service.ts';
import * as normalcy from './normalcy.service.ts';

const BASE = '/api/v1/children/:childId/education';

/** One POST per part of the education record; each needs `education.record` over the child. */
function recordRoute<B>(
  path: string,
  summary: string,
  body: ZodType<B>,
  handler: (ctx: RequestContext, childId: string, body: B) => Promise<{ id: string }>,
): RouteDef {
  return route<{ childId: string }, undefined, B>({
    method: 'POST',
    url: `${BASE}/${path}`,
    tag: 'education',
    summary,
    permission: 'education.record',
    params: ChildParams,
    body,
    response: Created,
    successStatus: 201,
    handler: ({ ctx, params, body: input }) => handler(ctx, params.childId, input),
  });
}

export function educationRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: BASE,
      tag: 'education',
      summary:
        "A child's education record: schools and moves, best-interest determinations with transport, decision-maker, IEP or 504 (with the health grant), attendance, credits, advocate, flags",
      // Schools, moves and the determinations name parents and placements: the child's history.
      permission: 'child.readHistory',
      params: ChildParams,
      response: EducationRecord,
      handler: ({ ctx, params }) => education.getEducation(ctx, params.childId),
    }),
    recordRoute(
      'schools',
      'Enroll the child in a school; a change of school ends the current enrollment',
      RecordEnrollmentBody,
      education.recordEnrollment,
    ),
    route({
      method: 'PATCH',
      url: `${BASE}/schools/:enrollmentId`,
      tag: 'education',
      summary: "Record a school's exit date or records dates (If-Match required)",
      permission: 'education.record',
      params: EnrollmentParams,
      body: UpdateEnrollmentBody,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await updateEnrollment(
            ctx,
            params.childId,
            params.enrollmentId,
            versionFromIfMatch(headers['if-match']),
            body,
          ),
        );
      },
    }),
    recordRoute(
      'best-interest',
      'Record a best-interest determination about school stability, with its transportation plan',
      RecordBestInterestBody,
      education.recordBestInterest,
    ),
    route({
      method: 'PATCH',
      url: `${BASE}/best-interest/:determinationId`,
      tag: 'education',
      summary: "Record a determination's dispute and outcome, or its transport plan (If-Match required)",
      permission: 'education.record',
      params: DeterminationParams,
      body: UpdateBestInterestBody,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await updateBestInterest(
            ctx,
            params.childId,
            params.determinationId,
            versionFromIfMatch(headers['if-match']),
            body,
          ),
        );
      },
    }),
    recordRoute(
      'decision-makers',
      'Record who makes education decisions from a date, and by what authority',
      RecordDecisionMakerBody,
      education.recordDecisionMaker,
    ),
    recordRoute(
      'special-education',
      'Record an IEP or 504 plan (health information: needs the health grant)',
      RecordSpecialEducationBody,
      education.recordSpecialEducation,
    ),
    recordRoute(
      'attendance',
      "Record a term's days absent",
      RecordAttendanceBody,
      education.recordAttendance,
    ),
    recordRoute(
      'credits',
      'Record credits earned (grades 9 to 12)',
      RecordCreditsBody,
      education.recordCredits,
    ),
    recordRoute(
      'advocates',
      "Record the child's education advocate",
      RecordAdvocateBody,
      education.recordAdvocate,
    ),
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/normalcy',
      tag: 'education',
      summary:
        'Reasonable-and-prudent-parent decisions on activities and normalcy conversations with the youth',
      // Part of the child's everyday life, not its history: the caregiver it lives with, the youth, the case.
      permission: 'child.read',
      params: ChildParams,
      response: NormalcyRecord,
      handler: ({ ctx, params }) => normalcy.getNormalcy(ctx, params.childId),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/normalcy/decisions',
      tag: 'education',
      summary:
        'Record a reasonable-and-prudent-parent decision on an activity (caregivers: a child placed with you)',
      permission: 'normalcy.record',
      params: ChildParams,
      body: RecordNormalcyDecisionBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => normalcy.recordNormalcyDecision(ctx, params.childId, body),
    }),
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/normalcy/conversations',
      tag: 'education',
      summary: 'Record a normalcy conversation with the youth',
      permission: 'normalcy.record',
      params: ChildParams,
      body: RecordNormalcyConversationBody,
      response: Created,
      successStatus: 201,
      handler: ({ ctx, params, body }) => normalcy.recordNormalcyConversation(ctx, params.childId, body),
    }),
  ];
}
