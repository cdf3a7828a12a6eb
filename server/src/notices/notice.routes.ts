import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import type { Mailer } from './mailer.ts';
import { HearingParams, NoticeDto, NoticeLog, NoticeParams, RecordServiceBody } from './notice.dto.ts';
import * as notices from './notice.service.ts';

export function noticeRoutes(services: { mailer: Mailer }): RouteDef[] {
  const { mailer } = services;
  return [
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/notices',
      tag: 'notices',
      summary:
        'Who must get notice of a hearing, the ICWA waiting period, and the log of what was sent to whom, when, and its proof of service',
      // Whoever reads the case reads its notice log; addresses stay out of it.
      permission: 'case.read',
      params: HearingParams,
      response: NoticeLog,
      handler: ({ ctx, params }) => notices.listHearingNotices(ctx, mailer, params.hearingId),
    }),
    route({
      method: 'POST',
      url: '/api/v1/hearings/:hearingId/notices',
      tag: 'notices',
      summary:
        'Send the notices of a hearing: e-mail through the mail server, a PDF for mail; 409 inside an ICWA waiting period',
      // Noticing a hearing is part of setting it (the clerk's and the judge's work).
      permission: 'hearing.schedule',
      params: HearingParams,
      response: NoticeLog,
      successStatus: 201,
      handler: ({ ctx, params }) => notices.sendHearingNotices(ctx, mailer, params.hearingId),
    }),
    route({
      method: 'GET',
      url: '/api/v1/notices/:noticeId.pdf',
      tag: 'notices',
      summary: 'The PDF of a mail notice, as sent (it carries the recipient’s mailing address)',
      // The PDF carries a caregiver's or a parent's address: for those who send notices only.
      permission: 'hearing.schedule',
      params: NoticeParams,
      async handler({ ctx, params, reply }) {
        const { pdf, sha256 } = await notices.noticePdf(ctx, params.noticeId);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="notice-${params.noticeId}.pdf"`)
          .header('cache-control', 'no-store')
          .header('x-content-sha256', sha256)
          .send(pdf);
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/notices/:noticeId',
      tag: 'notices',
      summary:
        'Record the proof of service of a notice: method, date served, by whom, the return receipt; days to prepare requested under ICWA (If-Match required)',
      permission: 'hearing.schedule',
      params: NoticeParams,
      body: RecordServiceBody,
      response: NoticeDto,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await notices.recordService(ctx, params.noticeId, versionFromIfMatch(headers['if-match']), body),
        );
      },
    }),
  ];
}
