import type { PermanencyGoal } from '@hearth/core';
import type { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { completedYears, toIso } from './seed-dates.ts';
import type { Episode, HearingPlan } from './seed-model.ts';

// Permanency plans: a primary goal set at disposition, often a concurrent one, and a change of goal at the
// first permanency hearing when the case is heading somewhere other than where it started.

/** The primary goal the episode starts with and, when it changes, the goal it changes to and when. */
type Goals = {
  first: PermanencyGoal;
  final: PermanencyGoal | null;
  changeDay: number;
};

export function permanencyPlans(ctx: SeedContext, rng: Rng, e: Episode, hearings: HearingPlan[]): void {
  const limit = e.discharge === null ? ctx.today : e.discharge - 1;
  const disposition = hearings.find((h) => h.type === 'disposition' && h.status === 'held');
  const established = disposition ? disposition.day : e.removal + rng.int(30, 60);
  if (established > limit || established < e.removal) return;
  const ageOn = (day: number): number => completedYears(e.kid.birth, day);
  const young = ageOn(established) < 12;
  const { first, final, changeDay } = drawGoals(rng, e, hearings, { established, limit, young });

  const end = (day: number | null): string | null => (day === null ? null : toIso(day));
  const planEnd = final !== null ? changeDay : e.discharge;
  const add = (kind: 'primary' | 'concurrent', goal: PermanencyGoal, from: number, to: number | null): void =>
    ctx.b.plan.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      e.kid.childId,
      e.removalId,
      kind,
      goal,
      toIso(from),
      end(to),
    );
  add('primary', first, established, planEnd);
  if (first === 'reunification' && rng.chance(0.5)) {
    let concurrent: PermanencyGoal =
      final ??
      rng.weighted<PermanencyGoal>([
        ['adoption', young ? 50 : 10],
        ['guardianship', 30],
        ['relative', 25],
      ]);
    if (concurrent === 'appla' && ageOn(established) < 16) concurrent = 'guardianship';
    add('concurrent', concurrent, established, planEnd);
  }
  if (final !== null) add('primary', final, changeDay, e.discharge);
}

function drawGoals(
  rng: Rng,
  e: Episode,
  hearings: HearingPlan[],
  at: { established: number; limit: number; young: boolean },
): Goals {
  const { established, limit, young } = at;
  const first: PermanencyGoal = rng.weighted<PermanencyGoal>([
    ['reunification', 88],
    ['relative', 5],
    ['adoption', young ? 5 : 0],
    ['guardianship', 2],
  ]);
  // The goal the case is heading for, set at the first permanency hearing (or about a year in).
  let final: PermanencyGoal | null = null;
  let changeDay = 0;
  const permanency = hearings.find((h) => h.type === 'permanency' && h.status === 'held');
  const changeAt = permanency ? permanency.day : e.removal + rng.int(300, 420);
  switch (e.reason) {
    case 'adoption':
    case 'guardianship':
    case 'relative':
      final = e.reason;
      changeDay = changeAt;
      break;
    case 'emancipation':
      if (first === 'reunification') {
        changeDay = Math.max(changeAt, e.kid.turns16);
        final = 'appla';
      }
      break;
    case 'reunification':
    case 'transfer':
    case 'runaway':
    case 'death':
      break;
  }
  if (final === first) final = null;
  if (final !== null && (changeDay > limit || changeDay <= established)) final = null;
  if (final === 'appla' && completedYears(e.kid.birth, changeDay) < 16) final = null;
  return { first, final, changeDay };
}
