/**
 * Growable typed-array columns: a shard of a national folder holds millions of rows, and a row kept as
 * a few integers in typed arrays costs tens of bytes where an object per row would cost hundreds.
 */
export class Int32Column {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(Math.ceil(this.data.length * 1.5) + 16);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

export class Uint8Column {
  data: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint8Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(Math.ceil(this.data.length * 1.5) + 16);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

/**
 * Rows grouped by an owner (a child, an episode): `order[start[o] … start[o + 1])` are the rows of owner
 * `o` in file order (a stable counting sort). Rows whose owner is −1 are left out.
 */
export function groupRows(
  owners: Int32Array,
  rows: number,
  ownerCount: number,
): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(ownerCount + 1);
  for (let r = 0; r < rows; r++) {
    const o = owners[r]!;
    if (o >= 0) start[o + 1]!++;
  }
  for (let o = 0; o < ownerCount; o++) start[o + 1]! += start[o]!;
  const order = new Int32Array(start[ownerCount]!);
  const next = start.slice(0, ownerCount);
  for (let r = 0; r < rows; r++) {
    const o = owners[r]!;
    if (o >= 0) order[next[o]!++] = r;
  }
  return { start, order };
}

/** Byte strings (ids) appended one after another: the i-th is bytes[start[i], start[i + 1]). */
export class ByteArena {
  private bytes = Buffer.alloc(1 << 16);
  readonly start = new Int32Column();
  private used = 0;

  constructor() {
    this.start.push(0);
  }

  get size(): number {
    return this.start.length - 1;
  }

  push(buf: Uint8Array, s: number, e: number): number {
    const n = e - s;
    if (this.used + n > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + n));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.bytes.set(buf.subarray(s, e), this.used);
    this.used += n;
    this.start.push(this.used);
    return this.start.length - 2;
  }

  equals(i: number, buf: Uint8Array, s: number, e: number): boolean {
    const a = this.start.data[i]!;
    if (this.start.data[i + 1]! - a !== e - s) return false;
    const bytes = this.bytes;
    for (let k = 0; k < e - s; k++) if (bytes[a + k] !== buf[s + k]) return false;
    return true;
  }

  /** Whether entries i and j hold the same bytes. */
  same(i: number, j: number): boolean {
    const a = this.start.data[j]!;
    return this.equals(i, this.bytes, a, this.start.data[j + 1]!);
  }

  text(i: number): string {
    return this.bytes.toString('utf8', this.start.data[i]!, this.start.data[i + 1]!);
  }
}

/**
 * A set of byte strings with dense ids (0, 1, 2 …), looked up straight from the read buffer: no string is
 * made to find a child by its child_id. Open addressing over a power-of-two table.
 */
export class ByteTable {
  readonly keys = new ByteArena();
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly hashes = new Int32Column();
  private readonly recent = new Int32Array(1024).fill(-1);

  get size(): number {
    return this.keys.size;
  }

  /** The id of buf[s, e), or −1. */
  find(buf: Uint8Array, s: number, e: number): number {
    const h = mixedHash(buf, s, e);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return -1;
      if (this.hashes.data[id] === h && this.keys.equals(id, buf, s, e)) return id;
    }
  }

  /** Adds buf[s, e), which must not be in the table yet; returns its id. */
  add(buf: Uint8Array, s: number, e: number): number {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const h = mixedHash(buf, s, e);
    const id = this.keys.push(buf, s, e);
    this.hashes.push(h);
    this.place(id, h);
    return id;
  }

  intern(buf: Uint8Array, s: number, e: number): number {
    const id = this.find(buf, s, e);
    return id >= 0 ? id : this.add(buf, s, e);
  }

  /**
   * intern() for columns with few distinct values (sex, race, county): a small cache keyed by length and
   * first and last byte is tried before hashing the value.
   */
  internFew(buf: Uint8Array, s: number, e: number): number {
    const key = ((e - s) * 961 + buf[s]! * 31 + buf[e - 1]!) & 1023;
    const cached = this.recent[key]!;
    if (cached >= 0 && this.keys.equals(cached, buf, s, e)) return cached;
    const id = this.intern(buf, s, e);
    this.recent[key] = id;
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.size; id++) this.place(id, this.hashes.data[id]!);
  }
}

/** FNV-1a, then mixed so that keys of one shard (equal FNV modulo the shards) spread over all slots. */
function mixedHash(buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}
