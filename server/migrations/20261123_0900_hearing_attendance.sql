-- Hearing attendance (issue 5, court performance measures; domain-rules §10, "party attendance per hearing").
--
-- One row per person recorded at a hearing: a parent, an Indian custodian, a child of the case, or a
-- professional or caregiver on it. `attendee_role` is the person's role on the case when it was recorded
-- (a child is 'child'), so the measures count parents and youth without re-deriving roles later.
-- `represented` is for parents and Indian custodians only: whether counsel represented them at this hearing
-- (the Toolkit's due-process measure "parents represented"); it is required for them and empty otherwise.
-- The clerk or judge replaces a hearing's rows as one set (PUT /api/v1/hearings/:id/attendance), under
-- If-Match on the hearing; the change is in the audit log.
CREATE TABLE hearing_attendance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  person_id uuid NOT NULL REFERENCES person(id),
  attendee_role text NOT NULL CHECK (attendee_role IN ('parent', 'indian_custodian', 'child', 'caregiver',
    'caseworker', 'supervisor', 'agency_attorney', 'parent_attorney', 'youth_attorney', 'guardian_ad_litem',
    'casa_volunteer', 'tribal_representative', 'interpreter')),
  attendance text NOT NULL CHECK (attendance IN ('in_person', 'remote', 'excused', 'absent')),
  represented boolean,
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hearing_id, person_id),
  CHECK ((attendee_role IN ('parent', 'indian_custodian')) = (represented IS NOT NULL))
);

-- The measures read a jurisdiction's hearings of a 12-month period; the calendar's indexes are by case,
-- judge or courtroom.
CREATE INDEX hearing_jurisdiction_start_idx ON hearing (jurisdiction_id, scheduled_start);
