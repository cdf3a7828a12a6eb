/**
 * Placements within an episode: the last placement (for the trial home visit adjustment) and placement
 * moves (cqi-interchange.md, Conventions "Placement moves"; Clarifications "Episodes and placements").
 */
import { NOT_A_PLACEMENT } from './constants.ts';
import type { CqiPlacement, DayNumber } from './model.ts';

const byStart = (a: CqiPlacement, b: CqiPlacement): number => a.start - b.start;

/**
 * Placements by start_date, ties keeping file order (Array.prototype.sort is stable): the array itself
 * when already ordered, else a sorted copy (the engine never mutates its input).
 */
export function orderedPlacements(placements: readonly CqiPlacement[]): readonly CqiPlacement[] {
  for (let i = 1; i < placements.length; i++) {
    if (placements[i - 1]!.start > placements[i]!.start) return placements.slice().sort(byStart);
  }
  return placements;
}

/**
 * The episode's last placement: the one with the latest start_date, whatever its setting; among equal
 * starts the last in file order, as a stable sort would leave it (Clarifications, "Episodes and
 * placements"). Null when the episode has none.
 */
export function lastPlacement(placements: readonly CqiPlacement[]): CqiPlacement | null {
  let last: CqiPlacement | null = null;
  for (const p of placements) if (last === null || p.start >= last.start) last = p;
  return last;
}

/**
 * Moves of one episode whose start_date lies in [from, to]. Trial home visits, runaway and respite are
 * dropped before comparing (79 FR 22604 Att. A fn e, Oregon dashboard: moves to or from them are not
 * moves); each remaining placement after the first is a move unless it has the same non-empty provider_id
 * as the remaining one before it (a licensing change with the same caregiver is not a move). The first
 * placement is the initial removal, never a move.
 */
export function countMoves(placements: readonly CqiPlacement[], from: DayNumber, to: DayNumber): number {
  const ordered = orderedPlacements(placements);
  let moves = 0;
  let previous: CqiPlacement | null = null;
  for (const p of ordered) {
    if (NOT_A_PLACEMENT.includes(p.setting)) continue;
    if (previous !== null && p.start >= from && p.start <= to) {
      const sameProvider =
        p.providerId !== null && p.providerId !== '' && p.providerId === previous.providerId;
      if (!sameProvider) moves++;
    }
    previous = p;
  }
  return moves;
}
