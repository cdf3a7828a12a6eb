import { ByteArena, ByteTable, Int32Column, Uint8Column } from './columns.ts';

// The state of a row of children.csv or removals.csv.
/** A row kept for the computation. */
export const KEPT = 0;
/** A row skipped under --skip-invalid: rows that depend on it are skipped with it. */
export const SKIPPED = 1;
/** A row with an error that makes it useless to other rows' checks (its dates are bad, its key repeats). */
export const UNUSABLE = 2;
/** A removal whose (child_id, removal_id) came before: placements name the first one. */
export const REPEATED = 3;

/**
 * Rows of one shard, column by column. Ids stay bytes (ByteTable, ByteArena) until the computation
 * needs them as strings, one child at a time.
 */
export class ShardRows {
  // children.csv: child c is children.keys id c.
  readonly children = new ByteTable();
  readonly birth = new Int32Column();
  readonly sex = new Int32Column();
  readonly race = new Int32Column();
  readonly county = new Int32Column();
  readonly childLine = new Int32Column();
  readonly childState = new Uint8Column();
  /** sex, race_ethnicity and county values. */
  readonly labels = new ByteTable();
  // removals.csv
  readonly rChild = new Int32Column();
  readonly rId = new ByteArena();
  readonly rRemoval = new Int32Column();
  readonly rDischarge = new Int32Column();
  readonly rReason = new Int32Column();
  readonly rAdjudication = new Int32Column();
  readonly rLine = new Int32Column();
  readonly rState = new Uint8Column();
  /** Removals by child, file order (set after removals.csv). */
  rByChild: { start: Int32Array; order: Int32Array } = { start: new Int32Array(1), order: new Int32Array(0) };
  // placements.csv
  readonly pRemoval = new Int32Column();
  readonly pStart = new Int32Column();
  readonly pEnd = new Int32Column();
  readonly pSetting = new Int32Column();
  readonly pProvider = new Int32Column();
  readonly providers = new ByteTable();
  // maltreatment.csv
  readonly mChild = new Int32Column();
  readonly mId = new ByteArena();
  readonly mDate = new Int32Column();
  readonly mIncident = new Int32Column();
  readonly mDisposition = new Int32Column();
  // visits.csv
  readonly vChild = new Int32Column();
  readonly vDate = new Int32Column();
  /** bit 0: at the residence; bit 1: face to face. */
  readonly vFlags = new Uint8Column();

  get childCount(): number {
    return this.children.size;
  }

  childId(c: number): string {
    return this.children.keys.text(c);
  }
}
