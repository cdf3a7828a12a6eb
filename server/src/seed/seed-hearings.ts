import { CONTINUANCE_REASONS, CONTINUANCE_REQUESTERS, type HearingType } from '@hearth/core';
import type { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { addMonthsDn, denverTimestamp, nextWeekday, previousWeekday, toIso, weekday } from './seed-dates.ts';
import { CONTINUANCE_REASON_WEIGHTS, CONTINUANCE_REQUESTER_WEIGHTS } from './seed-distributions.ts';
import type { Episode, Family, HearingPlan, Judge } from './seed-model.ts';

// Hearings, orders and findings: the statutory sequence of hearings for one case, each booked on the
// judge's calendar, sometimes continued, and (when held) with its order and the findings made in it.

const HEARING_RESULTS: Partial<Record<HearingType, string>> = {
  custody: 'probable cause found; custody continued with the department',
  adjudication: 'adjudicated; findings entered',
  disposition: 'disposition entered; treatment plan adopted',
  initial_judicial_review: 'initial judicial review held; treatment plan continued',
  permanency: 'permanency hearing held; plan set',
  periodic_review: 'review held; plan continued',
  permanency_review: 'permanency review held',
  tpr: 'parental rights terminated',
};
const ORDER_TYPES: Record<HearingType, string> = {
  custody: 'custody',
  adjudication: 'adjudication',
  disposition: 'disposition',
  initial_judicial_review: 'judicial_review',
  permanency: 'permanency',
  permanency_review: 'permanency',
  periodic_review: 'judicial_review',
  tpr: 'tpr',
  discharge: 'other',
  other: 'other',
};

export type HearingCase = {
  caseId: string;
  filing: number;
  /** The day the case closed, when it has; no hearing is held after it. */
  caseEnd: number | null;
  /** The last planned discharge of the case's children, known or not yet known. */
  plannedEnd: number;
  judge: Judge;
};

/** One case's hearings as they are being placed: what `holdHearing` needs and what it has placed so far. */
type HearingRun = HearingCase & {
  ctx: SeedContext;
  rng: Rng;
  family: Family;
  episodes: Episode[];
  judgeIdx: number;
  reasonWeights: (readonly [(typeof CONTINUANCE_REASONS)[number], number])[];
  requesterWeights: (readonly [(typeof CONTINUANCE_REQUESTERS)[number], number])[];
  out: HearingPlan[];
  stopped: boolean;
};

/** A time for a hearing on a judge's calendar, moving to the next weekday when the day is full. */
function bookSlot(
  ctx: SeedContext,
  rng: Rng,
  judgeIdx: number,
  day: number,
  quarters: number,
): { day: number; start: number } {
  let d = nextWeekday(day);
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const offset = d - ctx.horizonStart;
    const index = judgeIdx * ctx.slotDays + offset;
    const tracked = offset >= 0 && offset < ctx.slotDays;
    const used = tracked ? (ctx.slots[index] as number) : 0;
    for (let tries = 0; tries < 10; tries += 1) {
      const q = rng.int(0, 32 - quarters);
      const mask = ((1 << quarters) - 1) << q;
      if ((used & mask) === 0) {
        if (tracked) ctx.slots[index] = (used | mask) >>> 0;
        return { day: d, start: 8 * 60 + 30 + q * 15 };
      }
    }
    d = nextWeekday(d + 1);
  }
  return { day: d, start: 8 * 60 + 30 };
}

/** Why and at whose request hearings are continued: ICWA notice and interpreters only where they apply. */
function continuanceWeights(family: Family): Pick<HearingRun, 'reasonWeights' | 'requesterWeights'> {
  const hasInterpreter = family.parents.some((p) => p.needsInterpreter);
  const isIndian = family.race === 'american_indian_alaska_native';
  const reasonWeights = CONTINUANCE_REASONS.map((reason) => {
    if (reason === 'icwa_notice_pending') return [reason, isIndian ? 15 : 0] as const;
    if (reason === 'interpreter_unavailable') return [reason, hasInterpreter ? 8 : 0] as const;
    return [reason, CONTINUANCE_REASON_WEIGHTS[reason]] as const;
  });
  const requesterWeights = CONTINUANCE_REQUESTERS.map(
    (who) => [who, who === 'tribe' ? (isIndian ? 6 : 0) : CONTINUANCE_REQUESTER_WEIGHTS[who]] as const,
  );
  return { reasonWeights, requesterWeights };
}

/** Places the case's hearings in the order the Children's Code sets them; returns them in that order. */
export function scheduleHearings(
  ctx: SeedContext,
  family: Family,
  episodes: Episode[],
  c: HearingCase,
): HearingPlan[] {
  const rng = family.rng;
  const run: HearingRun = {
    ...c,
    ...continuanceWeights(family),
    ctx,
    rng,
    family,
    episodes,
    judgeIdx: ctx.judges.indexOf(c.judge),
    out: [],
    stopped: false,
  };
  const hold = (type: HearingType, target: number, continueChance: number): number | null =>
    holdHearing(run, type, target, continueChance);
  const { filing } = c;

  // NMSA §32A-4-18: custody hearing 2–10 days after the petition is filed.
  let custodyDay = filing + rng.int(2, 10);
  if (weekday(custodyDay) === 0 || weekday(custodyDay) === 6)
    custodyDay =
      previousWeekday(custodyDay) >= filing + 2 ? previousWeekday(custodyDay) : nextWeekday(custodyDay);
  hold('custody', custodyDay, 0.05);
  // §32A-4-19: adjudication within 60 days; §32A-4-22: disposition within 30 days after it.
  const adjudicated = hold('adjudication', Math.max(custodyDay + 7, filing + rng.int(28, 58)), 0.15);
  if (adjudicated === null) return run.out;
  const disposed = hold('disposition', adjudicated + rng.int(10, 30), 0.08);
  if (disposed === null) return run.out;
  // §32A-4-25(A): initial judicial review within 60 days of disposition.
  const reviewed = hold('initial_judicial_review', disposed + rng.int(35, 60), 0.08);
  if (reviewed === null) return run.out;
  // §32A-4-25.1(A): permanency hearing by the earlier of review + 6 months and entering care + 12 months.
  const enteredCare = Math.min(adjudicated, Math.min(...episodes.map((e) => e.removal)) + 60);
  const permanencyTarget = Math.min(addMonthsDn(reviewed, 6), addMonthsDn(enteredCare, 12)) - rng.int(0, 20);
  let last = hold('permanency', Math.max(reviewed + 30, permanencyTarget), 0.1);
  // Then reviews every six months, a permanency hearing every twelve, and a TPR hearing before adoptions.
  const adoptive = episodes.some((e) => e.reason === 'adoption');
  let tprHeld = false;
  for (let k = 1; last !== null && k < 40; k += 1) {
    const target = addMonthsDn(last, 6) - rng.int(0, 14);
    let type: HearingType = k % 2 === 0 ? 'permanency' : 'periodic_review';
    if (adoptive && !tprHeld && c.plannedEnd - target < 270) {
      type = 'tpr';
      tprHeld = true;
      fileTprPetition(run, target - TPR_PETITION_LEAD_DAYS);
    }
    last = hold(type, target, 0.1);
  }
  return run.out;
}

/**
 * The agency's TPR petition, filed about two months before its hearing (a fixed lead, so the family's
 * random draws stay as they were), for each parent of each child then in care: the record the 15-of-22
 * rule looks for (SSA §475(5)(E)). A petition dated after today is not yet filed.
 */
const TPR_PETITION_LEAD_DAYS = 60;

function fileTprPetition(run: HearingRun, day: number): void {
  if (day > run.ctx.today || day < run.filing) return;
  recordParentalRights(run, 'tpr_petition_filed', day, null);
}

function recordParentalRights(run: HearingRun, event: string, day: number, orderId: string | null): void {
  const { ctx } = run;
  for (const e of run.episodes)
    if (e.removal <= day && day < e.plannedDischarge)
      for (const parent of run.family.parents)
        ctx.b.parentalRights.add(
          ctx.ids.uuid(),
          ctx.jurisdictionId,
          e.kid.childId,
          parent.personId,
          event,
          toIso(day),
          orderId,
        );
}

/** No further hearing is placed once one falls after the case closed or is still to be held. */
function stop(run: HearingRun): null {
  run.stopped = true;
  return null;
}

/** Places one hearing (with any continuances); returns the day it was held, or null when it was not. */
function holdHearing(
  run: HearingRun,
  type: HearingType,
  target: number,
  continueChance: number,
): number | null {
  if (run.stopped) return null;
  const { ctx, rng, caseEnd, judge } = run;
  let day = target;
  for (;;) {
    if (caseEnd !== null && day > caseEnd) return stop(run);
    const quarters = rng.pick([2, 2, 3, 4]);
    const slot = bookSlot(ctx, rng, run.judgeIdx, day, quarters);
    day = slot.day;
    if (caseEnd !== null && day > caseEnd) return stop(run);
    const past = day < ctx.today;
    const continued = past && rng.chance(continueChance);
    const status = past ? (continued ? 'continued' : 'held') : 'scheduled';
    const id = ctx.ids.uuid();
    ctx.b.hearing.add(
      id,
      ctx.jurisdictionId,
      run.caseId,
      type,
      denverTimestamp(day, slot.start),
      denverTimestamp(day, slot.start + quarters * 15),
      judge.id,
      judge.courtroomId,
      status,
      status === 'held' ? (HEARING_RESULTS[type] ?? 'held') : null,
      continued ? rng.weighted(run.reasonWeights) : null,
      continued ? rng.weighted(run.requesterWeights) : null,
    );
    ctx.counts.hearings += 1;
    run.out.push({ type, day, status, id });
    if (status === 'scheduled') return stop(run);
    if (status === 'held') {
      writeOrder(run, type, id, day);
      return day;
    }
    day = nextWeekday(day + rng.int(7, 28));
    continueChance *= 0.5;
  }
}

/** The order entered at a held hearing, with the findings made in it for each child then in care. */
function writeOrder(run: HearingRun, type: HearingType, hearingId: string, day: number): void {
  const { ctx, rng, judge, family } = run;
  const orderId = ctx.ids.uuid();
  const signed = rng.chance(0.85) ? day : Math.min(ctx.today, day + rng.int(1, 5));
  ctx.b.order.add(
    orderId,
    ctx.jurisdictionId,
    run.caseId,
    hearingId,
    ORDER_TYPES[type],
    toIso(signed),
    judge.id,
  );
  const finding = (e: Episode, findingType: string, made: boolean): void => {
    ctx.b.finding.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      orderId,
      e.kid.childId,
      findingType,
      made,
      toIso(day),
    );
  };
  if (type === 'tpr') recordParentalRights(run, 'rights_terminated', day, orderId);
  for (const e of run.episodes) {
    const inCare = e.removal <= day && day < e.plannedDischarge;
    if (!inCare) continue;
    if (type === 'custody') {
      finding(e, 'contrary_to_welfare', rng.chance(0.97));
      finding(e, 'reasonable_efforts_prevent_removal', rng.chance(0.93));
      if (family.race === 'american_indian_alaska_native') finding(e, 'icwa_reason_to_know', true);
    } else if (type === 'adjudication') {
      const made = rng.chance(0.97);
      finding(e, 'adjudication', made);
      if (made && e.adjudication === null) e.adjudication = day;
      if (family.race === 'american_indian_alaska_native') finding(e, 'icwa_applies', rng.chance(0.7));
    } else if (type === 'permanency') {
      finding(e, 'reasonable_efforts_finalize_plan', rng.chance(0.92));
    }
  }
}
