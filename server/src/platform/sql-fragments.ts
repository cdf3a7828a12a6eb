/**
 * SQL pieces several repositories put in their SELECT lists.
 *
 * A judge's name as people read it ("Judge Sara Hughes"), for a query that joins `judge j` and its
 * `person jp`. NULL when the hearing or case has no judge: a NULL part makes the whole concatenation NULL.
 */
export const JUDGE_NAME_SQL = `(j.title || ' ' || jp.given_name || ' ' || jp.family_name)`;
