import { route, type RouteDef } from '../platform/route.ts';
import { Docket, DocketChoices, DocketPdfQuery, DocketQuery } from './docket.dto.ts';
import * as dockets from './docket.service.ts';

export function docketRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/dockets',
      tag: 'dockets',
      summary:
        "A judge's or a courtroom's hearings for a day or up to a week, in court-local time, with the parties expected (children by initials), interpreter needs, overlaps and free time (audited)",
      permission: 'docket.read',
      query: DocketQuery,
      response: Docket,
      handler: ({ ctx, query }) => dockets.getDocket(ctx, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/dockets.pdf',
      tag: 'dockets',
      summary: 'The same docket as a printable PDF (US Letter, landscape), in English or Spanish (audited)',
      permission: 'docket.read',
      query: DocketPdfQuery,
      async handler({ ctx, query, reply }) {
        const { bytes, filename } = await dockets.getDocketPdf(ctx, query);
        // Inline, so the browser opens it to print; not stored by caches: it lists confidential cases.
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${filename}"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(bytes));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/lookups/dockets',
      tag: 'lookups',
      summary: 'The judges and courtrooms whose dockets you may open, and the one to show first',
      permission: 'docket.read',
      response: DocketChoices,
      handler: ({ ctx }) => dockets.listDocketChoices(ctx),
    }),
  ];
}
