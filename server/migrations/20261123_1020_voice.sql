-- Young people's and caregivers' voice at a hearing (issue 6; domain-rules §7.3, §9).
--
-- youth_statement: what a young person wants the judge to know for one hearing, in their own words. A draft
-- only its writer sees, until it is sent (sent_at); then it is fixed and reaches the judge's bench view.
-- shared_with lists who else the youth chose may read it (core/src/voice/voice.ts STATEMENT_AUDIENCES):
-- the judge and the youth's own attorney or GAL always do, no one else unless chosen.
CREATE TABLE youth_statement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  child_id uuid NOT NULL REFERENCES child(id),
  body text NOT NULL DEFAULT '' CHECK (length(body) <= 4000),
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
  shared_with text[] NOT NULL DEFAULT '{}'
    CHECK (shared_with <@ ARRAY['caseworker', 'casa', 'caregiver', 'agency_attorney', 'parents']::text[]),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  sent_at timestamptz,
  written_by uuid REFERENCES user_account(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (hearing_id, child_id),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX youth_statement_child_idx ON youth_statement (child_id);

-- caregiver_report: a foster, kin or pre-adoptive household's report to the court on a child placed with
-- it, for one hearing (SSA §475(5)(G): a right to be heard, not party status). One per household, child
-- and hearing; a draft until submitted. `health` is the health sensitive class: read only with a grant.
CREATE TABLE caregiver_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  child_id uuid NOT NULL REFERENCES child(id),
  provider_id uuid NOT NULL REFERENCES provider(id),
  caregiver_kind text NOT NULL CHECK (caregiver_kind IN ('foster_parent', 'kin', 'pre_adoptive')),
  health text NOT NULL DEFAULT '' CHECK (length(health) <= 2000),
  school text NOT NULL DEFAULT '' CHECK (length(school) <= 2000),
  behaviour text NOT NULL DEFAULT '' CHECK (length(behaviour) <= 2000),
  family_time text NOT NULL DEFAULT '' CHECK (length(family_time) <= 2000),
  needs text NOT NULL DEFAULT '' CHECK (length(needs) <= 2000),
  for_the_judge text NOT NULL DEFAULT '' CHECK (length(for_the_judge) <= 2000),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  submitted_at timestamptz,
  written_by uuid REFERENCES user_account(id),
  author_person_id uuid REFERENCES person(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (hearing_id, child_id, provider_id),
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX caregiver_report_child_idx ON caregiver_report (child_id);

-- youth_attendance_plan: how a young person will take part in a hearing, recorded before it by the youth,
-- their attorney or GAL, or their caseworker. Once the clerk records attendance (hearing_attendance,
-- migration 20261123_0900) that record is what happened; the plan stays as it was.
CREATE TABLE youth_attendance_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  child_id uuid NOT NULL REFERENCES child(id),
  attendance text NOT NULL CHECK (attendance IN ('in_person', 'remote', 'excused')),
  reason text CHECK (reason IS NULL OR length(reason) <= 500),
  recorded_by uuid REFERENCES user_account(id),
  recorded_by_role text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (hearing_id, child_id),
  CHECK ((attendance = 'excused') = (reason IS NOT NULL))
);
CREATE INDEX youth_attendance_plan_child_idx ON youth_attendance_plan (child_id);

-- youth_voice_permission: the court's leave for a child under the voice age (rule pack voice.youthVoiceAge)
-- to write to the judge, as ordered on order_date; recorded by the judge or clerk. One row per child;
-- `granted = false` records that the court ended it.
CREATE TABLE youth_voice_permission (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL UNIQUE REFERENCES child(id),
  granted boolean NOT NULL,
  order_date date NOT NULL,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
