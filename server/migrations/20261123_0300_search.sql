-- Search across children and cases by name (typo-tolerant), date of birth and petition number.
--
-- pg_trgm compares names by their three-letter pieces, so "Rodrigez" still finds "Rodriguez"; unaccent
-- lets "Jose" find "José". Both ship with PostgreSQL's contrib (Debian's postgresql-15 package) and with
-- PGlite (loaded where the embedded database is opened, platform/db.ts). Both are trusted extensions:
-- the database's owner may create them without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- A name as search compares it: accents dropped, lower case, apostrophes dropped (O'Brien → obrien).
-- Accents must go before pg_trgm sees the name: under the C locale it treats "é" as a word break, so
-- "José" would be indexed as "jos". unaccent() is only STABLE (its rules file could change), so an
-- index cannot call it directly; naming the dictionary and declaring this wrapper IMMUTABLE is the
-- usual way. Should the rules file ever change, REINDEX the two indexes below.
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, translate(value, '''’', '')));

-- A petition number without its punctuation, so "d202jq2024" finds "D-202-JQ-2024-00012".
CREATE FUNCTION petition_search_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(regexp_replace(value, '[^A-Za-z0-9]', '', 'g'));

-- The search queries use exactly these expressions, so the planner can use the indexes.
CREATE INDEX person_search_name_trgm_idx ON person
  USING gin (search_fold(given_name || ' ' || family_name) gin_trgm_ops);
CREATE INDEX court_case_petition_key_trgm_idx ON court_case
  USING gin (petition_search_key(petition_number) gin_trgm_ops);
CREATE INDEX person_birth_date_idx ON person (jurisdiction_id, birth_date);
