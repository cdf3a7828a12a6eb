import type { Actor } from '../access/actor.ts';
import { caseAccess, childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import type { SearchQuery } from './search.rules.ts';

/**
 * The only SQL for search. Matching people (children, parents, everyone else on a case) and cases are
 * found through the trigram and date indexes of migration 20261123_0300, pinned to the actor's
 * jurisdiction, and from a person to their cases through the index of 20261123_0700; the rows that leave
 * the database pass `childAccess` / `caseAccess` in the same statement, so nothing out of reach is ever
 * loaded.
 */

export type SearchRow = {
  /** `person`: someone on a case (`case_participant`), one row per person and case. */
  kind: 'child' | 'case' | 'person';
  id: string;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  petition_number: string | null;
  status: string | null;
  court_name: string | null;
  petition_numbers: string[] | null;
  children: { givenName: string; familyName: string }[] | null;
  /** For a person: the case they are on (its petition number is `petition_number`) and their roles there. */
  case_id: string | null;
  case_roles: string[] | null;
  score: number;
};

/**
 * How close a word of a name must be, as pg_trgm's similarities (0–1). One changed letter in the middle
 * of a five-letter name keeps 3 of its 6 trigrams: a similarity of 0.33, which pg_trgm's default of 0.6
 * would miss. The index finds candidates by `word_similarity` (which also credits a piece of a word, so
 * "Rod" finds "Rodriguez"); a candidate is kept when a whole word is that close
 * (`strict_word_similarity`), or when a piece of one is as close as pg_trgm's default asks. Without the
 * second test "Testchild" would find "Otherchild" by their common "child".
 */
export const NAME_SIMILARITY_THRESHOLD = 0.3;
const PIECE_SIMILARITY_THRESHOLD = 0.6;

/** The folded full name, exactly as the index `person_search_name_trgm_idx` is built. */
const FOLDED_NAME = `search_fold(pe.given_name || ' ' || pe.family_name)`;

type Match = Exclude<SearchQuery, { kind: 'unusable' }>;

/** People found by the query, children or not, before access: `person_id` and `score`. */
function personHits(
  match: Extract<Match, { kind: 'name' | 'birthDate' }>,
  p: SqlParams,
  jurisdiction: string,
): string {
  if (match.kind === 'birthDate')
    return `SELECT pe.id AS person_id, 1::numeric AS score
              FROM person pe
             WHERE pe.jurisdiction_id = ${jurisdiction} AND pe.birth_date = ${p.add(match.date)}::date`;
  // Every word typed must be close to some word of the name, in any order. A word's score is the mean of
  // its two similarities, the name's the mean over the words typed: 1 only when every word is exact.
  const words = match.tokens.map((t) => `search_fold(${p.add(t)}::text)`);
  const close = words.map(
    (w) => `${w} <% ${FOLDED_NAME}
      AND (strict_word_similarity(${w}, ${FOLDED_NAME}) >= ${NAME_SIMILARITY_THRESHOLD}
        OR word_similarity(${w}, ${FOLDED_NAME}) >= ${PIECE_SIMILARITY_THRESHOLD})`,
  );
  const score = words
    .map((w) => `(word_similarity(${w}, ${FOLDED_NAME}) + strict_word_similarity(${w}, ${FOLDED_NAME})) / 2`)
    .join(' + ');
  return `SELECT pe.id AS person_id, round(((${score}) / ${words.length})::numeric, 3) AS score
            FROM person pe
           WHERE pe.jurisdiction_id = ${jurisdiction} AND ${close.join(' AND ')}`;
}

/** Cases whose petition number holds the key: exact first, then by prefix, then anywhere in it. */
function caseHitsByPetition(key: string, p: SqlParams, jurisdiction: string): string {
  const k = p.add(key);
  const pk = 'petition_search_key(c.petition_number)';
  const share = `(length(${k}::text)::numeric / length(${pk}))`;
  return `SELECT c.id AS case_id,
                 round(CASE WHEN ${pk} = ${k}::text THEN 1
                            WHEN ${pk} LIKE ${p.add(`${key}%`)} THEN 0.6 + 0.3 * ${share}
                            ELSE 0.3 + 0.3 * ${share} END, 3) AS score
            FROM court_case c
           WHERE c.jurisdiction_id = ${jurisdiction} AND ${pk} LIKE ${p.add(`%${key}%`)}`;
}

/**
 * Sets how close a name must be, for the rest of the caller's transaction only (`set_config(…, true)`).
 * Call it inside the transaction that runs `search`; outside one it would last a single statement.
 */
export async function setNameThreshold(q: Queryable): Promise<void> {
  await q.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
    String(NAME_SIMILARITY_THRESHOLD),
  ]);
}

/**
 * Children, cases and people on cases matching the query that the actor may read, best match first. A
 * child matched by petition number is one on a case the actor may open; a case matched by name or date of
 * birth is one with such a child on it. A name or a date of birth also finds the people on the cases the
 * actor may open (`case.read`, as the case page lists them), once per person and case: never for a
 * caregiver or a youth, whose reach is a child and not a case.
 */
export async function search(
  q: Queryable,
  actor: Actor,
  match: Match,
  page: { limit: number; offset: number },
): Promise<SearchRow[]> {
  const p = new SqlParams();
  const j = p.add(actor.jurisdictionId);
  let hits: string;
  let people = '';
  if (match.kind === 'petitionNumber') {
    // Only the cases the actor may open lead to their children: the link between a child and a petition
    // number is itself case information, which a caregiver or a youth is not shown.
    hits = `case_hits AS (${caseHitsByPetition(match.key, p, j)}),
      child_hits AS (SELECT cc.child_id, max(h.score) AS score FROM case_hits h
          JOIN case_child cc ON cc.case_id = h.case_id JOIN court_case pc ON pc.id = h.case_id
         WHERE ${caseAccess(actor, 'case.read', 'pc', p)} GROUP BY cc.child_id)`;
  } else {
    hits = `person_hits AS (${personHits(match, p, j)}),
      child_hits AS (SELECT ch.id AS child_id, h.score FROM person_hits h JOIN child ch ON ch.person_id = h.person_id),
      case_hits AS (SELECT cc.case_id, max(h.score) AS score FROM child_hits h
          JOIN case_child cc ON cc.child_id = h.child_id GROUP BY cc.case_id),
      participant_hits AS (SELECT cp.person_id, cp.case_id, max(h.score) AS score,
             array_agg(DISTINCT cp.case_role ORDER BY cp.case_role) AS case_roles
        FROM person_hits h JOIN case_participant cp ON cp.person_id = h.person_id
       GROUP BY cp.person_id, cp.case_id)`;
    // Everyone the case page lists, ended roles too; the case's access decides, as it does for the page.
    people = `
       UNION ALL
       SELECT 'person', pe.id, pe.given_name, pe.family_name, pe.birth_date, pc.petition_number, NULL, NULL, NULL,
              NULL, pc.id, h.case_roles, h.score, search_fold(pe.family_name || ' ' || pe.given_name)
         FROM participant_hits h JOIN person pe ON pe.id = h.person_id JOIN court_case pc ON pc.id = h.case_id
        WHERE ${caseAccess(actor, 'case.read', 'pc', p)}`;
  }
  // On a tie, what the query names comes first: the case for a petition number, else the child.
  const direct = match.kind === 'petitionNumber' ? 'case' : 'child';
  const childReach = childAccess(actor, 'child.read', 'ch', p);
  const visibleCases = caseAccess(actor, 'case.read', 'vc', p);
  const caseReach = caseAccess(actor, 'case.read', 'c', p);
  return q.query<SearchRow>(
    `WITH ${hits}
     SELECT * FROM (
       SELECT 'child' AS kind, ch.id, pe.given_name, pe.family_name, pe.birth_date,
              NULL::text AS petition_number, NULL::text AS status, NULL::text AS court_name,
              ARRAY(SELECT vc.petition_number FROM case_child vcc JOIN court_case vc ON vc.id = vcc.case_id
                     WHERE vcc.child_id = ch.id AND ${visibleCases}
                     ORDER BY vc.filing_date, vc.petition_number) AS petition_numbers,
              NULL::json AS children, NULL::uuid AS case_id, NULL::text[] AS case_roles, h.score,
              search_fold(pe.family_name || ' ' || pe.given_name) AS sort_key
         FROM child_hits h JOIN child ch ON ch.id = h.child_id JOIN person pe ON pe.id = ch.person_id
        WHERE ${childReach}
       UNION ALL
       SELECT 'case', c.id, NULL, NULL, NULL, c.petition_number, c.status, co.name, NULL,
              (SELECT json_agg(json_build_object('givenName', kp.given_name, 'familyName', kp.family_name)
                        ORDER BY kp.birth_date, kp.given_name)
                 FROM case_child kcc JOIN child kch ON kch.id = kcc.child_id
                 JOIN person kp ON kp.id = kch.person_id WHERE kcc.case_id = c.id),
              NULL, NULL, h.score, lower(c.petition_number)
         FROM case_hits h JOIN court_case c ON c.id = h.case_id JOIN court co ON co.id = c.court_id
        WHERE ${caseReach}${people}
     ) r
     ORDER BY score DESC, (kind = '${direct}') DESC, sort_key, id, case_id
     LIMIT ${p.add(page.limit + 1)} OFFSET ${p.add(page.offset)}`,
    p.values,
  );
}
