/**
 * A small seeded pseudo-random generator for synthetic data: sfc32, seeded through splitmix32. The same seed
 * always yields the same sequence on every platform, so a seeded data set can be rebuilt exactly. Seeding
 * never touches Math.random or the clock.
 */

/** Mixes any number of 32-bit integers (and strings) into one 32-bit seed (splitmix32 finaliser). */
export function mixSeed(...parts: (number | string)[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    if (typeof p === 'number') {
      h = mix32(h, p >>> 0);
      h = mix32(h, Math.floor(p / 2 ** 32) >>> 0);
    } else {
      for (let i = 0; i < p.length; i += 1) h = mix32(h, p.charCodeAt(i));
      h = mix32(h, p.length);
    }
  }
  return h;
}

function mix32(h: number, v: number): number {
  let x = (h ^ v) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function hex4(n: number): string {
  return (HEX[(n >>> 8) & 0xff] as string) + (HEX[n & 0xff] as string);
}
function hex8(n: number): string {
  return hex4(n >>> 16) + hex4(n & 0xffff);
}

export type WeightedItems<T> = readonly (readonly [T, number])[];

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** A fresh generator seeded from this seed and a label, independent of how far this one has run. */
  static derive(seed: number, ...parts: (number | string)[]): Rng {
    return new Rng(mixSeed(seed, ...parts));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, each with probability proportional to its weight. */
  weighted<T>(items: WeightedItems<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** A normal deviate (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal deviate with the given median and log-scale spread. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** A Poisson count (Knuth; fine for the small means used here). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k += 1;
      p *= this.next();
    }
    return k;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** A version-4-shaped UUID drawn from this generator, so seeded ids are reproducible. */
  uuid(): string {
    const a = this.nextUint32();
    const b = this.nextUint32();
    const c = this.nextUint32();
    const d = this.nextUint32();
    return (
      hex8(a) +
      '-' +
      hex4(b >>> 16) +
      '-4' +
      hex4(b & 0xffff).slice(1) +
      '-' +
      hex4(((c >>> 16) & 0x3fff) | 0x8000) +
      '-' +
      hex4(c & 0xffff) +
      hex8(d)
    );
  }
}
