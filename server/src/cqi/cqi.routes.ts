import type { FastifyReply } from 'fastify';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import type { RenderedTable } from '../platform/table-export.ts';
import {
  ChildrenAnswer,
  ChildrenExportQuery,
  ChildrenQuery,
  EquityAnswer,
  EquityExportQuery,
  EquityQuery,
  IndicatorParams,
  IndicatorsAnswer,
  PeriodExportQuery,
  PeriodQuery,
  ReferenceBody,
  ReferenceParams,
  ReferenceValue,
  ReferenceValues,
  TrendAnswer,
  TrendExportQuery,
  TrendQuery,
} from './cqi.dto.ts';
import * as cqi from './cqi.service.ts';

/** Sends a rendered table as a download. */
function download(reply: FastifyReply, file: RenderedTable): Buffer {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store');
  return file.body;
}

const EXPORT_NOTE = ' as CSV or XLSX (audited; counts from 1 to 9 suppressed; needs cqi.read too)';

export function cqiRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators',
      tag: 'cqi',
      summary:
        "Your jurisdiction's outcome indicators for a 12-month period, computed from its records, with reference lines",
      permission: 'cqi.read',
      query: PeriodQuery,
      response: IndicatorsAnswer,
      handler: ({ ctx, query }) => cqi.indicators(ctx, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators/trend',
      tag: 'cqi',
      summary: 'The same indicators for consecutive 12-month periods ending with the one asked for',
      permission: 'cqi.read',
      query: TrendQuery,
      response: TrendAnswer,
      handler: ({ ctx, query }) => cqi.trend(ctx, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators/:key/children',
      tag: 'cqi',
      summary:
        'The children behind a numerator, a population or the exclusions of one indicator: those you may open are listed (audited), the others counted',
      permission: 'cqi.read',
      params: IndicatorParams,
      query: ChildrenQuery,
      response: ChildrenAnswer,
      handler: ({ ctx, params, query }) =>
        cqi.children(ctx, params.key, query, { limit: query.limit, offset: query.offset }),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/equity',
      tag: 'cqi',
      summary:
        'Each indicator by race and ethnicity, age group, sex or county, with the disparity against the whole; counts from 1 to 9 suppressed',
      permission: 'cqi.read',
      query: EquityQuery,
      response: EquityAnswer,
      handler: ({ ctx, query }) => cqi.equity(ctx, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/reference-values',
      tag: 'cqi',
      summary:
        'The national values the indicators are read against, each sourced or unverified, with its source',
      permission: 'cqi.read',
      response: ReferenceValues,
      handler: ({ ctx }) => cqi.referenceValues(ctx),
    }),
    route({
      method: 'PUT',
      url: '/api/v1/cqi/reference-values/:indicator/:measure',
      tag: 'cqi',
      summary:
        "Correct a reference value for your jurisdiction (If-Match with the row's version; a stale one gets 412)",
      permission: 'cqi.configure',
      params: ReferenceParams,
      body: ReferenceBody,
      response: ReferenceValue,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await cqi.updateReferenceValue(
            ctx,
            params.indicator,
            params.measure,
            versionFromIfMatch(headers['if-match']),
            body,
          ),
        );
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators/export',
      tag: 'cqi',
      summary: `Download the indicators table${EXPORT_NOTE}`,
      permission: 'data.export',
      query: PeriodExportQuery,
      async handler({ ctx, query, reply }) {
        const { format, ...q } = query;
        return download(reply, await cqi.exportTable(ctx, { table: 'indicators', query: q }, format));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators/trend/export',
      tag: 'cqi',
      summary: `Download the trend table${EXPORT_NOTE}`,
      permission: 'data.export',
      query: TrendExportQuery,
      async handler({ ctx, query, reply }) {
        const { format, ...q } = query;
        return download(reply, await cqi.exportTable(ctx, { table: 'trend', query: q }, format));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/equity/export',
      tag: 'cqi',
      summary: `Download the equity table${EXPORT_NOTE}`,
      permission: 'data.export',
      query: EquityExportQuery,
      async handler({ ctx, query, reply }) {
        const { format, ...q } = query;
        return download(reply, await cqi.exportTable(ctx, { table: 'equity', query: q }, format));
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/cqi/indicators/:key/children/export',
      tag: 'cqi',
      summary:
        'Download the list of children behind a figure (those you may open; each audited as read) as CSV or XLSX',
      permission: 'data.export',
      params: IndicatorParams,
      query: ChildrenExportQuery,
      async handler({ ctx, params, query, reply }) {
        const { format, ...q } = query;
        return download(
          reply,
          await cqi.exportTable(ctx, { table: 'children', key: params.key, query: q }, format),
        );
      },
    }),
  ];
}
