-- Education stability and normalcy (issue 6; domain-rules §7.1–§7.3): the schools a child in foster care
-- attends, the best-interest determination at each placement change with its transportation plan, who
-- makes education decisions and by what authority, IEP and 504 plans (the health class: read and written
-- only with the grant), attendance per term, credits, the education advocate; and the caregivers'
-- reasonable-and-prudent-parent decisions and normalcy conversations with the youth.
-- Every row carries jurisdiction_id (house-style §5); event dates are kept apart from recorded_at.

CREATE TABLE school_enrollment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  school_name text NOT NULL CHECK (length(school_name) BETWEEN 1 AND 200),
  school_district text CHECK (length(school_district) <= 200),
  enrolled_on date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('placement_change', 'returned_to_school_of_origin', 'promotion',
    'discipline', 'family_move', 'other')),
  is_school_of_origin boolean NOT NULL DEFAULT false,
  -- "Immediate enrollment … the enrolling school shall immediately contact the school last attended"
  -- (ESSA §1111(g)(1)(E)(ii)): when the records were asked for and when they came.
  records_requested_on date,
  records_received_on date,
  exited_on date,
  exit_reason text CHECK (exit_reason IN ('moved', 'graduated', 'aged_out', 'other')),
  version integer NOT NULL DEFAULT 1,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (exited_on IS NULL OR exited_on >= enrolled_on),
  CHECK ((exited_on IS NULL) = (exit_reason IS NULL))
);
CREATE INDEX school_enrollment_child_idx ON school_enrollment (child_id, enrolled_on);

-- One determination per placement change (or outside one); the transport plan lives on it, since a plan
-- to keep the child in the school of origin is that determination's answer to "how will they get there".
CREATE TABLE education_best_interest (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  placement_id uuid REFERENCES placement(id),
  decided_on date NOT NULL,
  -- [{ role, name }]: the child, the parents, the caregiver, the school district, the agency …
  participants jsonb NOT NULL DEFAULT '[]',
  factors text[] NOT NULL DEFAULT '{}',
  decision text NOT NULL CHECK (decision IN ('stay_in_school_of_origin', 'move')),
  disputed boolean NOT NULL DEFAULT false,
  dispute_outcome text CHECK (dispute_outcome IN ('pending', 'upheld', 'reversed', 'withdrawn')),
  notes text CHECK (length(notes) <= 4000),
  transport_provider text CHECK (transport_provider IN ('school_district', 'agency', 'caregiver',
    'public_transit', 'shared', 'other')),
  transport_payer text CHECK (transport_payer IN ('school_district', 'agency', 'shared', 'title_iv_e', 'other')),
  transport_starts_on date,
  transport_notes text CHECK (length(transport_notes) <= 2000),
  version integer NOT NULL DEFAULT 1,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((transport_provider IS NULL) = (transport_payer IS NULL)
     AND (transport_provider IS NULL) = (transport_starts_on IS NULL)),
  CHECK (disputed OR dispute_outcome IS NULL)
);
CREATE INDEX education_best_interest_child_idx ON education_best_interest (child_id, decided_on);

-- Who holds the right to make education decisions, since when, and by what authority. A new row ends
-- the one before it (until = the day before the new one's since).
CREATE TABLE education_decision_maker (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relationship text NOT NULL CHECK (relationship IN ('parent', 'foster_parent', 'relative', 'surrogate_parent',
    'guardian', 'youth', 'other')),
  authority text NOT NULL CHECK (authority IN ('parental_right', 'court_order', 'surrogate_appointment',
    'foster_parent_as_parent', 'rights_transferred_at_majority')),
  authority_reference text CHECK (length(authority_reference) <= 200),
  since date NOT NULL,
  until date,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (until IS NULL OR until >= since)
);
CREATE INDEX education_decision_maker_child_idx ON education_decision_maker (child_id, since);

-- IEP and 504 plans: the health class (core/src/access/sensitive.ts). A plan's existence says a child has
-- a disability, so the whole row is read only under the grant check (server/src/education).
CREATE TABLE special_education_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  plan_type text NOT NULL CHECK (plan_type IN ('iep', 'section_504')),
  plan_date date NOT NULL,
  next_review_on date NOT NULL,
  disability_category text CHECK (length(disability_category) <= 200),
  notes text CHECK (length(notes) <= 4000),
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (next_review_on > plan_date)
);
CREATE INDEX special_education_plan_child_idx ON special_education_plan (child_id, plan_date);

CREATE TABLE school_attendance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  term text NOT NULL CHECK (length(term) BETWEEN 1 AND 60),
  term_start date NOT NULL,
  term_end date NOT NULL,
  days_absent integer NOT NULL CHECK (days_absent >= 0),
  days_enrolled integer CHECK (days_enrolled > 0),
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (term_end > term_start),
  CHECK (days_enrolled IS NULL OR days_absent <= days_enrolled),
  UNIQUE (child_id, term_start)
);

CREATE TABLE school_credits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  as_of date NOT NULL,
  grade integer NOT NULL CHECK (grade BETWEEN 9 AND 12),
  earned numeric(5, 1) NOT NULL CHECK (earned >= 0),
  -- As the school gave it; NULL: computed from the rule pack's graduation credits.
  expected numeric(5, 1) CHECK (expected >= 0),
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_credits_child_idx ON school_credits (child_id, as_of);

-- The education advocate: a person who speaks for the child's schooling (not necessarily an account).
CREATE TABLE education_advocate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organization text CHECK (length(organization) <= 200),
  phone text CHECK (length(phone) <= 40),
  email text CHECK (length(email) <= 200),
  since date NOT NULL,
  until date,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX education_advocate_child_idx ON education_advocate (child_id, since);

-- Reasonable-and-prudent-parent decisions (SSA §475(10)–(11)): what, when, by whom, allowed or not.
CREATE TABLE normalcy_decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  category text NOT NULL CHECK (category IN ('sport', 'sleepover', 'trip', 'job', 'driving_lessons', 'haircut',
    'club', 'cultural', 'social_media', 'other')),
  activity text NOT NULL CHECK (length(activity) BETWEEN 1 AND 200),
  decided_on date NOT NULL,
  decided_by_name text NOT NULL,
  decided_by_role text NOT NULL,
  approved boolean NOT NULL,
  notes text CHECK (length(notes) <= 2000),
  recorded_by uuid NOT NULL REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX normalcy_decision_child_idx ON normalcy_decision (child_id, decided_on);

-- Normalcy conversations with the youth: what they want to do, what stands in the way, what happens next.
CREATE TABLE normalcy_conversation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  held_on date NOT NULL,
  held_by_name text NOT NULL,
  held_by_role text NOT NULL,
  wants text NOT NULL CHECK (length(wants) BETWEEN 1 AND 2000),
  barriers text CHECK (length(barriers) <= 2000),
  follow_up text CHECK (length(follow_up) <= 2000),
  follow_up_by date,
  recorded_by uuid NOT NULL REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX normalcy_conversation_child_idx ON normalcy_conversation (child_id, held_on);
