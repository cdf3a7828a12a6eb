import { route, type RouteDef } from '../platform/route.ts';
import { MeasuresAnswer, MeasuresExportQuery, MeasuresQuery } from './measures.dto.ts';
import { courtMeasures, exportCourtMeasures } from './measures.service.ts';

export function courtMeasureRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/court-measures',
      tag: 'cqi',
      summary:
        'Court performance measures for a 12-month period by court or judge: time to adjudication, disposition, first permanency hearing, TPR and permanency; hearings on time; continuances; attendance; judges per case (counts from 1 to 9 suppressed)',
      permission: 'cqi.read',
      query: MeasuresQuery,
      response: MeasuresAnswer,
      handler: ({ ctx, query }) => courtMeasures(ctx, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/court-measures/export',
      tag: 'cqi',
      summary: 'Download the court performance measures as CSV or XLSX (audited; needs cqi.read too)',
      permission: 'data.export',
      query: MeasuresExportQuery,
      async handler({ ctx, query, reply }) {
        const { format, ...q } = query;
        const file = await exportCourtMeasures(ctx, q, format);
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'no-store');
        return file.body;
      },
    }),
  ];
}
