-- Transition plans (issue 6; domain-rules §7.3, §7.4, §5.2).
--
-- The plan to adulthood of a youth of 14 or older: one current row per child, and every version kept in
-- transition_plan_version (who wrote it, when, what changed, and whether the youth wrote it). Lists that
-- are read and written whole with the plan (permanent connections, youth-chosen team members, exit
-- documents, credit report checks) are JSON arrays; the rules over them live in core/src/transition.
-- `health` holds the sensitive class 'health' (health coverage, the health-care proxy): apart, so that a
-- query for the plan never loads it by accident (house-style §2, "select, not include").
CREATE TABLE transition_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL UNIQUE REFERENCES child(id),
  version integer NOT NULL DEFAULT 1,
  -- The youth stays in extended foster care: the 90-day plan runs to the state's greater age.
  extended_care boolean NOT NULL DEFAULT false,
  -- The 90-day transition plan (SSA §475(5)(H)) was completed with the youth on this day.
  ninety_day_completed_on date,
  housing jsonb NOT NULL DEFAULT '{"state":"not_started","notes":""}',
  education jsonb NOT NULL DEFAULT '{"state":"not_started","notes":""}',
  employment jsonb NOT NULL DEFAULT '{"state":"not_started","notes":""}',
  connections jsonb NOT NULL DEFAULT '[]',
  team jsonb NOT NULL DEFAULT '[]',
  exit_documents jsonb NOT NULL DEFAULT '[]',
  credit_checks jsonb NOT NULL DEFAULT '[]',
  youth_goals text NOT NULL DEFAULT '',
  youth_goals_by text CHECK (youth_goals_by IN ('youth', 'staff')),
  youth_goals_at timestamptz,
  health jsonb NOT NULL DEFAULT '{"coverage":{"state":"not_started","notes":""},"proxy":{"state":"not_started","notes":""}}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES user_account(id)
);

CREATE TABLE transition_plan_version (
  plan_id uuid NOT NULL REFERENCES transition_plan(id),
  version integer NOT NULL,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  -- The plan as it stood after this version, without the health class, and the health class apart.
  content jsonb NOT NULL,
  health jsonb NOT NULL,
  changed text[] NOT NULL,
  by_youth boolean NOT NULL DEFAULT false,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, version)
);

-- The transition home plan (NMSA 1978 §32A-4-25.1(C)): services, safety plan, the steps of family time
-- and aftercare, one per removal episode, completed before a trial home visit begins.
CREATE TABLE transition_home_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  removal_id uuid NOT NULL UNIQUE REFERENCES removal_episode(id),
  version integer NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
  completed_on date,
  services jsonb NOT NULL DEFAULT '[]',
  safety_plan text NOT NULL DEFAULT '',
  visits jsonb NOT NULL DEFAULT '[]',
  aftercare jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES user_account(id),
  CHECK ((status = 'completed') = (completed_on IS NOT NULL))
);
CREATE INDEX transition_home_plan_child_idx ON transition_home_plan (child_id);
