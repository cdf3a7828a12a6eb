import type { SensitiveFieldClass } from '../access/sensitive.ts';
import type { IsoDate } from '../time/dates.ts';
import { V1_CARE_ITEMS } from './instrument-v1-care.ts';
import { V1_LIFE_ITEMS } from './instrument-v1-life.ts';

/**
 * The well-being checklist as versioned data (issue 6): what is asked about each child before each
 * hearing, in which words (English and Spanish), for which ages, which answers raise a concern, and the
 * question the judge may ask from the bench about it.
 *
 * Source: Hearth's own plain-language draft. New Mexico's CIP "Well-Being Checklists" bulletin is not yet
 * obtained (domain-rules §5.2, Appendix B item 4), so the whole instrument is marked `unconfirmed` and is
 * data, never code: a state replaces it by adding a version. Where an item rests on a federal rule, the
 * rule is cited on the item (domain-rules §7).
 *
 * Versions: a checklist records the version it was filled with. The version in effect on a hearing's
 * date is the latest whose `effectiveFrom` is on or before it (`wellbeingInstrumentFor`). A later version adds
 * items, or retires one by leaving it out; an item keeps its `id` for as long as it asks the same thing,
 * so answers can be carried forward across versions (`carryForwardAnswers`).
 */

export const WELLBEING_DOMAINS = [
  'safety',
  'physical_dental_health',
  'behavioral_health',
  'development',
  'education',
  'relationships_family_time',
  'identity_culture',
  'normalcy_activities',
  'placement_stability',
  'transition_readiness',
] as const;
export type WellbeingDomain = (typeof WELLBEING_DOMAINS)[number];

/** WellbeingWords in both languages of the interface; Spanish in plain language, addressing the reader as "usted". */
export type WellbeingWords = { en: string; es: string };

/** An age band: completed years `from` to `to` inclusive (`to` null: no upper end). */
export type WellbeingAgeBand = { id: string; from: number; to: number | null };

export const WELLBEING_YES_NO = ['yes', 'no', 'unsure'] as const;
export type WellbeingYesNo = (typeof WELLBEING_YES_NO)[number];

/**
 * How an item is answered:
 * - `yes_no`: yes, no or unsure; `concernWhen` lists the answers that raise a concern;
 * - `rating`: a whole number from `min` to `max` (the words for each end in `low` and `high`); a concern
 *   when the answer is at most `concernAtMost`;
 * - `text`: a few words (up to 500 characters); never a concern by itself.
 */
export type WellbeingAnswerSpec =
  | { type: 'yes_no'; concernWhen: readonly WellbeingYesNo[] }
  | {
      type: 'rating';
      min: number;
      max: number;
      low: WellbeingWords;
      high: WellbeingWords;
      concernAtMost: number;
    }
  | { type: 'text'; maxLength: number };

export type WellbeingItem = {
  /** Stable across versions while the item asks the same thing: `domain.slug`. */
  id: string;
  domain: WellbeingDomain;
  /** The age bands (ids of the version's `bands`) the item is asked for. */
  bands: readonly string[];
  text: WellbeingWords;
  answer: WellbeingAnswerSpec;
  /** What the judge may ask from the bench about it: plain words, bench-card style. */
  benchQuestion: WellbeingWords;
  /**
   * The sensitive class the answer belongs to (core/src/access/sensitive.ts): shown only to those with
   * the explicit grant, and left out of everyone else's concern counts.
   */
  sensitiveClass?: SensitiveFieldClass;
  /**
   * Whether the child's caregiver and the young person see the answer. False where the answer could put
   * the child at risk at home (how safe the child feels there, whether they want to stay) or speaks of
   * the parents (family time): those are for the professionals and the court.
   */
  shownAtHome: boolean;
  /** The rule the item rests on, when there is one. */
  citation?: string;
};

export type WellbeingInstrument = {
  version: number;
  effectiveFrom: IsoDate;
  source: string;
  /** The source document is not yet confirmed (domain-rules "How to read"): keep it configurable. */
  unconfirmed: boolean;
  bands: readonly WellbeingAgeBand[];
  items: readonly WellbeingItem[];
};

/** Items in the domains' order (a stable sort: within a domain, as written). */
const inDomainOrder = (items: readonly WellbeingItem[]): WellbeingItem[] =>
  [...items].sort((a, b) => WELLBEING_DOMAINS.indexOf(a.domain) - WELLBEING_DOMAINS.indexOf(b.domain));

/** Every version of the instrument, oldest first. */
export const WELLBEING_INSTRUMENTS: readonly WellbeingInstrument[] = [
  {
    version: 1,
    effectiveFrom: '2026-01-01',
    source:
      "Hearth's plain-language draft; the NM CIP Well-Being Checklists bulletin is not yet obtained (domain-rules §5.2)",
    unconfirmed: true,
    bands: [
      { id: '0-4', from: 0, to: 4 },
      { id: '5-11', from: 5, to: 11 },
      { id: '12-13', from: 12, to: 13 },
      // 14: the age from which youth help make their case plan (SSA §475(1)(B)).
      { id: '14+', from: 14, to: null },
    ],
    items: inDomainOrder([...V1_CARE_ITEMS, ...V1_LIFE_ITEMS]),
  },
];
