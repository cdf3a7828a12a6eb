import { route, type RouteDef } from '../platform/route.ts';
import { AfcarsXmlQuery } from './afcars.dto.ts';
import { startAfcarsDownload } from './afcars.service.ts';

export function afcarsRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/data/afcars.xml',
      tag: 'data',
      summary: "Download your jurisdiction's records as AFCARS 2020 out-of-home-care XML (audited)",
      permission: 'data.export',
      query: AfcarsXmlQuery,
      async handler({ ctx, query, reply }) {
        const { stream, reportPeriod } = await startAfcarsDownload(ctx, query.reportPeriod);
        reply
          .header('content-type', 'application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="afcars-${reportPeriod}.xml"`)
          .header('cache-control', 'no-store');
        return stream;
      },
    }),
  ];
}
