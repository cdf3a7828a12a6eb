-- Quality caseworker contacts (issue 6; domain-rules §3). The visit facts stay in caseworker_visit (date,
-- face to face, residence or elsewhere, the worker), the one source the CQI interchange export
-- (visits.csv), AFCARS and the due items read; a contact adds the rest of what was recorded, keyed to its
-- visit one to one, so nothing is stored twice.
CREATE TABLE caseworker_contact (
  visit_id uuid PRIMARY KEY REFERENCES caseworker_visit(id),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  -- The court-local time of day it began; the date is the visit's.
  contact_time time NOT NULL,
  -- In person is face to face; a video call or a phone call is not (P.L. 109-288, domain-rules §3.1).
  contact_mode text NOT NULL CHECK (contact_mode IN ('in_person', 'video', 'phone')),
  -- Where, when not at the child's residence (school, the office, a relative's home).
  place text,
  -- Seen privately (domain-rules §3, "What a system must implement" 1).
  time_alone boolean NOT NULL,
  minutes_alone integer CHECK (minutes_alone BETWEEN 0 AND 1440),
  participants text[] NOT NULL DEFAULT '{}',
  purpose text NOT NULL,
  safety_observations text,
  case_plan_progress text,
  child_words text,
  next_steps text,
  -- The worker's own rating of the contact against the quality elements ({ element: rating }), shown
  -- beside the supervisor's review.
  self_assessment jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid NOT NULL REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (time_alone OR minutes_alone IS NULL)
);

-- The worker's contacts, newest first (their reviews and compliance).
CREATE INDEX caseworker_visit_worker_idx ON caseworker_visit (caseworker_account_id, visit_date)
  WHERE caseworker_account_id IS NOT NULL;

-- A supervisor's review of one contact's quality (domain-rules §3.2).
CREATE TABLE contact_review (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  visit_id uuid NOT NULL REFERENCES caseworker_contact(visit_id),
  -- The worker whose contact it was, when reviewed (a contact's worker does not change).
  worker_account_id uuid NOT NULL REFERENCES user_account(id),
  reviewer_account_id uuid NOT NULL REFERENCES user_account(id),
  reviewed_on date NOT NULL,
  -- { element: 'met' | 'partly' | 'not_met' | 'not_applicable' } over the rule pack's quality elements.
  ratings jsonb NOT NULL,
  strengths text,
  comments text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_review_visit_idx ON contact_review (visit_id);
CREATE INDEX contact_review_worker_idx ON contact_review (worker_account_id, reviewed_on);

-- The action plan of a review: what the worker is to do, by when, and how the follow-up stands.
CREATE TABLE contact_review_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  review_id uuid NOT NULL REFERENCES contact_review(id),
  position integer NOT NULL,
  description text NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  status_note text,
  status_changed_on date,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (review_id, position)
);

-- Monthly compliance reads a unit's children at once (server/src/contacts/contacts.repo.ts): the face-to-face
-- visits of a fiscal year by date, and, for the supervisor's unit scope (server/src/access/scope.ts), the
-- active caseworkers of each case, which that predicate looks up case by case.
CREATE INDEX caseworker_visit_face_to_face_date_idx ON caseworker_visit (visit_date, child_id)
  WHERE face_to_face;
CREATE INDEX case_participant_active_caseworker_idx ON case_participant (case_id, account_id)
  WHERE case_role = 'caseworker' AND end_date IS NULL;
