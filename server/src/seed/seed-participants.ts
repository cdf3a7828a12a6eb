import type { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { toIso } from './seed-dates.ts';
import type { Episode, Family, HearingPlan } from './seed-model.ts';

// Case participants: the parents, the caseworker, counsel for each side, the children's representatives,
// a CASA volunteer on some cases, caregivers and interpreters.

type AddParticipant = (
  personId: string,
  role: string,
  isParty: boolean,
  start: number,
  end: number | null,
  childId?: string | null,
) => void;

export type ParticipantCase = {
  caseId: string;
  filing: number;
  closed: number | null;
  hearings: HearingPlan[];
};

export function caseParticipants(
  ctx: SeedContext,
  family: Family,
  episodes: Episode[],
  c: ParticipantCase,
): void {
  const rng = family.rng;
  const { filing, closed } = c;
  const add = participantWriter(ctx, c);
  const caseLast = closed ?? ctx.today;

  for (const parent of family.parents) add(parent.personId, 'parent', true, filing, null);

  // Caseworker from a unit of the family's county, with some turnover on long cases.
  const local = ctx.units.filter((u) => u.county === family.county);
  const unit = rng.pick(local.length ? local : ctx.units);
  const worker = rng.pick(unit.caseworkers);
  if (caseLast - filing > 365 && rng.chance(0.35)) {
    const handover = filing + rng.int(120, caseLast - filing - 30);
    add(worker, 'caseworker', false, filing, handover);
    add(rng.pick(unit.caseworkers), 'caseworker', false, handover, null);
  } else add(worker, 'caseworker', false, filing, null);

  add(rng.pick(ctx.pools.agencyAttorney), 'agency_attorney', false, filing, null);
  // Each parent has their own attorney.
  for (let i = 0; i < family.parents.length; i += 1)
    add(rng.pick(ctx.pools.parentAttorney), 'parent_attorney', false, filing, null);

  addChildRepresentatives(ctx, rng, episodes, add, filing, caseLast);

  if (rng.chance(0.3)) {
    const disposition = c.hearings.find((h) => h.type === 'disposition' && h.status === 'held');
    const start = disposition ? disposition.day : filing + rng.int(45, 90);
    if (start <= caseLast) add(rng.pick(ctx.pools.casa), 'casa_volunteer', false, start, null);
  }

  addCaregivers(rng, episodes, add);

  const language = family.parents.find((p) => p.needsInterpreter)?.language;
  const interpreters = language ? ctx.pools.interpreter.get(language) : undefined;
  if (interpreters && interpreters.length && rng.chance(0.85))
    add(rng.pick(interpreters), 'interpreter', false, filing, null);
}

/** Buffers a participant row; none starts after today, and none outlasts the case once it is closed. */
function participantWriter(ctx: SeedContext, c: ParticipantCase): AddParticipant {
  const { closed } = c;
  return (personId, role, isParty, start, end, childId = null) => {
    if (start > ctx.today) return;
    const finish = closed !== null && (end === null || end > closed) ? closed : end;
    ctx.b.participant.add(
      ctx.ids.uuid(),
      ctx.jurisdictionId,
      c.caseId,
      personId,
      childId,
      role,
      isParty,
      toIso(start),
      finish === null ? null : toIso(Math.max(start, finish)),
    );
  };
}

/** The child's representative: a guardian ad litem under 14, a youth attorney from 14 (Rule 10-312). */
function addChildRepresentatives(
  ctx: SeedContext,
  rng: Rng,
  episodes: Episode[],
  add: AddParticipant,
  filing: number,
  caseLast: number,
): void {
  const gal = rng.pick(ctx.pools.gal);
  const youthAttorney = rng.pick(ctx.pools.youthAttorney);
  for (const e of episodes) {
    const kid = e.kid;
    if (kid.turns14 > filing) {
      add(gal, 'guardian_ad_litem', false, filing, kid.turns14 <= caseLast ? kid.turns14 : null, kid.childId);
      if (kid.turns14 <= caseLast)
        add(youthAttorney, 'youth_attorney', false, kid.turns14, null, kid.childId);
    } else add(youthAttorney, 'youth_attorney', false, filing, null, kid.childId);
  }
}

/** Caregivers are heard, not parties: the current family caregiver always, earlier ones sometimes. */
function addCaregivers(rng: Rng, episodes: Episode[], add: AddParticipant): void {
  for (const e of episodes) {
    for (const p of e.placements) {
      if (!p.provider || p.provider.caregivers.length === 0) continue;
      if (
        p.setting !== 'foster_family_relative' &&
        p.setting !== 'foster_family_nonrelative' &&
        p.setting !== 'pre_adoptive'
      )
        continue;
      if (p.end === null || rng.chance(0.3))
        add(p.provider.caregivers[0] as string, 'caregiver', false, p.start, p.end, e.kid.childId);
    }
  }
}
