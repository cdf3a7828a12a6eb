-- Pacing permanency: the documented exception to filing a TPR petition at 15 of the most recent 22
-- months, and benchmark reviews of a child's progress toward permanency.

-- 45 CFR 1356.21(i)(2): the agency need not file when the child is cared for by a relative (at the
-- state's option), when a compelling reason is documented in the case plan for the court to review, or
-- when the state has not provided the services the case plan deems necessary for a safe return. One row
-- per documentation, for one removal episode: the clock reads the latest of the child's current episode.
CREATE TABLE tpr_exception (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  removal_id uuid NOT NULL REFERENCES removal_episode(id),
  reason text NOT NULL CHECK (reason IN ('relative_placement', 'compelling_reason', 'services_not_provided')),
  documented_date date NOT NULL,
  documented_by uuid NOT NULL REFERENCES user_account(id),
  note text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tpr_exception_child_idx ON tpr_exception (child_id, removal_id, documented_date);

-- A benchmark review: a checkpoint of the rule pack (before a permanency hearing, near 15 of 22 months)
-- put on the calendar for one child on one case, and once held, its checklist answers and its outcome.
-- The checkpoints still ahead are computed from the case (core/src/pacing/benchmark-reviews.ts); a row
-- is written when a review is recorded. anchor_date is what it prepared for: the hearing's date, or the
-- day the 15 months are reached.
CREATE TABLE benchmark_review (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  child_id uuid NOT NULL REFERENCES child(id),
  removal_id uuid NOT NULL REFERENCES removal_episode(id),
  checkpoint text NOT NULL,
  due_date date NOT NULL,
  anchor_date date NOT NULL,
  hearing_id uuid REFERENCES hearing(id),
  review_date date NOT NULL,
  answers jsonb NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('on_track', 'action_needed', 'plan_change_recommended')),
  outcome_note text,
  recorded_by uuid NOT NULL REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, checkpoint, anchor_date)
);
CREATE INDEX benchmark_review_case_idx ON benchmark_review (case_id, due_date);
