import { addDays, isIsoDate } from '@hearth/core';
import type { DocketSubjectKind } from '../../api/types.ts';

/**
 * The Docket page's state lives in its address (`/docket?judge=…&from=…&view=week`), so a docket can be
 * bookmarked, shared and reloaded, and Back goes to the day before. With no `from` the server picks the
 * court's today (the browser's clock may be elsewhere, or wrong); with no judge or courtroom the page
 * shows the one the server prefers (a judge's own docket).
 */
export type DocketView = 'day' | 'week';
export type DocketLocation = {
  subject: { kind: DocketSubjectKind; id: string } | null;
  from: string | null;
  view: DocketView;
};

export const DOCKET_PATH = '/docket';
export const VIEW_DAYS: Record<DocketView, number> = { day: 1, week: 7 };

/** The state of a `?…` query string; anything unreadable is left at its default. */
export function parseDocketQuery(search: string): DocketLocation {
  const q = new URLSearchParams(search);
  const judge = q.get('judge');
  const courtroom = q.get('courtroom');
  const from = q.get('from');
  return {
    subject: judge ? { kind: 'judge', id: judge } : courtroom ? { kind: 'courtroom', id: courtroom } : null,
    from: from && isIsoDate(from) ? from : null,
    view: q.get('view') === 'week' ? 'week' : 'day',
  };
}

/** The address of a docket state; the defaults are left out. */
export function docketHref(loc: DocketLocation): string {
  const q = new URLSearchParams();
  if (loc.subject) q.set(loc.subject.kind, loc.subject.id);
  if (loc.from) q.set('from', loc.from);
  if (loc.view === 'week') q.set('view', 'week');
  const s = q.toString();
  return s ? `${DOCKET_PATH}?${s}` : DOCKET_PATH;
}

/** The same docket a day or a week earlier (`step` −1) or later (+1) than the one shown from `shown`. */
export function shifted(loc: DocketLocation, shown: string, step: -1 | 1): DocketLocation {
  return { ...loc, from: addDays(shown, step * VIEW_DAYS[loc.view]) };
}
