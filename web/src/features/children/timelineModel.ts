import type { ChildRecord } from '../../api/types.ts';

/**
 * What a timeline drawing shows, whoever it is about: rows of time in care (a child's removal episodes on
 * the child page, one row per child on the case page), each a set of bands with their placements, and the
 * court's marks along the same axis. The child page and the case page build one of these and share the
 * drawing, the legend and the scale.
 */
export type TimelineSegment = { key: string; setting: string; from: string; to: string | null };
export type TimelineBand = {
  key: string;
  from: string;
  /** The discharge date; null while the child is still in care (drawn to today). */
  to: string | null;
  /** The date entered foster care (SSA §475(5)(F)), marked with a small triangle. */
  entered: string;
  segments: TimelineSegment[];
};
export type TimelineRow = { key: string; label: string; bands: TimelineBand[] };
export const MARK_KINDS = ['finding', 'order', 'pastHearing', 'hearing'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];
export type TimelineMark = { key: string; date: string; kind: MarkKind };
export type TimelineModel = { rows: TimelineRow[]; marks: TimelineMark[] };

type Removal = {
  id: string;
  removalDate: string;
  dateEnteredFosterCare: string;
  dischargeDate: string | null;
  placements: { id: string; setting: string; startDate: string; endDate: string | null }[];
};

/** A removal episode as a band, its placements clipped to it. */
export function bandOf(r: Removal): TimelineBand {
  return {
    key: r.id,
    from: r.removalDate,
    to: r.dischargeDate,
    entered: r.dateEnteredFosterCare,
    segments: r.placements.map((p) => ({
      key: p.id,
      setting: p.setting,
      from: p.startDate < r.removalDate ? r.removalDate : p.startDate,
      to: p.endDate ?? r.dischargeDate,
    })),
  };
}

/** The child page: one row per removal episode, labelled with its dates; findings and upcoming hearings. */
export function childTimelineModel(
  child: ChildRecord,
  rangeLabel: (from: string, to: string | null) => string,
): TimelineModel {
  return {
    rows: (child.removals ?? []).map((r) => ({
      key: r.id,
      label: rangeLabel(r.removalDate, r.dischargeDate),
      bands: [bandOf(r)],
    })),
    marks: [
      ...(child.findings ?? []).map((f, i) => ({ key: `f${i}`, date: f.date, kind: 'finding' as const })),
      ...child.upcomingHearings.map((h) => ({ key: h.id, date: h.start, kind: 'hearing' as const })),
    ],
  };
}

/** Every date the drawing must fit, with today. */
export function modelDates(model: TimelineModel, today: string): string[] {
  return [
    today,
    ...model.rows.flatMap((r) => r.bands.flatMap((b) => [b.from, b.to ?? today])),
    ...model.marks.map((m) => m.date),
  ];
}

/** The placement settings drawn, in first-seen order (the legend names each). */
export function settingsOf(model: TimelineModel): string[] {
  return [...new Set(model.rows.flatMap((r) => r.bands.flatMap((b) => b.segments.map((s) => s.setting))))];
}

/** The kinds of marks drawn, in the legend's order. */
export function markKindsOf(model: TimelineModel): MarkKind[] {
  const present = new Set(model.marks.map((m) => m.kind));
  return MARK_KINDS.filter((k) => present.has(k));
}
