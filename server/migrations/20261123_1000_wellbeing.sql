-- Well-being checklists (issue 6): one per child per hearing, filled before the hearing by the caseworker,
-- with the child's GAL and CASA volunteer adding what they see; the judge reads it on the bench view.
--
-- The instrument (the questions, their age bands, which answers raise a concern) is versioned data in
-- core/src/wellbeing/instrument.ts; a checklist records the version it was filled with, so a later version
-- never changes what an earlier checklist meant. `answers` holds the answers by item id:
--   { "<item id>": { "value": "yes" | 3 | "words", "note": text | null, "fromLastTime": bool,
--                    "answeredOn": "YYYY-MM-DD", "answeredBy": "<role on the case>" } }
-- Concerns are computed from the answers and the version, never stored, so a viewer without a sensitive
-- grant is never counted a concern they may not see. Who changed what is in the audit log
-- ('wellbeing.recorded'); `version` is the ETag for If-Match.
CREATE TABLE wellbeing_checklist (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  child_id uuid NOT NULL REFERENCES child(id),
  instrument_version integer NOT NULL CHECK (instrument_version > 0),
  -- The child's age band on the hearing's date (the instrument's band id); NULL when the age is unknown.
  age_band text,
  status text NOT NULL CHECK (status IN ('draft', 'submitted')),
  answers jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(answers) = 'object'),
  -- The checklist the first save started from (its answers carried forward), if any.
  carried_from uuid REFERENCES wellbeing_checklist(id),
  created_by uuid REFERENCES user_account(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES user_account(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_by uuid REFERENCES user_account(id),
  submitted_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (hearing_id, child_id),
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
-- A child's checklists over time (the trend, the last one to carry forward, the bench view's children).
CREATE INDEX wellbeing_checklist_child_idx ON wellbeing_checklist (child_id);
