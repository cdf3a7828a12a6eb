-- Calendar feeds (issue 4): each account has one private iCalendar (RFC 5545) subscription address,
-- which it can replace at any time (the old one then answers 404).
--
-- The address's token is never stored. It is an HMAC of the feed's id under calendar_feed_key, so the
-- account's own page can show the same address again; the feed route finds the feed by the token's
-- SHA-256 alone, as sessions are found (a copy of calendar_feed cannot be replayed as addresses).
CREATE TABLE calendar_feed (
  id uuid PRIMARY KEY,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  account_id uuid NOT NULL REFERENCES user_account(id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
-- One live address per account; replaced ones are kept, revoked, for the record.
CREATE UNIQUE INDEX calendar_feed_live_idx ON calendar_feed (account_id) WHERE revoked_at IS NULL;

-- The key the feed tokens are derived from: one row, made by the server on first use.
CREATE TABLE calendar_feed_key (
  id smallint PRIMARY KEY CHECK (id = 1),
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A calendar client keeps the copy of an event with the highest SEQUENCE (RFC 5545 §3.8.7.4), so every
-- change of a hearing's time, place or status raises it. It is kept by the database, not by each use
-- case that moves, continues or cancels a hearing, so no update path can forget it. changed_at is the
-- event's LAST-MODIFIED (§3.8.7.3); rows from before this migration fall back to recorded_at.
ALTER TABLE hearing ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE hearing ADD COLUMN changed_at timestamptz;

CREATE FUNCTION hearing_calendar_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.scheduled_start, NEW.scheduled_end, NEW.courtroom_id, NEW.status)
     IS DISTINCT FROM (OLD.scheduled_start, OLD.scheduled_end, OLD.courtroom_id, OLD.status) THEN
    NEW.sequence := OLD.sequence + 1;
    NEW.changed_at := now();
  ELSE
    -- Never lowered or raised by hand: a client would keep a stale copy.
    NEW.sequence := OLD.sequence;
    IF NEW.hearing_type IS DISTINCT FROM OLD.hearing_type THEN
      NEW.changed_at := now();
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER hearing_calendar_sequence BEFORE UPDATE ON hearing
  FOR EACH ROW EXECUTE FUNCTION hearing_calendar_sequence();
