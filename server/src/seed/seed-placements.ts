import type { PlacementSetting } from '@hearth/core';
import type { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { completedYears } from './seed-dates.ts';
import { SETTINGS_CHILD, SETTINGS_TEEN, SETTINGS_YOUNG } from './seed-distributions.ts';
import type { Episode, Family, Kid, Placement, Provider } from './seed-model.ts';
import { caregiver, familyName, givenName, provider } from './seed-people.ts';

// Placements: where a child lives during an episode, and with which provider.

/** The family's kinship (or fictive-kin) home, created the first time a child is placed with relatives. */
function relativeHome(ctx: SeedContext, family: Family): Provider {
  if (family.relative) return family.relative;
  const rng = family.rng;
  const fictive = rng.chance(0.15);
  const surname = rng.chance(0.6) ? family.surname : familyName(rng, family.race);
  const home = provider(
    ctx,
    `${surname} ${fictive ? 'fictive kin' : 'kinship'} home`,
    fictive ? 'fictive_kin' : 'relative',
    rng.chance(0.45),
    family.county,
  );
  const adults = rng.chance(0.5) ? 2 : 1;
  for (let a = 0; a < adults; a += 1) {
    const sex = a === 0 ? 'female' : 'male';
    caregiver(ctx, home, {
      given: givenName(rng, sex),
      family: surname,
      birth: ctx.today - rng.int(30 * 365, 70 * 365),
      sex,
      race: [family.race],
      phone: `(505) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
    });
  }
  family.relative = home;
  return home;
}

/** A licensed foster home, usually in the family's county. */
function fosterHome(ctx: SeedContext, rng: Rng, county: string): Provider {
  const local = ctx.fosterHomes.get(county);
  if (local && local.length && rng.chance(0.85)) return rng.pick(local);
  const all = ctx.fosterHomes.get(rng.pick(ctx.opts.counties)) ?? local;
  if (!all || all.length === 0) throw new Error('no foster homes were seeded');
  return rng.pick(all);
}

function pickSetting(rng: Rng, kid: Kid, day: number): PlacementSetting {
  const age = completedYears(kid.birth, day);
  if (age < 6) return rng.weighted(SETTINGS_YOUNG);
  if (age < 13) return rng.weighted(SETTINGS_CHILD);
  if (age >= 16 && rng.chance(0.06)) return 'supervised_independent_living';
  return rng.weighted(SETTINGS_TEEN);
}

function providerFor(ctx: SeedContext, family: Family, setting: PlacementSetting): Provider | null {
  const rng = family.rng;
  switch (setting) {
    case 'foster_family_nonrelative':
    case 'pre_adoptive':
    case 'respite':
      return fosterHome(ctx, rng, family.county);
    case 'foster_family_relative':
      return relativeHome(ctx, family);
    case 'group_home':
      return rng.pick(ctx.groupHomes);
    case 'qrtp':
    case 'institution':
      return rng.pick(ctx.institutions);
    case 'supervised_independent_living':
    case 'trial_home_visit':
    case 'runaway':
    case 'juvenile_justice':
    case 'medical':
    case 'other':
      return null;
  }
}

type Tail = { setting: PlacementSetting; start: number };

/**
 * Contiguous placements inside the episode: removal ≤ start < discharge, each ending when the next begins,
 * the last ending at the discharge (or still open). Reunifications often end in a trial home visit,
 * adoptions in a pre-adoptive home, runaway exits on runaway status; teens sometimes run for a spell.
 */
export function placementsFor(ctx: SeedContext, family: Family, e: Episode): Placement[] {
  const rng = family.rng;
  const removal = e.removal;
  const latestStart = e.discharge === null ? ctx.today : e.discharge - 1;
  if (latestStart < removal) return [];

  const tail = drawTail(rng, e, latestStart);
  const mainLast = tail ? tail.start - 1 : latestStart;
  const out = mainPlacements(ctx, family, e, mainLast, tail !== null);

  // A runaway spell for some teens: split one long placement around a few days on the run.
  if (out.length + (tail ? 1 : 0) <= 4 && completedYears(e.kid.birth, removal) >= 13 && rng.chance(0.15))
    addRunawaySpell(ctx, family, e, out, mainLast);

  if (tail) {
    const previous = out[out.length - 1] as Placement;
    previous.end = tail.start;
    const home =
      tail.setting === 'pre_adoptive'
        ? previous.setting === 'foster_family_nonrelative' && rng.chance(0.5)
          ? previous.provider
          : fosterHome(ctx, rng, family.county)
        : null;
    out.push({ setting: tail.setting, provider: home, start: tail.start, end: null });
  }
  const final = out[out.length - 1];
  if (final) final.end = e.discharge;
  return out;
}

/** The placement the episode ends in, when its exit calls for one: a trial home visit, runaway, pre-adoptive. */
function drawTail(rng: Rng, e: Episode, latestStart: number): Tail | null {
  const removal = e.removal;
  const planned = e.plannedDischarge;
  if (e.reason === 'reunification' && planned - removal > 60 && rng.chance(0.55)) {
    const start = planned - rng.int(30, Math.min(175, planned - removal - 20));
    if (start > removal + 7 && start <= latestStart) return { setting: 'trial_home_visit', start };
  } else if (e.reason === 'runaway' && e.discharge !== null) {
    const start = e.discharge - rng.int(7, 60);
    if (start > removal) return { setting: 'runaway', start };
  } else if (e.reason === 'adoption' && rng.chance(0.75)) {
    const start = planned - rng.int(150, 420);
    if (start > removal + 30 && start <= latestStart) return { setting: 'pre_adoptive', start };
  }
  return null;
}

/** The placements from the removal to `mainLast`, more of them the longer the stay, no two alike in a row. */
function mainPlacements(
  ctx: SeedContext,
  family: Family,
  e: Episode,
  mainLast: number,
  hasTail: boolean,
): Placement[] {
  const rng = family.rng;
  const removal = e.removal;
  const months = (mainLast - removal) / 30.4;
  let count = 1 + Math.min(4, rng.poisson(0.1 + 0.06 * months));
  count = Math.min(count, 1 + (mainLast - removal), hasTail ? 4 : 5);

  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(rng.int(removal + 1, mainLast));
  const starts = [removal, ...[...cuts].sort((a, b) => a - b)];
  const out: Placement[] = [];
  for (const start of starts) {
    const previous = out[out.length - 1];
    let setting = pickSetting(rng, e.kid, start);
    let home = providerFor(ctx, family, setting);
    for (
      let tries = 0;
      previous && tries < 4 && setting === previous.setting && home === previous.provider;
      tries += 1
    ) {
      setting = pickSetting(rng, e.kid, start);
      home = providerFor(ctx, family, setting);
    }
    if (previous) previous.end = start;
    out.push({ setting, provider: home, start, end: null });
  }
  return out;
}

/** Splits the first placement of two weeks or more around a runaway spell, then a return to care. */
function addRunawaySpell(
  ctx: SeedContext,
  family: Family,
  e: Episode,
  out: Placement[],
  mainLast: number,
): void {
  const rng = family.rng;
  const i = out.findIndex(
    (p, k) => (k + 1 < out.length ? (out[k + 1] as Placement).start : mainLast + 1) - p.start >= 14,
  );
  const host = out[i];
  if (!host) return;
  const hostEnd = i + 1 < out.length ? (out[i + 1] as Placement).start : mainLast + 1;
  const runStart = host.start + rng.int(3, hostEnd - host.start - 10);
  const runEnd = Math.min(runStart + rng.int(2, 21), hostEnd - 2);
  const back = rng.chance(0.5) ? 'group_home' : pickSetting(rng, e.kid, runEnd);
  const spell: Placement = { setting: 'runaway', provider: null, start: runStart, end: runEnd };
  const returned: Placement = {
    setting: back,
    provider: providerFor(ctx, family, back),
    start: runEnd,
    end: host.end,
  };
  host.end = runStart;
  out.splice(i + 1, 0, spell, returned);
}
