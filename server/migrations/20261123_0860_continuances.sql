-- Continuances (issue 4): who asked, why, and what each did to the hearing's deadline.
--
-- The continued hearing keeps its row (status 'continued', continuance_reason, continuance_requested_by,
-- from 20261123_0100); the hearing it was continued to is a new row. This table links the two and keeps
-- the effect as it was judged when the continuance was granted: the days added, the deadline then in
-- force, the days past it, and the rule cited for whether a continuance moves it (a continuance does not
-- move a statutory time limit unless a rule says so: NMSA 1978 §32A-4-19, Rule 10-343 NMRA). Court
-- performance measures count continuances by requester and reason (domain-rules §10).
CREATE TABLE hearing_continuance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  hearing_id uuid NOT NULL UNIQUE REFERENCES hearing(id),
  new_hearing_id uuid NOT NULL UNIQUE REFERENCES hearing(id),
  requested_by text NOT NULL,
  reason text NOT NULL,
  note text,
  original_start timestamptz NOT NULL,
  new_start timestamptz NOT NULL,
  days_added integer NOT NULL,
  deadline_date date,
  days_past_deadline integer CHECK (days_past_deadline IS NULL OR days_past_deadline >= 0),
  deadline_missed boolean NOT NULL DEFAULT false,
  deadline_citation text NOT NULL,
  -- The new time was set knowingly over a double-booking; the reason is in the audit log.
  conflicts_accepted boolean NOT NULL DEFAULT false,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (hearing_id <> new_hearing_id)
);
CREATE INDEX hearing_continuance_case_idx ON hearing_continuance (case_id, original_start);

-- The interpreter check looks for the people needing an interpreter of one language: few, so a small
-- partial index finds them without reading every person.
CREATE INDEX person_interpreter_language_idx ON person (primary_language) WHERE needs_interpreter;

-- Hearings set with interpreters (hearing.interpreter_languages, 20261123_0850) are found by time in a
-- court's pool; only those few are indexed.
CREATE INDEX hearing_interpreter_start_idx ON hearing (scheduled_start) WHERE interpreter_languages <> '{}';
