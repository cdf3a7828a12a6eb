import type { SensitiveFieldClass } from '@hearth/core';
import type { Rng, WeightedItems } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { completedYears, monthStartOf, nextMonthStart, toIso, yearOf } from './seed-dates.ts';
import { MALTREATMENT_DISPOSITIONS } from './seed-distributions.ts';
import type { Episode } from './seed-model.ts';

// What is recorded about a child during an episode besides placements and plans: caseworker visits,
// maltreatment reports and (for a few children) sensitive facts.

const SENSITIVE_SUMMARIES: Record<SensitiveFieldClass, readonly string[]> = {
  health: [
    'Synthetic record: asthma, daily controller inhaler; pediatric pulmonology follow-up every 6 months.',
    'Synthetic record: type 1 diabetes; insulin pump; school nurse plan on file.',
    'Synthetic record: anxiety disorder; weekly counseling, no medication.',
    'Synthetic record: seizure disorder, well controlled; neurology review yearly.',
    'Synthetic record: developmental delay; early-intervention services twice a week.',
  ],
  substance_use: [
    'Synthetic record: cannabis use reported; outpatient adolescent program enrolled.',
    'Synthetic record: alcohol use at intake; completed assessment, no treatment recommended.',
    'Synthetic record: prenatal substance exposure noted at birth; developmental screening scheduled.',
  ],
  sogi: [
    'Synthetic record: youth identifies as gay; asked that placement be told only with consent.',
    'Synthetic record: youth uses they/them pronouns; affirming placement requested.',
  ],
  immigration_status: [
    'Synthetic record: not a U.S. citizen; SIJS predicate findings under discussion.',
    'Synthetic record: lawful permanent resident; card held by caseworker.',
  ],
  sealed_adoption: [
    'Synthetic record: adoption finalized; original birth record sealed by court order.',
    'Synthetic record: prior adoption in another state; records sealed.',
  ],
};

/** About one face-to-face visit per full calendar month in care (93% of months), ~70% in the residence. */
export function caseworkerVisits(ctx: SeedContext, rng: Rng, e: Episode): void {
  const stop = e.discharge ?? ctx.today + 1; // first day not in care (or not yet happened)
  let monthStart = monthStartOf(e.removal);
  if (monthStart < e.removal) monthStart = nextMonthStart(e.removal);
  while (monthStart < stop && monthStart <= ctx.today) {
    const nextMonth = nextMonthStart(monthStart);
    if (monthStart >= e.kid.turns18) break;
    const complete = nextMonth - 1 < stop;
    const current = e.discharge === null && nextMonth > ctx.today;
    if (complete || current) {
      const days = nextMonth - monthStart;
      // In the current month only the days already past can hold a visit.
      const elapsed = current ? ctx.today - monthStart + 1 : days;
      if (rng.chance(0.93 * (elapsed / days))) {
        const n = rng.chance(0.1) ? 2 : 1;
        for (let v = 0; v < n; v += 1) {
          ctx.b.visit.add(
            ctx.ids.uuid(),
            ctx.jurisdictionId,
            e.kid.childId,
            toIso(monthStart + rng.int(0, elapsed - 1)),
            rng.chance(0.7) ? 'residence' : 'other',
            rng.chance(0.98),
          );
        }
      }
    }
    monthStart = nextMonth;
  }
}

/** A report for about one child in twenty: during care, after going home, or the one that led to removal. */
export function maltreatmentReports(ctx: SeedContext, rng: Rng, e: Episode): void {
  if (!rng.chance(0.05)) return;
  const inCareUntil = (e.discharge ?? ctx.today + 1) - 1;
  let day: number;
  let incident: number | null;
  if (rng.chance(0.6) && inCareUntil - e.removal > 15) {
    day = e.removal + rng.int(8, inCareUntil - e.removal);
    incident = rng.chance(0.8) ? Math.max(e.removal, day - rng.int(0, 10)) : null;
  } else if (e.discharge !== null && rng.chance(0.5) && e.discharge + 14 <= ctx.today) {
    day = e.discharge + rng.int(14, Math.min(400, ctx.today - e.discharge));
    incident = rng.chance(0.8) ? day - rng.int(0, 7) : null;
  } else {
    day = e.removal - rng.int(0, 30);
    incident = rng.chance(0.8) ? day - rng.int(0, 5) : null;
  }
  const add = (d: number, inc: number | null, disposition: string): void => {
    ctx.reportCounter += 1;
    ctx.b.maltreatment.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      e.kid.childId,
      `CYFD-${yearOf(d)}-${String(ctx.reportCounter).padStart(6, '0')}`,
      toIso(d),
      inc === null ? null : toIso(inc),
      disposition,
    );
  };
  add(day, incident, rng.weighted(MALTREATMENT_DISPOSITIONS));
  if (rng.chance(0.25)) {
    const later = day + rng.int(15, 365);
    if (later <= ctx.today)
      add(later, rng.chance(0.8) ? later - rng.int(0, 7) : null, rng.weighted(MALTREATMENT_DISPOSITIONS));
  }
}

/** One or two sensitive facts for about one child in twenty-five, of classes that fit the child's age. */
export function sensitiveFacts(ctx: SeedContext, rng: Rng, e: Episode): void {
  if (!rng.chance(0.04)) return;
  const age = completedYears(e.kid.birth, Math.min(ctx.today, e.plannedDischarge));
  const classes: WeightedItems<SensitiveFieldClass> = [
    ['health', 40],
    ['substance_use', age >= 12 ? 20 : 4],
    ['sogi', age >= 13 ? 10 : 0],
    ['immigration_status', 12],
    ['sealed_adoption', e.reason === 'adoption' && e.discharge !== null ? 25 : 0],
  ];
  const count = rng.chance(0.25) ? 2 : 1;
  const chosen = new Set<SensitiveFieldClass>();
  for (let i = 0; i < count; i += 1) chosen.add(rng.weighted(classes));
  for (const fieldClass of chosen)
    ctx.b.sensitive.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      e.kid.childId,
      fieldClass,
      rng.pick(SENSITIVE_SUMMARIES[fieldClass]),
      JSON.stringify({ synthetic: true }),
    );
}
