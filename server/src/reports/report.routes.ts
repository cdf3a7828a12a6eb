import type { FastifyReply } from 'fastify';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import { NarrativeAnswer, NarrativeBody, ReportParams, ReportQuery } from './report.dto.ts';
import { getCasaNarrative, saveCasaNarrative } from './narrative.service.ts';
import { generateReportCopy, type RenderedReport } from './report.service.ts';

/** A copy as a download: never kept by caches, for it holds a child's record. */
function send(reply: FastifyReply, file: RenderedReport): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** Court reports for a hearing: each recipient's copy of the agency's and the CASA's, and the CASA's words. */
export function reportRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/reports/agency',
      tag: 'reports',
      summary:
        "One recipient's copy of the agency's report for a hearing, as DOCX or PDF, leaving out what that recipient may not see (audited)",
      permission: 'courtReport.agency',
      params: ReportParams,
      query: ReportQuery,
      async handler({ ctx, params, query, reply }) {
        return send(reply, await generateReportCopy(ctx, 'agency', params.hearingId, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/reports/casa',
      tag: 'reports',
      summary:
        "One recipient's copy of the CASA volunteer's report for a hearing, as DOCX or PDF, leaving out what that recipient may not see (audited)",
      permission: 'courtReport.casa',
      params: ReportParams,
      query: ReportQuery,
      async handler({ ctx, params, query, reply }) {
        return send(reply, await generateReportCopy(ctx, 'casa', params.hearingId, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/reports/casa/narrative',
      tag: 'reports',
      summary: "The CASA volunteer's narrative for a hearing as last saved, with its ETag (audited)",
      permission: 'courtReport.casa',
      params: ReportParams,
      response: NarrativeAnswer,
      async handler({ ctx, params, reply }) {
        return tagged(reply, await getCasaNarrative(ctx, params.hearingId));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/reports/casa',
      tag: 'reports',
      summary:
        'Save the CASA volunteer\'s narrative for a hearing (observations, the child\'s wishes, recommendations), as a draft or submitted (If-Match; "0" for the first save)',
      permission: 'courtReport.casaWrite',
      params: ReportParams,
      body: NarrativeBody,
      response: NarrativeAnswer,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await saveCasaNarrative(ctx, params.hearingId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
  ];
}
