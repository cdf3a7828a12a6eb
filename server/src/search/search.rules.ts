import { isIsoDate } from '@hearth/core';

/**
 * What a search box query is about, decided without the database: a date of birth, a petition number,
 * or a name. Pure, so the table test in search.rules.test.ts can pin every rule down.
 */
export type SearchQuery =
  | { kind: 'birthDate'; date: string }
  | { kind: 'petitionNumber'; key: string }
  | { kind: 'name'; tokens: string[] }
  /** Looks like a date but is no day of the calendar (2/30/2016), or holds no letter or digit at all. */
  | { kind: 'unusable'; reason: 'notADate' | 'noLettersOrDigits' };

export type MatchKind = Exclude<SearchQuery['kind'], 'unusable'>;

/** Words beyond this many add little to a name and each costs an index probe. */
export const MAX_NAME_TOKENS = 5;

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// As Americans write a date: month first, then day, with a four-digit year (3/5/2016, 03-05-2016).
const US_LIKE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const HAS_DIGIT = /\d/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const pad = (n: string): string => n.padStart(2, '0');

function asDate(year: string, month: string, day: string): SearchQuery {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? { kind: 'birthDate', date } : { kind: 'unusable', reason: 'notADate' };
}

/**
 * Classifies a search query.
 * - `YYYY-MM-DD` or `M/D/YYYY` (also `M-D-YYYY`): a date of birth, matched exactly.
 * - anything else with a digit: a petition number (e.g. `D-202-JQ-2024-00012`); the key keeps only letters
 *   and digits, lower-cased, so `d202jq` and `JQ-2024-000` both match by prefix or substring. No name
 *   holds a digit, so a digit is enough to tell.
 * - otherwise: a name, split into words (given and family name in either order, "Family, Given" too).
 *
 * @param raw - the query as typed (trimmed or not)
 */
export function classifySearchQuery(raw: string): SearchQuery {
  const q = raw.trim();
  const iso = ISO_LIKE.exec(q);
  if (iso) return asDate(iso[1]!, iso[2]!, iso[3]!);
  const us = US_LIKE.exec(q);
  if (us) return asDate(us[4]!, us[1]!, us[3]!);
  if (HAS_DIGIT.test(q)) return { kind: 'petitionNumber', key: q.toLowerCase().replace(/[^a-z0-9]/g, '') };
  const tokens = [
    ...new Set(
      q
        .split(/[\s,;]+/)
        .filter((t) => LETTER_OR_DIGIT.test(t))
        .map((t) => t.toLowerCase()),
    ),
  ].slice(0, MAX_NAME_TOKENS);
  return tokens.length ? { kind: 'name', tokens } : { kind: 'unusable', reason: 'noLettersOrDigits' };
}
