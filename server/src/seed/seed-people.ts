import {
  FAMILY_NAMES_ASIAN,
  FAMILY_NAMES_ENGLISH,
  FAMILY_NAMES_HISPANIC,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  GIVEN_NAMES_NEUTRAL,
} from './names.ts';
import type { Rng } from './random.ts';
import { pgArray } from './seed-bulk-insert.ts';
import type { SeedContext } from './seed-context.ts';
import { toIso } from './seed-dates.ts';
import { RACES, type RaceKey } from './seed-distributions.ts';
import type { Provider } from './seed-model.ts';

export type PersonSpec = {
  given: string;
  family: string;
  birth: number | null;
  sex: 'female' | 'male' | 'unknown';
  race: readonly string[];
  language?: string;
  needsInterpreter?: boolean;
  phone?: string | null;
};

/** Buffers one person row and returns its id. */
export function person(ctx: SeedContext, p: PersonSpec): string {
  const id = ctx.ids.uuid();
  const language = p.language ?? 'en';
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  ctx.b.person.add(
    id,
    ctx.jurisdictionId,
    p.given,
    p.family,
    p.birth === null ? null : toIso(p.birth),
    p.sex,
    pgArray(p.race),
    language,
    pgArray(languages),
    p.needsInterpreter ?? false,
    p.phone ?? null,
  );
  return id;
}

export function givenName(rng: Rng, sex: 'female' | 'male' | 'unknown'): string {
  if (sex === 'unknown' || rng.chance(0.03)) return rng.pick(GIVEN_NAMES_NEUTRAL);
  return rng.pick(sex === 'female' ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
}

export function familyName(rng: Rng, race: RaceKey): string {
  if (race === 'hispanic') return rng.pick(rng.chance(0.9) ? FAMILY_NAMES_HISPANIC : FAMILY_NAMES_ENGLISH);
  if (race === 'asian') return rng.pick(rng.chance(0.8) ? FAMILY_NAMES_ASIAN : FAMILY_NAMES_ENGLISH);
  return rng.pick(rng.chance(0.35) ? FAMILY_NAMES_HISPANIC : FAMILY_NAMES_ENGLISH);
}

/** A professional or caregiver adult: no birth date or race recorded. */
export function adult(ctx: SeedContext, rng: Rng, race: RaceKey | null = null): string {
  const sex = rng.chance(0.6) ? 'female' : 'male';
  return person(ctx, {
    given: givenName(rng, sex),
    family: familyName(rng, race ?? rng.weighted(RACES)),
    birth: null,
    sex,
    race: [],
  });
}

export function provider(
  ctx: SeedContext,
  name: string,
  kind: string,
  licensed: boolean,
  county: string,
): Provider {
  const id = ctx.ids.uuid();
  ctx.b.provider.add(id, ctx.jurisdictionId, name, kind, licensed, county);
  return { id, kind, county, caregivers: [] };
}

export function caregiver(ctx: SeedContext, home: Provider, p: PersonSpec): void {
  const personId = person(ctx, p);
  ctx.b.providerCaregiver.add(home.id, personId);
  home.caregivers.push(personId);
}
