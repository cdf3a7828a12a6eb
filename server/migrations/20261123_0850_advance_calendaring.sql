-- Advance calendaring (issue 4): every hearing of a case's schedule carries its statutory deadline, the
-- rule that set it and why (core/src/calendar/calendar-rules.ts), so the court can see which rule set
-- which date. `proposed`: placed by advance calendaring, which may move it when events change the
-- deadlines; a hearing a person set is never moved by it. `schedule_step` names its place in the
-- statutory sequence ('adjudication', 'periodic_review-1'). `deadline_basis` keeps what the rule ran
-- from (the event or earlier hearing, and its date) so the page can say "why this date" in the reader's
-- language; the rule's period and citation are found in the rule pack by `rule_id`. Interpreter languages are scheduled with the hearing.
ALTER TABLE hearing
  ADD COLUMN deadline_date date,
  ADD COLUMN rule_id text,
  ADD COLUMN explanation text,
  ADD COLUMN deadline_basis jsonb,
  ADD COLUMN proposed boolean NOT NULL DEFAULT false,
  ADD COLUMN schedule_step text,
  ADD COLUMN interpreter_languages text[] NOT NULL DEFAULT '{}';

-- The docket a case is heard on: the general calendar, or a dedicated one (a family treatment court)
-- whose days and hours are rule-pack data.
ALTER TABLE court_case ADD COLUMN docket text NOT NULL DEFAULT 'general';

-- Each computation of a case's schedule: what set it off, and what it changed. The case page shows the
-- latest; the audit log has each one too.
CREATE TABLE case_schedule_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  reason text NOT NULL CHECK (reason IN ('petition_filed', 'adjudication', 'no_reasonable_efforts', 'continuance',
    'dismissal', 'recomputed')),
  rule_pack_id text NOT NULL,
  placed integer NOT NULL DEFAULT 0,
  moved integer NOT NULL DEFAULT 0,
  vacated integer NOT NULL DEFAULT 0,
  late integer NOT NULL DEFAULT 0,
  computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_schedule_run_case_idx ON case_schedule_run (case_id, computed_at);

