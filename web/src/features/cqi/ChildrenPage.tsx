import { useMemo } from 'react';
import type { IndicatorKey } from '@hearth/core';
import { cqiFileUrls, getCqiChildren, type CqiChildrenQuery } from '../../api/hearth.ts';
import type { CqiChildren } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { useQuery } from '../../app/router.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import {
  canDownloadIndicators,
  canSeeIndicators,
  childrenHref,
  dashboardHref,
  equityHref,
  formatCount,
  parseChildrenQuery,
  VALUE_KIND,
} from './cqiModel.ts';
import { Downloads } from './Downloads.tsx';
import { periodWords } from './PeriodPicker.tsx';

type Item = CqiChildren['items'][number];

/**
 * The children behind a number (`/cqi/indicators/:key/children?part=…`): those the reader may open, each
 * with what it adds, linked to the child's page; the others are counted, never named.
 */
export function ChildrenPage({ indicator }: { indicator: IndicatorKey }) {
  const { m } = useI18n();
  const me = useMe();
  const roles = me.roles.map((r) => r.role);
  const search = useQuery();
  const q = useMemo(() => parseChildrenQuery(search), [search]);
  const list = useResource(`cqi-children:${indicator}:${search}`, (signal) =>
    getCqiChildren(indicator, q, signal),
  );
  if (!canSeeIndicators(roles)) return <NotFoundPage />;
  const name = m.cqi.names[indicator];
  return (
    <>
      <PageHeading title={m.cqi.childrenTitle(name)} />
      <p>
        <Link to={q.group ? equityHref(q.periodStart, q.group) : dashboardHref(q.periodStart)}>
          {m.cqi.back}
        </Link>
      </p>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ProblemAlert error={list.error} />}
      {list.status === 'ok' && <ChildList data={list.data} q={q} downloads={canDownloadIndicators(roles)} />}
    </>
  );
}

function ChildList({ data, q, downloads }: { data: CqiChildren; q: CqiChildrenQuery; downloads: boolean }) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const key = data.indicator;
  const groupLabel = data.group
    ? ((m.cqi.groups as Record<string, string>)[data.group.value] ?? data.group.value)
    : null;
  const labels = (
    m.cqi.figureLabels as Partial<Record<IndicatorKey, { numerator: string; denominator: string }>>
  )[key];
  // A share counts each child once: its figure is always 1, so the column would say nothing.
  const showFigure =
    data.part !== 'excluded' && (VALUE_KIND[key] !== 'percent' || key === 'caseworker_visits');
  const columns: Column<Item>[] = [
    {
      header: m.cqi.listColumns.name,
      rowHeader: true,
      cell: (c) => (
        <Link to={`/children/${encodeURIComponent(c.id)}`}>{fmt.name(c.givenName, c.familyName)}</Link>
      ),
    },
    { header: m.cqi.listColumns.afcarsId, cell: (c) => c.afcarsId },
    { header: m.cqi.listColumns.age, cell: (c) => m.cqi.ageLabel(c.age) },
  ];
  if (showFigure && data.part !== 'excluded') {
    const part = data.part;
    columns.push({
      header: labels?.[part] ?? m.cqi.listColumns.figure,
      cell: (c) => formatCount(c.figure, fmt.locale),
    });
  }
  if (key === 'caseworker_visits' && data.part === 'numerator')
    columns.push({
      header: m.cqi.listColumns.residence,
      cell: (c) => formatCount(c.residence ?? 0, fmt.locale),
    });
  if (data.part === 'excluded')
    columns.push({
      header: m.cqi.listColumns.excluded,
      cell: (c) =>
        c.excluded ? ((m.cqi.exclusionReasons as Record<string, string>)[c.excluded] ?? c.excluded) : '',
    });
  const total =
    data.total.children === null
      ? m.cqi.totalSuppressed
      : data.total.figure === null || !showFigure
        ? m.cqi.totalChildren(formatCount(data.total.children, fmt.locale))
        : m.cqi.total(
            formatCount(data.total.children, fmt.locale),
            formatCount(data.total.figure, fmt.locale),
          );
  const from = data.page.offset + 1;
  const to = data.page.offset + data.items.length;
  return (
    <>
      <p className="usa-intro">
        {m.cqi.parts[data.part]} · {periodWords(i18n, data.period)}
      </p>
      <p>
        {m.cqi.partIntro[data.part]} {groupLabel && m.cqi.inGroup(groupLabel)}
      </p>
      <p data-total>{total}</p>
      {data.withheld === null ? (
        <div className="usa-alert usa-alert--info usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{m.cqi.withheldSome}</p>
          </div>
        </div>
      ) : (
        data.withheld > 0 && (
          <div className="usa-alert usa-alert--info usa-alert--slim" data-withheld={data.withheld}>
            <div className="usa-alert__body">
              <p className="usa-alert__text">{m.cqi.withheld(data.withheld)}</p>
            </div>
          </div>
        )
      )}
      {data.items.length === 0 ? (
        <p>{m.cqi.noChildren}</p>
      ) : (
        <DataTable
          caption={`${m.cqi.childrenTitle(m.cqi.names[key])}: ${m.cqi.pageOf(from, to)}`}
          columns={columns}
          rows={data.items}
          rowKey={(c) => c.id}
        />
      )}
      {(data.page.offset > 0 || data.page.nextOffset !== null) && (
        <nav aria-label={m.cqi.pageOf(from, to)} className="margin-y-2">
          {data.page.offset > 0 && (
            <Link
              className="usa-button usa-button--outline"
              to={childrenHref(key, { ...q, offset: Math.max(0, data.page.offset - data.page.limit) })}
            >
              {m.cqi.previous}
            </Link>
          )}
          {data.page.nextOffset !== null && (
            <Link
              className="usa-button usa-button--outline"
              to={childrenHref(key, { ...q, offset: data.page.nextOffset })}
            >
              {m.cqi.next}
            </Link>
          )}
        </nav>
      )}
      {downloads && (
        <Downloads
          suppressed={false}
          items={[
            { key: 'children', label: m.cqi.tables.children, url: (f) => cqiFileUrls.children(key, q, f) },
          ]}
        />
      )}
    </>
  );
}
