/**
 * The part of an AFCARS 2020 out-of-home-care record that Hearth reads and writes (afcars2020.md §1): the
 * child (E4–E6, race E13–E21), its 2020-rule removals with their living arrangements, plans, reviews,
 * hearings, caseworker visits and exit, and its historical `removal_1993` episodes. The other elements
 * (E7–E12, E22–E68, E72–E111, E123–E146, E157–E186) are neither kept nor checked.
 *
 * Values are the raw element text (null for an empty element, in any of its spellings, or an absent one),
 * so that validation can quote exactly what the file said. `line` is where the element starts in its file
 * (1-based), null for a record built from Hearth's data.
 */
import type { FosterHomeFlag } from './codes.ts';

export type AfcarsCell = { text: string | null; line: number | null };

export const emptyCell = (line: number | null = null): AfcarsCell => ({ text: null, line });
export const cellOf = (text: string | null | undefined, line: number | null = null): AfcarsCell => ({
  text: text === undefined || text === null || text.trim() === '' ? null : text.trim(),
  line,
});

export type AfcarsLivingArrangement = {
  line: number | null;
  E112: AfcarsCell;
  E113: AfcarsCell;
  flags: Record<FosterHomeFlag, AfcarsCell>;
  E120: AfcarsCell;
  E121: AfcarsCell;
  E122: AfcarsCell;
};

export type AfcarsPermanencyPlan = { line: number | null; E147: AfcarsCell; E148: AfcarsCell };

export type AfcarsVisit = { line: number | null; E151: AfcarsCell; E152: AfcarsCell };

export type AfcarsRemoval2020 = {
  line: number | null;
  E69: AfcarsCell;
  E70: AfcarsCell;
  E71: AfcarsCell;
  E3: AfcarsCell;
  livingArrangements: AfcarsLivingArrangement[];
  plans: AfcarsPermanencyPlan[];
  /** E149 periodic review dates, in file order. */
  reviews: AfcarsCell[];
  /** E150 permanency hearing dates, in file order. */
  hearings: AfcarsCell[];
  visits: AfcarsVisit[];
  E153: AfcarsCell;
  E154: AfcarsCell;
  E155: AfcarsCell;
  E156: AfcarsCell;
};

export type AfcarsRemoval1993 = { line: number | null; E69: AfcarsCell; E153: AfcarsCell; E155: AfcarsCell };

export const RACE_ELEMENTS = ['E13', 'E14', 'E15', 'E16', 'E17', 'E18', 'E19', 'E20'] as const;
export type RaceElement = (typeof RACE_ELEMENTS)[number];

export type AfcarsRecord = {
  line: number | null;
  E4: AfcarsCell;
  E5: AfcarsCell;
  E6: AfcarsCell;
  race: Record<RaceElement, AfcarsCell>;
  E21: AfcarsCell;
  /** In file order: all `removal_2020` come first in the XML, then the `removal_1993`. */
  removals2020: AfcarsRemoval2020[];
  removals1993: AfcarsRemoval1993[];
};

/** The file's header: E1 title IV-E agency and E2 reporting period. */
export type AfcarsHeader = { E1: AfcarsCell; E2: AfcarsCell };

export const emptyFosterHomeFlags = (line: number | null = null): Record<FosterHomeFlag, AfcarsCell> => ({
  E114: emptyCell(line),
  E115: emptyCell(line),
  E116: emptyCell(line),
  E117: emptyCell(line),
  E118: emptyCell(line),
  E119: emptyCell(line),
});
