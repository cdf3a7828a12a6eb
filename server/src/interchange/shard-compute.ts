import {
  addContributions,
  childContributions,
  DISCHARGE_REASONS,
  emptyTotals,
  MALTREATMENT_DISPOSITIONS,
  PLACEMENT_SETTINGS,
  type CqiChild,
  type CqiEpisode,
  type CqiExclusion,
  type CqiPeriod,
  type CqiPlacement,
  type CqiReport,
  type CqiVisit,
  type IndicatorTotals,
} from '@hearth/core';
import { groupRows } from './columns.ts';
import { NO_DATE } from './fields.ts';
import { KEPT, type ShardRows } from './shard-rows.ts';

const orNull = (day: number): number | null => (day === NO_DATE ? null : day);

/**
 * The indicators of one shard's kept rows: each child becomes the engine's CqiChild just before
 * childContributions and is dropped straight after, so a shard never holds a million objects at once.
 * Also the latest date of the kept rows (cqi-interchange.md, Clarifications: "the greatest date in any date
 * column of any file"), which the caller merges across shards.
 */
export function computeShard(
  rows: ShardRows,
  period: CqiPeriod,
): { totals: IndicatorTotals; exclusions: CqiExclusion[]; latest: number | null } {
  const children = rows.childCount;
  // Provider strings are made once each, when first needed.
  const providerIds: (string | undefined)[] = [];
  const removals = rows.rChild.length;
  const keptRemoval = Int32Array.from(rows.rChild.data.subarray(0, removals), (c, i) =>
    rows.rState.data[i] === KEPT ? c : -1,
  );
  const byChild = groupRows(keptRemoval, removals, children);
  const byRemoval = groupRows(rows.pRemoval.data, rows.pRemoval.length, removals);
  const reportsByChild = groupRows(rows.mChild.data, rows.mChild.length, children);
  const visitsByChild = groupRows(rows.vChild.data, rows.vChild.length, children);
  const labels = Array.from({ length: rows.labels.size }, (_, i) => rows.labels.keys.text(i));
  const label = (i: number): string | null => (i < 0 ? null : labels[i]!);

  const totals = emptyTotals();
  const exclusions: CqiExclusion[] = [];
  let latest = -Infinity;
  const later = (day: number | null): void => {
    if (day !== null && day > latest) latest = day;
  };

  for (let c = 0; c < children; c++) {
    if (rows.childState.data[c] !== KEPT) continue;
    const episodes: CqiEpisode[] = [];
    for (let k = byChild.start[c]!; k < byChild.start[c + 1]!; k++) {
      const r = byChild.order[k]!;
      const discharge = orNull(rows.rDischarge.data[r]!);
      const reason = rows.rReason.data[r]!;
      const placements: CqiPlacement[] = [];
      for (let q = byRemoval.start[r]!; q < byRemoval.start[r + 1]!; q++) {
        const p = byRemoval.order[q]!;
        const provider = rows.pProvider.data[p]!;
        const placement: CqiPlacement = {
          start: rows.pStart.data[p]!,
          end: orNull(rows.pEnd.data[p]!),
          setting: PLACEMENT_SETTINGS[rows.pSetting.data[p]!]!,
          providerId: provider < 0 ? null : (providerIds[provider] ??= rows.providers.keys.text(provider)),
        };
        later(placement.start);
        later(placement.end);
        placements.push(placement);
      }
      const episode: CqiEpisode = {
        removalId: rows.rId.text(r),
        removal: rows.rRemoval.data[r]!,
        discharge,
        reason: discharge === null || reason < 0 ? null : DISCHARGE_REASONS[reason]!,
        adjudication: orNull(rows.rAdjudication.data[r]!),
        placements,
      };
      later(episode.removal);
      later(episode.discharge);
      later(episode.adjudication);
      episodes.push(episode);
    }
    const reports: CqiReport[] = [];
    for (let k = reportsByChild.start[c]!; k < reportsByChild.start[c + 1]!; k++) {
      const m = reportsByChild.order[k]!;
      const report: CqiReport = {
        reportId: rows.mId.text(m),
        date: rows.mDate.data[m]!,
        incident: orNull(rows.mIncident.data[m]!),
        disposition: MALTREATMENT_DISPOSITIONS[rows.mDisposition.data[m]!]!,
      };
      later(report.date);
      later(report.incident);
      reports.push(report);
    }
    const visits: CqiVisit[] = [];
    for (let k = visitsByChild.start[c]!; k < visitsByChild.start[c + 1]!; k++) {
      const v = visitsByChild.order[k]!;
      const flags = rows.vFlags.data[v]!;
      visits.push({
        date: rows.vDate.data[v]!,
        atResidence: (flags & 1) !== 0,
        faceToFace: (flags & 2) !== 0,
      });
      later(rows.vDate.data[v]!);
    }
    const child: CqiChild = {
      childId: rows.childId(c),
      birth: rows.birth.data[c]!,
      sex: label(rows.sex.data[c]!),
      raceEthnicity: label(rows.race.data[c]!),
      county: label(rows.county.data[c]!),
      episodes,
      reports,
      visits,
    };
    later(child.birth);
    const contributions = childContributions(child, period);
    addContributions(totals, contributions);
    for (const con of contributions)
      if (con.excluded !== undefined)
        exclusions.push({ indicator: con.indicator, child_id: child.childId, reason: con.excluded });
  }
  return { totals, exclusions, latest: latest === -Infinity ? null : latest };
}
