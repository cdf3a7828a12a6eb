import {
  AGE_GROUPS,
  computeIndicators,
  contributionsFor,
  cqiPeriod,
  defaultPeriodStart,
  diffFields,
  drillDown,
  equityBreakdown,
  fiscalYearOf,
  INDICATOR_KEYS,
  isoOfDay,
  isOnBetterSide,
  NOT_RECORDED,
  periodDates,
  RACE_ETHNICITIES,
  scopesFor,
  shiftYears,
  suppressCount,
  todayOf,
  trendStarts,
  type Better,
  type CqiPeriod,
  type DrillPart,
  type EquityDimension,
  type IndicatorKey,
  type IsoDate,
  type Permission,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import {
  fieldError,
  forbidden,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type {
  ChildrenDto,
  EquityDto,
  IndicatorCardDto,
  IndicatorsDto,
  ReferenceBody,
  ReferenceMeasure,
  ReferenceValueDto,
  TrendDto,
} from './cqi.dto.ts';
import * as repo from './cqi.repo.ts';
import { childrenTable, equityTable, indicatorsTable, trendTable } from './cqi.tables.ts';
import {
  renderTable,
  type ExportTable,
  type RenderedTable,
  type TableFormat,
} from '../platform/table-export.ts';

/**
 * The analyst's outcome-indicator dashboard (issue 5): the contract's indicators (cqi-interchange.md)
 * computed by the engine from the jurisdiction's live records, their trend, the equity breakdown and the
 * children behind each number.
 *
 * Every request reads the jurisdiction once, in one REPEATABLE READ, READ ONLY transaction (readSnapshot),
 * and computes in memory; the audit row is then written in a transaction of its own (a read-only
 * transaction cannot hold it), before anything is returned, as `hearth export` does.
 */

/**
 * Which side is better, by the indicators' definitions (domain-rules.md §1.3: "a higher value is more
 * desirable" for permanency; lower for re-entry, moves, maltreatment and recurrence; §3 visits). The
 * reference table carries the same per row; this is the fallback for an indicator without a row.
 */
const DEFINED_BETTER: Record<IndicatorKey, Better> = {
  permanency_12m_entries: 'higher',
  permanency_12m_12_23: 'higher',
  permanency_12m_24_plus: 'higher',
  reentry_12m: 'lower',
  placement_stability: 'lower',
  maltreatment_in_care: 'lower',
  recurrence_12m: 'lower',
  caseworker_visits: 'higher',
};

/** The line a card is read against: current national performance first, then the older standard or a target. */
const REFERENCE_PREFERENCE: readonly ReferenceMeasure[] = [
  'round4_performance',
  'round3_standard',
  'federal_target',
];

type Snapshot = repo.LoadedChildren & { references: ReferenceValueDto[]; today: IsoDate };

/**
 * The dashboard covers the whole jurisdiction, so a permission held over anything narrower is refused
 * rather than silently widened (as the interchange download refuses a narrower `data.export`).
 */
function requireJurisdiction(ctx: RequestContext, permission: Permission, what: string): void {
  if (!scopesFor(ctx.actor.roles, permission).includes('jurisdiction'))
    throw forbidden(`${what} cover the whole jurisdiction; your ${permission} right does not.`);
}

const toReference = (r: repo.ReferenceRow): ReferenceValueDto => ({
  indicator: r.indicator,
  measure: r.measure as ReferenceMeasure,
  value: r.value === null ? null : Number(r.value),
  better: r.better,
  status: r.status,
  source: r.source,
  version: r.version,
  own: r.own,
});

async function readSnapshot(ctx: RequestContext, from: IsoDate): Promise<Snapshot> {
  return ctx.db.transaction(async (tx) => {
    // One snapshot for the reads and the references; must be the transaction's first statement.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const loaded = await repo.loadChildren(tx, ctx.actor.jurisdictionId, from);
    const references = (await repo.loadReferenceValues(tx, ctx.actor.jurisdictionId)).map(toReference);
    return { ...loaded, references, today: todayOf(ctx.clock, ctx.timeZone) };
  });
}

const latestIso = (s: Snapshot): IsoDate | null => (s.latestDate === null ? null : isoOfDay(s.latestDate));

function checkPeriodStart(start: IsoDate): CqiPeriod {
  try {
    return cqiPeriod(start);
  } catch (err) {
    if (err instanceof RangeError)
      throw invalid([
        fieldError('periodStart', 'cannot be 29 February (a period has no same day next year)', 'query'),
      ]);
    throw err;
  }
}

/**
 * Reads the records for the period asked for (or the default one) and the `years − 1` periods before it,
 * once. The default depends on the latest date in the records, known only after reading: the read starts
 * from the default as of today (the records' latest date is normally today), and is done again from
 * earlier only when the records stop before that.
 */
async function load(
  ctx: RequestContext,
  periodStart: IsoDate | undefined,
  years = 1,
): Promise<{ s: Snapshot; start: IsoDate; period: CqiPeriod; defaultStart: IsoDate }> {
  if (periodStart !== undefined) checkPeriodStart(periodStart);
  const today = todayOf(ctx.clock, ctx.timeZone);
  const guess = periodStart ?? defaultPeriodStart(null, today);
  let s = await readSnapshot(ctx, shiftYears(guess, 1 - years));
  const defaultStart = defaultPeriodStart(latestIso(s), today);
  const start = periodStart ?? defaultStart;
  if (start < guess) s = await readSnapshot(ctx, shiftYears(start, 1 - years));
  return { s, start, period: checkPeriodStart(start), defaultStart };
}

const periodDto = (start: IsoDate) => ({ ...periodDates(start), fiscalYear: fiscalYearOf(start) });

function betterOf(s: Snapshot): Record<IndicatorKey, Better> {
  const out = { ...DEFINED_BETTER };
  for (const r of s.references) out[r.indicator] = r.better;
  return out;
}

function referenceFor(s: Snapshot, key: IndicatorKey): ReferenceValueDto | null {
  for (const measure of REFERENCE_PREFERENCE) {
    const r = s.references.find((x) => x.indicator === key && x.measure === measure && x.value !== null);
    if (r) return r;
  }
  return null;
}

const extentOf = (s: Snapshot, defaultStart: IsoDate) => ({
  latestDate: latestIso(s),
  childrenLeftOut: s.missingBirthDate,
  defaultPeriodStart: defaultStart,
});

async function auditView(ctx: RequestContext, data: Record<string, unknown>): Promise<void> {
  // Aggregates only: what was looked at, never which children are behind it.
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx.audit, {
      action: 'cqi.viewed',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data,
    }),
  );
}

function cardsOf(s: Snapshot, period: CqiPeriod): IndicatorCardDto[] {
  const result = computeIndicators(s.children, period, s.latestDate);
  const better = betterOf(s);
  return INDICATOR_KEYS.map((key) => {
    const f = result.indicators[key];
    const reference = referenceFor(s, key);
    return {
      key,
      ...f,
      better: better[key],
      excluded: result.exclusions.filter((e) => e.indicator === key).length,
      reference,
      onBetterSide: isOnBetterSide(f.value, reference?.value ?? null, better[key]),
    };
  });
}

/** The indicators for one period, as the contract computes them, with their reference lines. */
export async function indicators(
  ctx: RequestContext,
  q: { periodStart?: IsoDate | undefined },
  audit = true,
): Promise<IndicatorsDto> {
  requireJurisdiction(ctx, 'cqi.read', 'Outcome indicators');
  const { s, start, period, defaultStart } = await load(ctx, q.periodStart);
  const dto = { period: periodDto(start), ...extentOf(s, defaultStart), indicators: cardsOf(s, period) };
  if (audit) await auditView(ctx, { view: 'cqi.indicators', periodStart: start });
  return dto;
}

/** The same indicators for `periods` consecutive 12-month periods ending with the one asked for. */
export async function trend(
  ctx: RequestContext,
  q: { periodStart?: IsoDate | undefined; periods: number },
  audit = true,
): Promise<TrendDto> {
  requireJurisdiction(ctx, 'cqi.read', 'Outcome indicators');
  const { s, start, defaultStart } = await load(ctx, q.periodStart, q.periods);
  const periods = trendStarts(start, q.periods).map((p) => {
    const result = computeIndicators(s.children, cqiPeriod(p), s.latestDate);
    return {
      period: periodDto(p),
      indicators: INDICATOR_KEYS.map((key) => ({ key, ...result.indicators[key] })),
    };
  });
  if (audit) await auditView(ctx, { view: 'cqi.trend', periodStart: start, periods: q.periods });
  return { ...extentOf(s, defaultStart), periods, references: s.references };
}

/** The order groups are listed in: the code lists' own, "not recorded" last; counties alphabetically. */
function groupOrder(by: EquityDimension): readonly string[] {
  switch (by) {
    case 'race_ethnicity':
      return [...RACE_ETHNICITIES.filter((r) => r !== 'unknown'), NOT_RECORDED];
    case 'age_group':
      return AGE_GROUPS;
    case 'sex':
      return ['female', 'male', NOT_RECORDED];
    case 'county':
      return [];
  }
}

/** Each indicator per group, with the disparity against the whole; small cells suppressed here. */
export async function equity(
  ctx: RequestContext,
  q: { periodStart?: IsoDate | undefined; by: EquityDimension },
  audit = true,
): Promise<EquityDto> {
  requireJurisdiction(ctx, 'cqi.read', 'Outcome indicators');
  const { s, start, period, defaultStart } = await load(ctx, q.periodStart);
  const better = betterOf(s);
  const rows = contributionsFor(s.children, period);
  const table = equityBreakdown(
    rows,
    period,
    q.by,
    better,
    groupOrder(q.by),
    ctx.rulePack.smallCellThreshold.value,
  );
  if (audit) await auditView(ctx, { view: 'cqi.equity', periodStart: start, by: q.by });
  return {
    period: periodDto(start),
    ...extentOf(s, defaultStart),
    by: q.by,
    indicators: table.map((t) => ({ ...t, better: better[t.key] })),
  };
}

export type ChildrenQuery = {
  periodStart?: IsoDate | undefined;
  part: DrillPart;
  group?: EquityDimension | undefined;
  value?: string | undefined;
};

/**
 * The children behind one part of one indicator: the ids come from the engine's contributions, so their
 * figures add up to the number on the card; only those the viewer may open are listed (childAccess with
 * child.read, the door of every child read), the others are counted as withheld. Every child shown is
 * audited as read (`child.listed`, as the children list does). With a group, the totals are a cell of the
 * equity table and are suppressed like it.
 */
export async function children(
  ctx: RequestContext,
  key: IndicatorKey,
  q: ChildrenQuery,
  page: { limit: number; offset: number } | null,
): Promise<ChildrenDto> {
  requireJurisdiction(ctx, 'cqi.read', 'Outcome indicators');
  if ((q.group === undefined) !== (q.value === undefined))
    throw invalid([fieldError(q.group ? 'value' : 'group', 'is needed with the other', 'query')]);
  const { s, start, period } = await load(ctx, q.periodStart);
  const group = q.group && q.value ? { dimension: q.group, value: q.value } : undefined;
  const entries = drillDown(contributionsFor(s.children, period), period, key, q.part, group);
  const byId = new Map(entries.map((e) => [e.childId, e]));
  const threshold = ctx.rulePack.smallCellThreshold.value;
  const shown = (n: number): number | null => (group ? suppressCount(n, threshold) : n);
  return ctx.db.transaction(async (tx) => {
    const viewable = await repo.findViewableChildren(tx, ctx.actor, [...byId.keys()]);
    const pageRows = page ? viewable.slice(page.offset, page.offset + page.limit) : viewable;
    await recordAudit(tx, ctx.audit, {
      action: 'cqi.viewed',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: { view: 'cqi.children', indicator: key, part: q.part, periodStart: start, ...(group ?? {}) },
    });
    if (pageRows.length > 0)
      await recordAudit(tx, ctx.audit, {
        action: 'child.listed',
        entityType: 'child',
        entityId: null,
        data: { ids: pageRows.map((r) => r.id), view: 'cqi.children', indicator: key },
      });
    const figure = q.part === 'excluded' ? null : entries.reduce((n, e) => n + e.figure, 0);
    return {
      period: periodDto(start),
      indicator: key,
      part: q.part,
      group: group ? { by: group.dimension, value: group.value } : null,
      total: { children: shown(entries.length), figure: figure === null ? null : shown(figure) },
      withheld: shown(entries.length - viewable.length),
      items: pageRows.map((r) => {
        const e = byId.get(r.id)!;
        return {
          id: r.id,
          givenName: r.given_name,
          familyName: r.family_name,
          afcarsId: r.afcars_id,
          age: e.age,
          figure: e.figure,
          ...(e.residence !== undefined ? { residence: e.residence } : {}),
          ...(e.excluded ? { excluded: e.excluded } : {}),
        };
      }),
      page: page
        ? {
            limit: page.limit,
            offset: page.offset,
            nextOffset: page.offset + page.limit < viewable.length ? page.offset + page.limit : null,
          }
        : { limit: viewable.length, offset: 0, nextOffset: null },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reference values

export async function referenceValues(ctx: RequestContext): Promise<{ items: ReferenceValueDto[] }> {
  const rows = await repo.loadReferenceValues(ctx.db, ctx.actor.jurisdictionId);
  await auditView(ctx, { view: 'cqi.reference_values' });
  return { items: rows.map(toReference) };
}

/**
 * Corrects one reference value for the actor's jurisdiction under optimistic concurrency (If-Match with the
 * version read). The first correction gives the jurisdiction its own row; the national default is never
 * changed by a jurisdiction. Which side is better is the indicator's definition and is not edited here.
 */
export async function updateReferenceValue(
  ctx: RequestContext,
  indicator: IndicatorKey,
  measure: ReferenceMeasure,
  ifMatchVersion: number | null,
  body: ReferenceBody,
): Promise<{ dto: ReferenceValueDto; etag: string }> {
  requireJurisdiction(ctx, 'cqi.configure', 'Reference values');
  if (ifMatchVersion === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findReferenceValue(tx, ctx.actor.jurisdictionId, indicator, measure);
    if (!before) throw notFound('reference value');
    const fields = (r: { value: unknown; status: string; source: string }) => ({
      value: r.value === null ? null : Number(r.value),
      status: r.status,
      source: r.source,
    });
    if (before.version !== ifMatchVersion) throw preconditionFailed(fields(before), etagOf(before.version));
    const saved = await repo.saveReferenceValue(
      tx,
      ctx.actor.jurisdictionId,
      before,
      body,
      ctx.actor.accountId,
      ctx.clock.now(),
    );
    if (!saved) throw preconditionFailed(fields(before), etagOf(before.version));
    await recordAudit(tx, ctx.audit, {
      action: 'cqi.reference_changed',
      entityType: 'cqi_reference_value',
      entityId: `${indicator}/${measure}`,
      data: { changes: diffFields(fields(before), fields(body)) },
    });
    const after = await repo.findReferenceValue(tx, ctx.actor.jurisdictionId, indicator, measure);
    return { dto: toReference(after!), etag: etagOf(after!.version) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Files

export type CqiTable =
  | { table: 'indicators'; query: { periodStart?: IsoDate | undefined } }
  | { table: 'trend'; query: { periodStart?: IsoDate | undefined; periods: number } }
  | { table: 'equity'; query: { periodStart?: IsoDate | undefined; by: EquityDimension } }
  | { table: 'children'; key: IndicatorKey; query: ChildrenQuery };

/**
 * One of the dashboard's tables as a CSV or XLSX file: `data.export` (the route's permission) and
 * `cqi.read`, both over the whole jurisdiction. Counts from 1 to 9 are suppressed in every aggregate file
 * (cqi.tables.ts). The download is audited (`data.exported`) before its bytes leave.
 */
export async function exportTable(
  ctx: RequestContext,
  spec: CqiTable,
  format: TableFormat,
): Promise<RenderedTable> {
  requireJurisdiction(ctx, 'data.export', 'The dashboard’s files');
  requireJurisdiction(ctx, 'cqi.read', 'Outcome indicators');
  const threshold = ctx.rulePack.smallCellThreshold.value;
  let table: ExportTable;
  let periodStart: string;
  switch (spec.table) {
    case 'indicators': {
      const dto = await indicators(ctx, spec.query, false);
      table = indicatorsTable(dto, threshold);
      periodStart = dto.period.start;
      break;
    }
    case 'trend': {
      const dto = await trend(ctx, spec.query, false);
      table = trendTable(dto, threshold);
      periodStart = dto.periods.at(-1)?.period.start ?? '';
      break;
    }
    case 'equity': {
      const dto = await equity(ctx, spec.query, false);
      table = equityTable(dto);
      periodStart = dto.period.start;
      break;
    }
    case 'children': {
      const dto = await children(ctx, spec.key, spec.query, null);
      table = childrenTable(dto);
      periodStart = dto.period.start;
      break;
    }
  }
  const rendered = renderTable(table, format);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx.audit, {
      action: 'data.exported',
      entityType: 'jurisdiction',
      entityId: ctx.actor.jurisdictionId,
      data: {
        format,
        table: `cqi.${spec.table}`,
        periodStart,
        rows: table.rows.length,
        ...('by' in spec.query ? { by: spec.query.by } : {}),
        ...(spec.table === 'children' ? { indicator: spec.key, part: spec.query.part } : {}),
      },
    }),
  );
  return rendered;
}
