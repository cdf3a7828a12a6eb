-- Court reports (issue 6): the free-text parts of the reports filed for a hearing. Everything else in a
-- report is assembled from the records when a copy is generated (server/src/reports), so only what a person
-- writes is stored: the CASA volunteer's observations, the child's wishes as the CASA heard them and the
-- CASA's recommendations; for the agency's report, the caseworker's recommendations and the supervisor's
-- approval. One row per hearing and kind; `version` guards edits (If-Match), as on every other record.
-- Which copy was generated, for whom and by whom is in the audit log (court_report.generated), not here:
-- copies are made anew from the records each time, never stored.
CREATE TABLE court_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  -- The hearing's case, so that access is decided on the case as for every case record.
  case_id uuid NOT NULL REFERENCES court_case(id),
  kind text NOT NULL CHECK (kind IN ('agency', 'casa')),
  observations text NOT NULL DEFAULT '',
  child_wishes text NOT NULL DEFAULT '',
  recommendations text NOT NULL DEFAULT '',
  -- draft: the author's own; submitted: filed for the hearing; approved: an agency supervisor approved it.
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  author_account_id uuid NOT NULL REFERENCES user_account(id),
  submitted_at timestamptz,
  approved_by uuid REFERENCES user_account(id),
  approved_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hearing_id, kind),
  CHECK ((status = 'draft') = (submitted_at IS NULL)),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  CHECK (kind = 'agency' OR status <> 'approved')
);
CREATE INDEX court_report_case_idx ON court_report (case_id);
