/**
 * Ordering a child's episodes (cqi-interchange.md, Clarifications "Episodes and placements"). Readers usually
 * hand them over already in removal order, so the order is checked first and a sorted copy is made only when
 * needed: the engine never mutates its input and allocates nothing in the common case.
 */
import type { CqiEpisode } from './model.ts';

/**
 * Removal date first. Episodes of one child do not overlap (validation), so two can share a removal date
 * only when the earlier is discharged on that same day (length 0, Clarifications); it sorts first, open
 * episodes last, and the removal_id settles the rest, so the order never depends on the input order.
 */
function compareEpisodes(a: CqiEpisode, b: CqiEpisode): number {
  if (a.removal !== b.removal) return a.removal - b.removal;
  const ad = a.discharge ?? Number.POSITIVE_INFINITY;
  const bd = b.discharge ?? Number.POSITIVE_INFINITY;
  if (ad !== bd) return ad < bd ? -1 : 1;
  return a.removalId < b.removalId ? -1 : a.removalId > b.removalId ? 1 : 0;
}

/** The episodes in removal order: the array itself when already ordered, else a sorted copy. */
export function orderedEpisodes(episodes: readonly CqiEpisode[]): readonly CqiEpisode[] {
  for (let i = 1; i < episodes.length; i++) {
    if (compareEpisodes(episodes[i - 1]!, episodes[i]!) > 0) return episodes.slice().sort(compareEpisodes);
  }
  return episodes;
}
