import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RequestContext } from '../platform/context.ts';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import {
  ChildVoice,
  ChildVoiceParams,
  HearingChildParams,
  HearingParams,
  HearingVoicesPage,
  PermissionDto,
  PlanDto,
  RecordPermissionBody,
  RecordPlanBody,
  ReportDto,
  SaveReportBody,
  SaveStatementBody,
  StatementDto,
} from './voice.dto.ts';
import { recordPermission, recordPlan } from './attendance-plan.service.ts';
import { saveReport, submitReport } from './caregiver-report.service.ts';
import { saveStatement, sendStatement } from './statement.service.ts';
import { getChildVoice, getHearingVoices } from './voice.service.ts';
import type { Tagged } from './voice.shared.ts';

const NoBody = z.strictObject({}).optional();

/** A write to one child's part of a hearing (a send takes no body). */
type HearingChildWrite<B> = (
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
  body: B,
) => Promise<Tagged<unknown>>;

type WriteInput<B> = {
  ctx: RequestContext;
  params: { hearingId: string; childId: string };
  body: B;
  headers: Record<string, string | undefined>;
  reply: FastifyReply;
};

/** Its handler: the version from If-Match in, the saved record out with its new ETag. */
const hearingChildWrite =
  <B>(write: HearingChildWrite<B>) =>
  async ({ ctx, params, body, headers, reply }: WriteInput<B>) =>
    tagged(
      reply,
      await write(ctx, params.hearingId, params.childId, versionFromIfMatch(headers['if-match']), body),
    );

/**
 * Young people's and caregivers' voice at a hearing (domain-rules §7.3, §9). Who may read or write each
 * piece is decided in SQL (voice.access.ts); the routes declare the permission.
 */
export function voiceRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/voice',
      tag: 'voice',
      summary:
        "A child's coming hearings with what the reader may see and write for each: the youth's own statement to the judge, how they will attend, the caregiver's report",
      permission: 'voice.read',
      params: ChildVoiceParams,
      response: ChildVoice,
      handler: ({ ctx, params }) => getChildVoice(ctx, params.childId),
    }),
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/voices',
      tag: 'voice',
      summary:
        "What the youth of a hearing sent the judge (as each chose to share it), the caregivers' reports and how the youth will attend or attended",
      permission: 'voice.read',
      params: HearingParams,
      response: HearingVoicesPage,
      handler: ({ ctx, params }) => getHearingVoices(ctx, params.hearingId),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/children/:childId/statement',
      tag: 'voice',
      summary:
        'The young person saves their draft of what they want the judge to know (created on the first save, If-Match after)',
      permission: 'voice.write',
      params: HearingChildParams,
      body: SaveStatementBody,
      response: StatementDto,
      handler: hearingChildWrite(saveStatement),
    }),
    route({
      method: 'POST',
      url: '/api/v1/hearings/:hearingId/children/:childId/statement/send',
      tag: 'voice',
      summary: 'The young person sends their statement to the judge (If-Match); it can no longer change',
      permission: 'voice.write',
      params: HearingChildParams,
      body: NoBody,
      response: StatementDto,
      handler: hearingChildWrite(sendStatement),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/children/:childId/attendance-plan',
      tag: 'voice',
      summary:
        'How the youth will attend the hearing (in person, remote, excused with a reason), by the youth, their attorney or GAL, or caseworker',
      permission: 'voice.write',
      params: HearingChildParams,
      body: RecordPlanBody,
      response: PlanDto,
      handler: hearingChildWrite(recordPlan),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/children/:childId/caregiver-report',
      tag: 'voice',
      summary:
        "A foster, kin or pre-adoptive caregiver saves the household's draft report on a child placed with them (If-Match after the first save)",
      permission: 'voice.write',
      params: HearingChildParams,
      body: SaveReportBody,
      response: ReportDto,
      handler: hearingChildWrite(saveReport),
    }),
    route({
      method: 'POST',
      url: '/api/v1/hearings/:hearingId/children/:childId/caregiver-report/submit',
      tag: 'voice',
      summary: "The caregiver sends the household's report to the court (If-Match); it can no longer change",
      permission: 'voice.write',
      params: HearingChildParams,
      body: NoBody,
      response: ReportDto,
      handler: hearingChildWrite(submitReport),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/children/:childId/voice-permission',
      tag: 'voice',
      summary:
        "The court's permission for a child under the voice age to write to the judge, with the order's date (If-Match once recorded)",
      // The permission is an order of the court: recorded by whoever records its orders.
      permission: 'order.record',
      params: ChildVoiceParams,
      body: RecordPermissionBody,
      response: PermissionDto,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await recordPermission(ctx, params.childId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
  ];
}
