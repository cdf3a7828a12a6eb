import { Readable } from 'node:stream';
import { route, type RouteDef } from '../platform/route.ts';
import { DataSummary, InterchangeParams } from './data.dto.ts';
import * as data from './data.service.ts';

export function dataRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/data/summary',
      tag: 'data',
      summary:
        "Counts of your district's data today: open cases, children in care, removals this year, hearings this month",
      permission: 'cqi.read',
      response: DataSummary,
      handler: ({ ctx }) => data.dataSummary(ctx),
    }),
    route({
      method: 'GET',
      url: '/api/v1/data/interchange/:file',
      tag: 'data',
      summary: 'Download one CQI interchange file of your jurisdiction as CSV (audited)',
      permission: 'data.export',
      params: InterchangeParams,
      async handler({ ctx, params, reply }) {
        const chunks = await data.startInterchangeDownload(ctx, params.file);
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${params.file}"`)
          .header('cache-control', 'no-store');
        // A stream honours backpressure: the next batch is read only when the client has taken the last.
        return Readable.from(chunks);
      },
    }),
  ];
}
