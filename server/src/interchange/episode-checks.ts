import { groupRows } from './columns.ts';
import { formatDay, NO_DATE } from './fields.ts';
import { type IssueLog, shown } from './issues.ts';
import { REMOVALS } from './schema.ts';
import { KEPT, REPEATED, type ShardRows, SKIPPED } from './shard-rows.ts';

/**
 * The checks across a child's removals (cqi-interchange.md, Clarifications "Validation" and "Episodes"),
 * made once removals.csv is read: a repeated (child_id, removal_id), and episodes that overlap. A removal
 * dated on the previous discharge does not overlap it; each error is reported on the later row.
 */

/** Repeated (child_id, removal_id) and overlapping episodes, child by child, after removals.csv. */
export function checkEpisodes(r: ShardRows, log: IssueLog): void {
  r.rByChild = groupRows(r.rChild.data, r.rChild.length, r.childCount);
  const { start, order } = r.rByChild;
  const state = r.rState.data;
  for (let c = 0; c < r.childCount; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (to - from < 2) continue;
    for (let a = from; a < to; a++) {
      const i = order[a]!;
      if (state[i] === SKIPPED) continue;
      for (let b = a + 1; b < to; b++) {
        const j = order[b]!;
        if (state[j] === SKIPPED || state[j] === REPEATED || !r.rId.same(i, j)) continue;
        log.failAt(
          REMOVALS,
          r.rLine.data[j]!,
          'removal_id',
          `removal_id ${shown(r.rId.text(j))} is repeated for child_id ${shown(r.childId(c))} (first on line ${r.rLine.data[i]})`,
        );
        state[j] = log.skipInvalid ? SKIPPED : REPEATED;
      }
    }
    checkOverlaps(r, log, order.subarray(from, to));
  }
}

/** Episodes in removal order; one that starts before an earlier one ends overlaps it (reported on its own row). */
function checkOverlaps(r: ShardRows, log: IssueLog, rows: Int32Array): void {
  const state = r.rState.data;
  const removal = r.rRemoval.data;
  const discharge = r.rDischarge.data;
  const line = r.rLine.data;
  const kept = [...rows].filter((i) => state[i] === KEPT);
  kept.sort(
    (a, b) => removal[a]! - removal[b]! || endOf(discharge[a]!) - endOf(discharge[b]!) || line[a]! - line[b]!,
  );
  let until = -Infinity;
  let holder = -1;
  for (const i of kept) {
    if (removal[i]! < until) {
      const other = `line ${line[holder]}: ${episodeText(removal[holder]!, discharge[holder]!)}`;
      log.failAt(
        REMOVALS,
        line[i]!,
        'removal_date',
        `episode from ${formatDay(removal[i]!)} overlaps an earlier episode of the child (${other})`,
      );
      if (log.skipInvalid) state[i] = SKIPPED;
      continue;
    }
    if (endOf(discharge[i]!) > until) {
      until = endOf(discharge[i]!);
      holder = i;
    }
  }
}

/** An episode's dates for a message. */
export function episodeText(removal: number, discharge: number): string {
  return discharge === NO_DATE
    ? `from ${formatDay(removal)}, still open`
    : `${formatDay(removal)} to ${formatDay(discharge)}`;
}

/** The end of an episode for ordering: an open one never ends. */
function endOf(discharge: number): number {
  return discharge === NO_DATE ? Infinity : discharge;
}
