import { REMOVAL_REASONS, type DischargeReason, type RemovalReason } from '@hearth/core';
import type { Rng } from './random.ts';
import { pgArray } from './seed-bulk-insert.ts';
import { caseworkerVisits, maltreatmentReports, sensitiveFacts } from './seed-child-records.ts';
import type { SeedContext } from './seed-context.ts';
import { completedYears, toIso, yearOf } from './seed-dates.ts';
import { FAMILY_EXITS, REMOVAL_REASON_WEIGHTS, STAY } from './seed-distributions.ts';
import { scheduleHearings } from './seed-hearings.ts';
import type { Court, Episode, Family, HearingPlan, Judge, Kid } from './seed-model.ts';
import { caseParticipants } from './seed-participants.ts';
import { placementsFor } from './seed-placements.ts';
import { permanencyPlans } from './seed-plans.ts';

// One entry into care: a case, its children's episodes, and everything hung on them.

/** The petition filed for one entry into care, as later steps need it. */
type CaseFiling = {
  caseId: string;
  filing: number;
  closed: number | null;
  allOut: boolean;
  lastOut: number;
  judge: Judge;
  reasons: RemovalReason[];
};

/** Generates one entry of `kids` into care on `removal`, with all its rows; returns the episodes. */
export function enterCare(ctx: SeedContext, family: Family, kids: Kid[], removal: number): Episode[] {
  family.entries += 1;
  const { episodes, short } = drawEpisodes(ctx, family, kids, removal);
  const filed = fileCase(ctx, family, episodes, removal, short);

  // Hearings (and their orders and findings) settle the adjudication dates, so they come first.
  const hearings = scheduleHearings(ctx, family, episodes, {
    caseId: filed.caseId,
    filing: filed.filing,
    caseEnd: filed.allOut ? filed.lastOut : null,
    plannedEnd: filed.lastOut,
    judge: filed.judge,
  });
  writeRemovals(ctx, family, episodes, removal, filed, hearings);
  caseParticipants(ctx, family, episodes, {
    caseId: filed.caseId,
    filing: filed.filing,
    closed: filed.closed,
    hearings,
  });
  return episodes;
}

/** Each child's exit and its day: the family's exit, unless death, transfer, running or age intervene. */
function drawEpisodes(
  ctx: SeedContext,
  family: Family,
  kids: Kid[],
  removal: number,
): { episodes: Episode[]; short: boolean } {
  const rng = family.rng;
  const today = ctx.today;

  const short = rng.chance(0.04);
  const familyExit: DischargeReason = short ? 'reunification' : rng.weighted(FAMILY_EXITS);
  const [median, spread, minimum] = STAY[familyExit];
  const familyStay = short ? rng.int(1, 7) : Math.max(minimum, Math.round(rng.lognormal(median, spread)));

  const episodes: Episode[] = kids.map((kid) => {
    const age = completedYears(kid.birth, removal);
    let reason: DischargeReason = familyExit;
    let end = removal + familyStay;
    if (!short) {
      if (reason === 'adoption' && age >= 12 && rng.chance(0.4)) reason = 'guardianship';
      const transferChance = kid.isIndian ? 0.06 : 0.012;
      if (rng.chance(0.0015)) {
        reason = 'death';
        end = removal + rng.int(5, Math.max(5, familyStay));
      } else if (rng.chance(transferChance)) {
        reason = 'transfer';
        end = removal + rng.int(10, Math.max(10, familyStay));
      } else if (age >= 13 && rng.chance(0.09)) {
        reason = 'runaway';
        end = removal + Math.max(20, Math.round(rng.lognormal(STAY.runaway[0], STAY.runaway[1])));
      }
      if (end >= kid.turns18 || (age >= 15 && reason !== 'death' && rng.chance(0.12))) {
        reason = 'emancipation';
        end = kid.turns18 + (rng.chance(0.15) ? rng.int(30, 700) : rng.int(0, 20));
      }
    }
    end = Math.max(end, removal + 1);
    return {
      kid,
      removalId: ctx.ids.uuid(),
      removal,
      plannedDischarge: end,
      reason,
      discharge: end <= today ? end : null,
      adjudication: null,
      placements: [],
    };
  });
  return { episodes, short };
}

/** The case: filed within two days of the removal, numbered per court and year. */
function fileCase(
  ctx: SeedContext,
  family: Family,
  episodes: Episode[],
  removal: number,
  short: boolean,
): CaseFiling {
  const rng = family.rng;
  const today = ctx.today;
  const filing = Math.min(today, removal + rng.int(0, 2));
  const court = ctx.courts[family.court] as Court;
  if (family.entries > 1 && rng.chance(0.3))
    family.judge = rng.pick(court.judges.length ? court.judges : [0]);
  const judge = ctx.judges[family.judge] as Judge;
  const allOut = episodes.every((e) => e.discharge !== null);
  const lastOut = Math.max(...episodes.map((e) => e.plannedDischarge));
  const caseId = ctx.ids.uuid();
  const closed = allOut ? Math.min(today, lastOut + rng.int(0, 30)) : null;
  const status = !allOut ? 'open' : short ? 'dismissed' : 'closed';
  const year = yearOf(filing);
  const counterKey = `${court.code}-${year}`;
  const seq = (ctx.petitionCounters.get(counterKey) ?? 0) + 1;
  ctx.petitionCounters.set(counterKey, seq);
  const petition = `D-${court.code}-JQ-${year}-${String(seq).padStart(5, '0')}`;
  const reasons = new Set<RemovalReason>();
  const reasonCount = rng.weighted([
    [1, 45],
    [2, 40],
    [3, 15],
  ] as const);
  while (reasons.size < reasonCount) reasons.add(rng.weighted(REMOVAL_REASON_WEIGHTS));
  const reasonList = REMOVAL_REASONS.filter((r) => reasons.has(r));
  ctx.b.courtCase.add(
    caseId,
    ctx.jurisdictionId,
    court.id,
    petition,
    toIso(filing),
    pgArray(reasonList),
    judge.id,
    status,
    closed === null ? null : toIso(closed),
  );
  ctx.counts.cases += 1;
  for (const e of episodes) ctx.b.caseChild.add(caseId, e.kid.childId, ctx.jurisdictionId);
  return { caseId, filing, closed, allOut, lastOut, judge, reasons: reasonList };
}

/** Each child's removal episode with its placements, plans, visits, reports and sensitive facts. */
function writeRemovals(
  ctx: SeedContext,
  family: Family,
  episodes: Episode[],
  removal: number,
  filed: CaseFiling,
  hearings: HearingPlan[],
): void {
  const rng = family.rng;
  const recent = ctx.today - removal < 30;
  const manner =
    recent && rng.chance(0.3) ? 'not_yet_determined' : rng.chance(0.91) ? 'court_ordered' : 'voluntary';
  const environment = rng.weighted<string>([
    ['parent_household', 85],
    ['relative_household', 6],
    ['legal_guardian_household', 3],
    ['medical_facility', 1],
    ['other', 3],
  ]);

  let lead: Episode | null = null;
  for (const e of episodes) {
    const age = completedYears(e.kid.birth, removal);
    ctx.b.removal.add(
      e.removalId,
      ctx.jurisdictionId,
      e.kid.childId,
      filed.caseId,
      toIso(removal),
      manner,
      pgArray(filed.reasons),
      removal - e.kid.birth <= 3 ? 'medical_facility' : environment, // newborns are removed from the hospital
      e.adjudication === null ? null : toIso(e.adjudication),
      e.discharge === null ? null : toIso(e.discharge),
      e.discharge === null ? null : e.reason,
    );
    ctx.counts.removals += 1;

    // Siblings under 13 with the same exit are usually placed together.
    const canShare =
      age < 13 && lead !== null && lead.plannedDischarge === e.plannedDischarge && lead.reason === e.reason;
    e.placements = canShare && lead && rng.chance(0.7) ? lead.placements : placementsFor(ctx, family, e);
    if (lead === null && age < 13) lead = e;
    writePlacements(ctx, rng, e);
    permanencyPlans(ctx, rng, e, hearings);
    caseworkerVisits(ctx, rng, e);
    maltreatmentReports(ctx, rng, e);
    sensitiveFacts(ctx, rng, e);
  }
}

function writePlacements(ctx: SeedContext, rng: Rng, e: Episode): void {
  for (const p of e.placements) {
    ctx.b.placement.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      e.removalId,
      e.kid.childId,
      p.setting,
      p.provider?.id ?? null,
      toIso(p.start),
      p.end === null ? null : toIso(p.end),
      p.setting === 'foster_family_relative' && rng.chance(0.03),
    );
    ctx.counts.placements += 1;
  }
}
