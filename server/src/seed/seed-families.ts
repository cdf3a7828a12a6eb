import { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { birthdayDn } from './seed-dates.ts';
import { AGES_AT_REMOVAL, FAMILY_SIZES, RACES, type RaceKey } from './seed-distributions.ts';
import { enterCare } from './seed-entry.ts';
import type { Court, Family, Kid, Parent } from './seed-model.ts';
import { familyName, givenName, person } from './seed-people.ts';

/** Generates the next family (1–4 children, never more than remain) with all its entries into care. */
export function generateFamily(ctx: SeedContext): void {
  const index = ctx.familyCounter;
  ctx.familyCounter += 1;
  const rng = Rng.derive(ctx.opts.seed, 'family', index);
  const remaining = ctx.opts.children - ctx.childCounter;
  const size = Math.min(remaining, rng.weighted(FAMILY_SIZES));
  const countyIdx = rng.weighted(ctx.countyWeights);
  const county = ctx.opts.counties[countyIdx] as string;
  const court = ctx.courts[countyIdx] as Court;
  const race = rng.weighted(RACES);
  const surname = familyName(rng, race);

  // Removal dates lean towards recent years (entries have grown), and never fall after today.
  const back = Math.max(1, Math.floor((ctx.today - ctx.horizonStart) * rng.next() ** 1.25));
  const removal = ctx.today - back;

  const ages = Array.from({ length: size }, () => rng.weighted(AGES_AT_REMOVAL)).sort((a, b) => b - a);
  const eldestBirth = removal - ((ages[0] ?? 0) * 365 + rng.int(0, 364));

  const { parents, language } = makeParents(ctx, rng, race, surname, eldestBirth);
  const kids = makeKids(ctx, rng, {
    ages,
    eldestBirth,
    removal,
    parentLanguage: language,
    race,
    surname,
    county,
  });

  const judgesHere = court.judges.length ? court.judges : [0];
  const family: Family = {
    rng,
    county,
    court: countyIdx,
    judge: rng.pick(judgesHere),
    race,
    surname,
    parents,
    relative: null,
    kids,
    entries: 0,
  };
  enterCareRepeatedly(ctx, family, removal);
}

/** The family's first entry into care, then any re-entries of reunified children (at most three in all). */
function enterCareRepeatedly(ctx: SeedContext, family: Family, removal: number): void {
  const { rng } = family;
  let entering = family.kids;
  let entryDay = removal;
  while (entering.length > 0 && family.entries < 3) {
    const episodes = enterCare(ctx, family, entering, entryDay);
    // Re-entry: ~8% of reunified families come back within a year, a few more later.
    const home = episodes.filter((e) => e.reason === 'reunification' && e.discharge !== null);
    if (home.length === 0) break;
    const wentHome = Math.max(...home.map((e) => e.discharge as number));
    const roll = rng.next();
    let next: number | null = null;
    if (roll < 0.085) next = wentHome + Math.min(365, Math.floor(rng.lognormal(100, 0.8)));
    else if (roll < 0.115) next = wentHome + rng.int(366, 1400);
    if (next === null || next > ctx.today) break;
    const day = next;
    entering = home
      .filter((e) => (e.discharge as number) <= day && day < e.kid.turns18 - 30)
      .map((e) => e.kid);
    entryDay = day;
  }
}

/** A mother (nearly always), a father (often), sharing one language; some need an interpreter. */
function makeParents(
  ctx: SeedContext,
  rng: Rng,
  race: RaceKey,
  surname: string,
  eldestBirth: number,
): { parents: Parent[]; language: string } {
  const parents: Parent[] = [];
  const parentLanguage =
    race === 'hispanic' && rng.chance(0.15)
      ? 'es'
      : race === 'american_indian_alaska_native' && rng.chance(0.1)
        ? 'nv'
        : race === 'asian' && rng.chance(0.3)
          ? 'vi'
          : 'en';
  const motherBirth = eldestBirth - rng.int(17 * 365, 36 * 365);
  const hasMother = rng.chance(0.93);
  const hasFather = !hasMother || rng.chance(0.6);
  const parentPerson = (sex: 'female' | 'male', birth: number): void => {
    const needsInterpreter = parentLanguage !== 'en' && rng.chance(0.8);
    parents.push({
      personId: person(ctx, {
        given: givenName(rng, sex),
        family: sex === 'female' || rng.chance(0.5) ? surname : familyName(rng, race),
        birth,
        sex,
        race: [race],
        language: parentLanguage,
        needsInterpreter,
        phone: `(505) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
      }),
      language: parentLanguage,
      needsInterpreter,
    });
  };
  if (hasMother) parentPerson('female', motherBirth);
  if (hasFather) parentPerson('male', motherBirth - rng.int(-3 * 365, 8 * 365));
  return { parents, language: parentLanguage };
}

/** The children, eldest first, each with a person row, a child row and the birthdays that matter. */
function makeKids(
  ctx: SeedContext,
  rng: Rng,
  f: {
    ages: number[];
    eldestBirth: number;
    removal: number;
    parentLanguage: string;
    race: RaceKey;
    surname: string;
    county: string;
  },
): Kid[] {
  const { removal } = f;
  return f.ages.map((age, i) => {
    const birth = i === 0 ? f.eldestBirth : Math.min(removal, removal - (age * 365 + rng.int(0, 364)));
    const born = age === 0 && rng.chance(0.3) ? removal - rng.int(0, 3) : birth;
    const sex = rng.weighted<'female' | 'male' | 'unknown'>([
      ['female', 49.5],
      ['male', 50],
      ['unknown', 0.5],
    ]);
    const childLanguage = f.parentLanguage === 'es' && rng.chance(0.4) ? 'es' : 'en';
    const personId = person(ctx, {
      given: givenName(rng, sex),
      family: f.surname,
      birth: born,
      sex,
      race: [f.race],
      language: childLanguage,
    });
    const childId = ctx.ids.uuid();
    ctx.childCounter += 1;
    ctx.b.child.add(
      childId,
      ctx.jurisdictionId,
      personId,
      `NM${String(ctx.childCounter).padStart(9, '0')}`,
      f.county,
    );
    return {
      childId,
      personId,
      birth: born,
      turns14: birthdayDn(born, 14),
      turns16: birthdayDn(born, 16),
      turns18: birthdayDn(born, 18),
      isIndian: f.race === 'american_indian_alaska_native',
    };
  });
}
