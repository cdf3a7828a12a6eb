import { Rng } from './random.ts';
import type { SeedContext } from './seed-context.ts';
import { RACES } from './seed-distributions.ts';
import type { Court } from './seed-model.ts';
import { adult, caregiver, familyName, givenName, person, provider } from './seed-people.ts';

// The jurisdiction's fixed parts: courts and courtrooms, judges, agency units and their caseworkers, the
// pools of professionals, and the foster homes, group homes and institutions children are placed with.
// All of it is drawn from one 'setup' generator, in this order.

const GROUP_HOME_NAMES = [
  'Sunrise Youth Home',
  'Mesa Vista Group Home',
  'Cottonwood House',
  'Juniper Ridge Home',
  'Sandia View Youth Residence',
  'Desert Willow House',
];
const INSTITUTION_NAMES = [
  'High Desert Residential Treatment Center',
  'Rio Valley Youth Campus',
  'Piñon Hills Treatment Program',
  'Canyon Light Residential Center',
];

/** Buffers the jurisdiction's fixed parts and records them on the context for the families to use. */
export function setUpJurisdiction(ctx: SeedContext): void {
  const rng = Rng.derive(ctx.opts.seed, 'setup');
  setUpCourts(ctx, rng);
  setUpJudges(ctx, rng);
  setUpUnits(ctx, rng);
  setUpProfessionals(ctx, rng);
  setUpFosterHomes(ctx, rng);
  setUpGroupHomes(ctx, rng);
  setUpInstitutions(ctx);
}

function setUpCourts(ctx: SeedContext, rng: Rng): void {
  const { opts } = ctx;
  opts.counties.forEach((county, i) => {
    const id = ctx.ids.uuid();
    ctx.b.court.add(
      id,
      ctx.jurisdictionId,
      `${opts.district} Judicial District Children's Court — ${county}`,
      opts.district,
      county,
    );
    const court: Court = {
      id,
      county,
      code: `${ctx.districtDigits}${String(i + 2).padStart(2, '0')}`,
      courtroomIds: [],
      judges: [],
    };
    const rooms = rng.int(2, 3);
    for (let r = 1; r <= rooms; r += 1) {
      const roomId = ctx.ids.uuid();
      ctx.b.courtroom.add(
        roomId,
        ctx.jurisdictionId,
        id,
        `Courtroom ${r}`,
        `${county} County children's court, floor ${r}`,
      );
      court.courtroomIds.push(roomId);
    }
    ctx.courts.push(court);
  });
}

function setUpJudges(ctx: SeedContext, rng: Rng): void {
  for (let j = 0; j < ctx.judgeCount; j += 1) {
    // Every court gets a judge first; the rest follow the counties' caseloads.
    const courtIdx = j < ctx.courts.length ? j : rng.weighted(ctx.countyWeights);
    const court = ctx.courts[courtIdx] as Court;
    const sex = rng.chance(0.55) ? 'female' : 'male';
    const personId = person(ctx, {
      given: givenName(rng, sex),
      family: familyName(rng, rng.weighted(RACES)),
      birth: ctx.today - rng.int(42 * 365, 66 * 365),
      sex,
      race: [],
    });
    const id = ctx.ids.uuid();
    ctx.b.judge.add(id, ctx.jurisdictionId, court.id, personId, 'Judge');
    const courtroomId = court.courtroomIds[court.judges.length % court.courtroomIds.length] as string;
    court.judges.push(ctx.judges.length);
    ctx.judges.push({ id, court: courtIdx, courtroomId });
  }
}

function setUpUnits(ctx: SeedContext, rng: Rng): void {
  const { opts } = ctx;
  const unitCount = Math.max(2, Math.round(opts.children / 150));
  const unitsPerCounty = new Map<string, number>();
  for (let u = 0; u < unitCount; u += 1) {
    const county = opts.counties[u < opts.counties.length ? u : rng.weighted(ctx.countyWeights)] as string;
    const k = (unitsPerCounty.get(county) ?? 0) + 1;
    unitsPerCounty.set(county, k);
    const id = ctx.ids.uuid();
    ctx.b.agencyUnit.add(id, ctx.jurisdictionId, `${county} Permanency Unit ${k}`, county);
    const caseworkers: string[] = [];
    const workers = rng.int(4, 7);
    for (let w = 0; w < workers; w += 1) caseworkers.push(adult(ctx, rng));
    ctx.units.push({ id, county, caseworkers });
  }
}

function setUpProfessionals(ctx: SeedContext, rng: Rng): void {
  const n = ctx.opts.children;
  const { pools } = ctx;
  const professionals = (count: number): string[] => Array.from({ length: count }, () => adult(ctx, rng));
  pools.agencyAttorney.push(...professionals(Math.max(2, Math.round(n / 250))));
  pools.parentAttorney.push(...professionals(Math.max(3, Math.round(n / 100))));
  pools.gal.push(...professionals(Math.max(2, Math.round(n / 150))));
  pools.youthAttorney.push(...professionals(Math.max(2, Math.round(n / 300))));
  pools.casa.push(...professionals(Math.max(3, Math.round(n / 60))));
  pools.interpreter.set('es', professionals(Math.max(2, Math.round(n / 600))));
  pools.interpreter.set('nv', professionals(1));
  pools.interpreter.set('vi', professionals(1));
}

function setUpFosterHomes(ctx: SeedContext, rng: Rng): void {
  const { opts } = ctx;
  const fosterCount = Math.max(6, Math.round(opts.children / 8));
  for (let f = 0; f < fosterCount; f += 1) {
    const county = opts.counties[f < opts.counties.length ? f : rng.weighted(ctx.countyWeights)] as string;
    const race = rng.weighted(RACES);
    const surname = familyName(rng, race);
    const home = provider(ctx, `${surname} foster home`, 'foster_family', true, county);
    const adults = rng.chance(0.7) ? 2 : 1;
    for (let a = 0; a < adults; a += 1) {
      const sex = a === 0 ? 'female' : rng.chance(0.85) ? 'male' : 'female';
      caregiver(ctx, home, {
        given: givenName(rng, sex),
        family: surname,
        birth: ctx.today - rng.int(28 * 365, 62 * 365),
        sex,
        race: [race],
      });
    }
    const list = ctx.fosterHomes.get(county) ?? [];
    list.push(home);
    ctx.fosterHomes.set(county, list);
  }
}

function setUpGroupHomes(ctx: SeedContext, rng: Rng): void {
  const { opts } = ctx;
  const groupCount = Math.max(2, Math.round(opts.children / 250));
  for (let g = 0; g < groupCount; g += 1) {
    const base = GROUP_HOME_NAMES[g % GROUP_HOME_NAMES.length] as string;
    const name =
      g < GROUP_HOME_NAMES.length ? base : `${base} ${Math.floor(g / GROUP_HOME_NAMES.length) + 1}`;
    const home = provider(ctx, name, 'group_home', true, opts.counties[g % opts.counties.length] as string);
    const sex = rng.chance(0.5) ? 'female' : 'male';
    caregiver(ctx, home, {
      given: givenName(rng, sex),
      family: familyName(rng, rng.weighted(RACES)),
      birth: null,
      sex,
      race: [],
    });
    ctx.groupHomes.push(home);
  }
}

function setUpInstitutions(ctx: SeedContext): void {
  const { opts } = ctx;
  const institutionCount = Math.max(1, Math.round(opts.children / 500));
  for (let i = 0; i < institutionCount; i += 1) {
    const base = INSTITUTION_NAMES[i % INSTITUTION_NAMES.length] as string;
    const name =
      i < INSTITUTION_NAMES.length ? base : `${base} ${Math.floor(i / INSTITUTION_NAMES.length) + 1}`;
    ctx.institutions.push(provider(ctx, name, 'institution', true, opts.counties[0] as string));
  }
}
