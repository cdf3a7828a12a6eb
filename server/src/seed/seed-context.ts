import { addMonths } from '@hearth/core';
import { Rng, type WeightedItems } from './random.ts';
import { createBuffers, type Buffers } from './seed-buffers.ts';
import { toDn } from './seed-dates.ts';
import type { Court, Judge, Provider, Unit } from './seed-model.ts';
import type { SeedOptions } from './synthetic.ts';

const YEARS_OF_HISTORY = 7;

/**
 * Everything one seeding run shares: the options, the id generator, the row buffers, the jurisdiction's
 * fixed parts once set up, and the running counters. Every id is drawn from `ids`, in generation order.
 */
export class SeedContext {
  readonly b: Buffers = createBuffers();
  readonly ids: Rng;
  readonly today: number;
  readonly horizonStart: number;
  readonly jurisdictionId: string;
  readonly judgeCount: number;
  readonly courts: Court[] = [];
  readonly judges: Judge[] = [];
  readonly units: Unit[] = [];
  readonly fosterHomes = new Map<string, Provider[]>();
  readonly groupHomes: Provider[] = [];
  readonly institutions: Provider[] = [];
  readonly pools = {
    agencyAttorney: [] as string[],
    parentAttorney: [] as string[],
    gal: [] as string[],
    youthAttorney: [] as string[],
    casa: [] as string[],
    interpreter: new Map<string, string[]>(),
  };
  readonly countyWeights: WeightedItems<number>;
  readonly districtDigits: string;
  readonly petitionCounters = new Map<string, number>();
  readonly slots: Uint32Array;
  readonly slotDays: number;
  reportCounter = 0;
  childCounter = 0;
  familyCounter = 0;
  readonly counts = { cases: 0, removals: 0, placements: 0, hearings: 0 };

  constructor(readonly opts: SeedOptions) {
    this.ids = Rng.derive(opts.seed, 'ids', opts.code);
    this.jurisdictionId = this.ids.uuid();
    this.today = toDn(opts.today);
    this.horizonStart = toDn(addMonths(opts.today, -12 * YEARS_OF_HISTORY));
    this.countyWeights = opts.counties.map((_, i) => [i, 1 / (1 + 0.8 * i)] as const);
    const digits = opts.district.replace(/\D/g, '');
    this.districtDigits = digits === '' ? '9' : String(Number(digits));
    this.judgeCount = Math.max(2, opts.counties.length, Math.round(opts.children / 600));
    // Judge-day occupancy in quarter hours (08:30–16:30 is 32 of them), kept in one flat array.
    this.slotDays = this.today - this.horizonStart + 800;
    this.slots = new Uint32Array(this.judgeCount * this.slotDays);
  }
}
