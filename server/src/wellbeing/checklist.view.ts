import {
  ageOn,
  carryForwardAnswers,
  checklistConcernsByDomain,
  checklistItemsFor,
  isChecklistItemVisible,
  isWellbeingConcern,
  SENSITIVE_FIELD_CLASSES,
  todayOf,
  wellbeingAgeBand,
  wellbeingInstrumentFor,
  wellbeingInstrumentVersion,
  type ChecklistAnswers,
  type ChecklistViewer,
  type IsoDate,
  type WellbeingInstrument,
} from '@hearth/core';
import type { ChecklistDto, HistoryPointDto } from './wellbeing.dto.ts';
import type { ChecklistRow } from './wellbeing.repo.ts';

/**
 * Turns saved checklist rows into what one viewer sees: the instrument version and items, the answers
 * (or last time's as a starting point), and the concerns among the items that viewer may see. Shared by
 * the checklist, its history and the bench view, so all three count the same way.
 */

/** A hearing's date on the court's calendar. */
export const courtDateOf = (start: Date, timeZone: string): IsoDate =>
  todayOf({ now: () => new Date(start) }, timeZone);

/**
 * The last checklist sent to the court before this hearing: the starting point of a new one. A draft
 * never sent is not carried: what the court last saw is.
 */
export function lastSubmitted(
  rows: readonly ChecklistRow[],
  childId: string,
  before: Date,
  exceptHearingId: string,
): ChecklistRow | null {
  let found: ChecklistRow | null = null;
  for (const r of rows)
    if (
      r.child_id === childId &&
      r.hearing_id !== exceptHearingId &&
      r.status === 'submitted' &&
      new Date(r.scheduled_start) < new Date(before)
    )
      found = r; // rows come oldest first
  return found;
}

export type ChecklistContext = {
  hearing: { id: string; start: Date; status: string; type: string; caseId: string; petitionNumber: string };
  child: { id: string; birthDate: string | null; givenName: string; familyName: string };
  /** Every checklist of this child (any hearing), oldest first. */
  rows: readonly ChecklistRow[];
  viewer: ChecklistViewer;
  mayWrite: boolean;
  today: IsoDate;
  timeZone: string;
};

type Built = {
  dto: ChecklistDto;
  instrument: WellbeingInstrument;
  answers: ChecklistAnswers;
  prior: ChecklistRow | null;
};

/**
 * The checklist of a child at a hearing as the viewer sees it; null when no instrument version was in
 * effect on the hearing's date (no checklist is asked for it).
 */
export function buildChecklist(c: ChecklistContext): Built | null {
  const hearingDate = courtDateOf(c.hearing.start, c.timeZone);
  const saved = c.rows.find((r) => r.hearing_id === c.hearing.id && r.child_id === c.child.id) ?? null;
  const instrument = saved
    ? wellbeingInstrumentVersion(saved.instrument_version)
    : wellbeingInstrumentFor(hearingDate);
  if (!instrument) return null;
  const band = saved
    ? saved.age_band
    : wellbeingAgeBand(instrument, c.child.birthDate ? ageOn(c.child.birthDate, hearingDate) : null);
  const prior = saved
    ? (c.rows.find((r) => r.id === saved.carried_from) ?? null)
    : lastSubmitted(c.rows, c.child.id, c.hearing.start, c.hearing.id);
  const answers: ChecklistAnswers = saved
    ? saved.answers
    : prior
      ? carryForwardAnswers(
          {
            instrument: wellbeingInstrumentVersion(prior.instrument_version) ?? instrument,
            answers: prior.answers,
          },
          instrument,
          band,
        )
      : {};
  const asked = checklistItemsFor(instrument, band);
  const shown = asked.filter((i) => isChecklistItemVisible(i, c.viewer));
  const withheld = SENSITIVE_FIELD_CLASSES.map((fieldClass) => ({
    fieldClass,
    items: asked.filter(
      (i) =>
        i.sensitiveClass === fieldClass &&
        !c.viewer.classes.includes(fieldClass) &&
        (i.shownAtHome || !c.viewer.household),
    ).length,
  })).filter((w) => w.items > 0);
  const byDomain = checklistConcernsByDomain(asked, answers, c.viewer);
  const editable = c.hearing.status === 'scheduled' && c.today <= hearingDate;
  const dto: ChecklistDto = {
    hearingId: c.hearing.id,
    childId: c.child.id,
    givenName: c.child.givenName,
    familyName: c.child.familyName,
    caseId: c.hearing.caseId,
    petitionNumber: c.hearing.petitionNumber,
    hearingType: c.hearing.type,
    hearingStart: new Date(c.hearing.start).toISOString(),
    hearingDate,
    instrumentVersion: instrument.version,
    instrumentUnconfirmed: instrument.unconfirmed,
    ageBand: band,
    status: saved ? saved.status : 'not_started',
    lastTime: prior
      ? { hearingId: prior.hearing_id, hearingDate: courtDateOf(prior.scheduled_start, c.timeZone) }
      : null,
    items: shown.map((i) => {
      const a = answers[i.id] ?? null;
      return {
        itemId: i.id,
        domain: i.domain,
        answer: a && {
          value: a.value,
          note: a.note,
          fromLastTime: a.fromLastTime,
          answeredOn: a.answeredOn,
          answeredBy: a.answeredBy,
        },
        concern: isWellbeingConcern(i, a?.value),
      };
    }),
    concerns: { total: Object.values(byDomain).reduce((n, x) => n + x, 0), byDomain },
    answered: shown.filter((i) => answers[i.id] !== undefined).length,
    withheld,
    notShownAtHome: c.viewer.household ? asked.filter((i) => !i.shownAtHome).length : 0,
    mayEdit: c.mayWrite && editable,
    updatedAt: saved ? new Date(saved.updated_at).toISOString() : null,
    submittedAt: saved?.submitted_at ? new Date(saved.submitted_at).toISOString() : null,
    version: saved?.version ?? 0,
  };
  return { dto, instrument, answers, prior };
}

/**
 * Each saved checklist of the child as a point of the trend: its concerns per domain among the items the
 * viewer sees. A caregiver or the youth sees only checklists sent to the court.
 */
export function historyPoints(
  rows: readonly ChecklistRow[],
  viewer: ChecklistViewer,
  timeZone: string,
): HistoryPointDto[] {
  const points: HistoryPointDto[] = [];
  for (const r of rows) {
    if (viewer.household && r.status !== 'submitted') continue;
    const instrument = wellbeingInstrumentVersion(r.instrument_version);
    if (!instrument) continue;
    const asked = checklistItemsFor(instrument, r.age_band).filter((i) => isChecklistItemVisible(i, viewer));
    const byDomain = checklistConcernsByDomain(asked, r.answers, viewer);
    points.push({
      hearingId: r.hearing_id,
      hearingDate: courtDateOf(r.scheduled_start, timeZone),
      hearingType: r.hearing_type,
      status: r.status,
      instrumentVersion: r.instrument_version,
      asked: asked.length,
      answered: asked.filter((i) => r.answers[i.id] !== undefined).length,
      concerns: { total: Object.values(byDomain).reduce((n, x) => n + x, 0), byDomain },
    });
  }
  return points;
}
