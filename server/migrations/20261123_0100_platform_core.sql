-- Platform core: jurisdictions, courts, people, cases, removal episodes, placements, hearings, orders and
-- findings, permanency plans, accounts, sessions, grants and the audit log.
-- Event dates (removal_date, start_date …) are kept apart from the time each was recorded (recorded_at):
-- AFCARS needs both (domain-rules §2, "Transaction timestamps stored apart from event dates").
-- Every tenant-owned table carries jurisdiction_id from the first migration (house-style §5).

CREATE TABLE jurisdiction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  state_code text NOT NULL,
  rule_pack_id text NOT NULL,
  time_zone text NOT NULL DEFAULT 'America/Denver',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE court (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  name text NOT NULL,
  district text NOT NULL,
  county text NOT NULL
);

CREATE TABLE courtroom (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  court_id uuid NOT NULL REFERENCES court(id),
  name text NOT NULL,
  location text
);

-- Anyone in a case: children, parents, relatives, caregivers, professionals.
CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date,
  sex text CHECK (sex IN ('female', 'male', 'unknown')),
  race_ethnicity text[] NOT NULL DEFAULT '{}',
  primary_language text NOT NULL DEFAULT 'en',
  languages text[] NOT NULL DEFAULT '{en}',
  needs_interpreter boolean NOT NULL DEFAULT false,
  email text,
  phone text,
  mailing_address jsonb,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_name_idx ON person (jurisdiction_id, lower(family_name), lower(given_name));

CREATE TABLE judge (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  court_id uuid NOT NULL REFERENCES court(id),
  person_id uuid NOT NULL REFERENCES person(id),
  title text NOT NULL DEFAULT 'Judge',
  active boolean NOT NULL DEFAULT true
);

-- CYFD (agency) units: a supervisor and the caseworkers they supervise.
CREATE TABLE agency_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  name text NOT NULL,
  county text NOT NULL
);

-- A caregiver household or facility that children are placed with.
CREATE TABLE provider (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('foster_family', 'relative', 'fictive_kin', 'group_home', 'institution', 'other')),
  licensed boolean NOT NULL DEFAULT true,
  county text
);

CREATE TABLE provider_caregiver (
  provider_id uuid NOT NULL REFERENCES provider(id),
  person_id uuid NOT NULL REFERENCES person(id),
  PRIMARY KEY (provider_id, person_id)
);

-- Staff accounts, and the accounts of caregivers and youth who sign in. A child is never an "account";
-- a youth's account points at the person whose child record it is.
CREATE TABLE user_account (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name text NOT NULL,
  person_id uuid REFERENCES person(id),
  judge_id uuid REFERENCES judge(id),
  court_id uuid REFERENCES court(id),
  unit_id uuid REFERENCES agency_unit(id),
  preferred_language text NOT NULL DEFAULT 'en',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE account_role (
  account_id uuid NOT NULL REFERENCES user_account(id),
  role text NOT NULL,
  PRIMARY KEY (account_id, role)
);

CREATE TABLE session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES user_account(id),
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz
);

-- The child's record. Identity (name, birth date) lives on person; this row holds what the agency keeps.
CREATE TABLE child (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  person_id uuid NOT NULL UNIQUE REFERENCES person(id),
  afcars_id text NOT NULL,
  county text,
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (jurisdiction_id, afcars_id)
);

-- Sensitive field classes live apart, so that a query for the child never loads them by accident
-- (house-style §2, "select, not include"). Each class needs an explicit grant.
CREATE TABLE child_sensitive_fact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  field_class text NOT NULL CHECK (field_class IN ('sealed_adoption', 'immigration_status', 'sogi', 'health', 'substance_use')),
  summary text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}',
  recorded_by uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX child_sensitive_fact_child_idx ON child_sensitive_fact (child_id, field_class);

CREATE TABLE court_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  court_id uuid NOT NULL REFERENCES court(id),
  petition_number text NOT NULL,
  filing_date date NOT NULL,
  allegations text[] NOT NULL DEFAULT '{}',
  assigned_judge_id uuid REFERENCES judge(id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'dismissed')),
  closed_date date,
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (jurisdiction_id, petition_number)
);
CREATE INDEX court_case_judge_idx ON court_case (assigned_judge_id);
CREATE INDEX court_case_court_idx ON court_case (court_id);

CREATE TABLE case_child (
  case_id uuid NOT NULL REFERENCES court_case(id),
  child_id uuid NOT NULL REFERENCES child(id),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  PRIMARY KEY (case_id, child_id)
);
CREATE INDEX case_child_child_idx ON case_child (child_id);

-- Parties and professionals on a case. account_id links a professional's role to their account, which is
-- what "assigned" means for access. child_id narrows a role to one child (a GAL for one sibling).
CREATE TABLE case_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  person_id uuid NOT NULL REFERENCES person(id),
  account_id uuid REFERENCES user_account(id),
  child_id uuid REFERENCES child(id),
  case_role text NOT NULL CHECK (case_role IN ('parent', 'indian_custodian', 'caregiver', 'caseworker', 'supervisor',
    'agency_attorney', 'parent_attorney', 'youth_attorney', 'guardian_ad_litem', 'casa_volunteer',
    'tribal_representative', 'interpreter')),
  is_party boolean NOT NULL DEFAULT false,
  start_date date NOT NULL,
  end_date date,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_participant_case_idx ON case_participant (case_id);
CREATE INDEX case_participant_account_idx ON case_participant (account_id) WHERE account_id IS NOT NULL;

CREATE TABLE removal_episode (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  case_id uuid REFERENCES court_case(id),
  removal_date date NOT NULL,
  removal_manner text NOT NULL CHECK (removal_manner IN ('voluntary', 'court_ordered', 'not_yet_determined')),
  removal_reasons text[] NOT NULL DEFAULT '{}',
  removal_environment text,
  adjudication_date date,
  discharge_date date,
  discharge_reason text CHECK (discharge_reason IN ('reunification', 'relative', 'adoption', 'guardianship',
    'emancipation', 'transfer', 'runaway', 'death')),
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  discharge_recorded_at timestamptz,
  CHECK (discharge_date IS NULL OR discharge_date >= removal_date)
);
CREATE INDEX removal_episode_child_idx ON removal_episode (child_id, removal_date);

-- Living arrangements, with the interchange setting codes (cqi-interchange.md, "Code values").
CREATE TABLE placement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  removal_id uuid NOT NULL REFERENCES removal_episode(id),
  child_id uuid NOT NULL REFERENCES child(id),
  setting text NOT NULL CHECK (setting IN ('foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive',
    'group_home', 'institution', 'qrtp', 'supervised_independent_living', 'trial_home_visit', 'runaway',
    'respite', 'juvenile_justice', 'medical', 'other')),
  provider_id uuid REFERENCES provider(id),
  start_date date NOT NULL,
  end_date date,
  out_of_state boolean NOT NULL DEFAULT false,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_removal_idx ON placement (removal_id, start_date);
CREATE INDEX placement_provider_open_idx ON placement (provider_id) WHERE end_date IS NULL;

CREATE TABLE hearing (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  hearing_type text NOT NULL,
  scheduled_start timestamptz NOT NULL,
  scheduled_end timestamptz NOT NULL,
  judge_id uuid REFERENCES judge(id),
  courtroom_id uuid REFERENCES courtroom(id),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'continued', 'vacated', 'cancelled')),
  result text,
  continuance_reason text,
  continuance_requested_by text,
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (scheduled_end > scheduled_start)
);
CREATE INDEX hearing_case_idx ON hearing (case_id, scheduled_start);
CREATE INDEX hearing_judge_day_idx ON hearing (judge_id, scheduled_start);

CREATE TABLE court_order (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  case_id uuid NOT NULL REFERENCES court_case(id),
  hearing_id uuid REFERENCES hearing(id),
  order_type text NOT NULL,
  signed_date date NOT NULL,
  judge_id uuid REFERENCES judge(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX court_order_case_idx ON court_order (case_id);

CREATE TABLE finding (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  order_id uuid NOT NULL REFERENCES court_order(id),
  child_id uuid NOT NULL REFERENCES child(id),
  finding_type text NOT NULL,
  is_made boolean NOT NULL,
  finding_date date NOT NULL,
  detail text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_child_idx ON finding (child_id, finding_type, finding_date);
CREATE INDEX finding_order_idx ON finding (order_id);

CREATE TABLE permanency_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  removal_id uuid REFERENCES removal_episode(id),
  plan_kind text NOT NULL CHECK (plan_kind IN ('primary', 'concurrent')),
  goal text NOT NULL CHECK (goal IN ('reunification', 'relative', 'adoption', 'guardianship', 'appla')),
  established_date date NOT NULL,
  ended_date date,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX permanency_plan_child_idx ON permanency_plan (child_id);

-- Agency maltreatment reports and caseworker visits: carried so the CQI interchange files can be written
-- from the database without loss (cqi-interchange.md, maltreatment.csv and visits.csv).
CREATE TABLE maltreatment_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  report_ref text NOT NULL,
  report_date date NOT NULL,
  incident_date date,
  disposition text NOT NULL CHECK (disposition IN ('substantiated', 'indicated', 'unsubstantiated', 'other')),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX maltreatment_report_child_idx ON maltreatment_report (child_id);

CREATE TABLE caseworker_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  visit_date date NOT NULL,
  location text NOT NULL CHECK (location IN ('residence', 'other')),
  face_to_face boolean NOT NULL DEFAULT true,
  caseworker_account_id uuid REFERENCES user_account(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX caseworker_visit_child_idx ON caseworker_visit (child_id, visit_date);

-- Explicit grants for sensitive field classes. case_id NULL covers every case the account may open.
CREATE TABLE sensitive_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  account_id uuid NOT NULL REFERENCES user_account(id),
  field_class text NOT NULL CHECK (field_class IN ('sealed_adoption', 'immigration_status', 'sogi', 'health', 'substance_use')),
  case_id uuid REFERENCES court_case(id),
  reason text NOT NULL,
  granted_by uuid REFERENCES user_account(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX sensitive_grant_account_idx ON sensitive_grant (account_id);

-- The audit log: append-only and hash-chained. A row is inserted in the same transaction as the change or
-- read it records (house-style §4), with no lock, so audit never serialises the requests it records. A
-- sealer then links committed rows into the chain in the order it finds them: chain_pos, the previous
-- row's hash, and a SHA-256 over the row's contents and that hash. Sealing is the only update allowed,
-- once per row; deletes are refused. `hearth audit verify` walks the chain and names the first broken link.
CREATE TABLE audit_event (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL,
  jurisdiction_id uuid,
  actor_id text NOT NULL,
  actor_label text NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  request_id text,
  ip text,
  outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  break_glass boolean NOT NULL DEFAULT false,
  reason text,
  data jsonb NOT NULL DEFAULT '{}',
  chain_pos bigint UNIQUE,
  prev_hash text,
  hash text,
  sealed_at timestamptz,
  CHECK ((chain_pos IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL))
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, seq);
CREATE INDEX audit_event_jurisdiction_idx ON audit_event (jurisdiction_id, seq);
CREATE INDEX audit_event_unsealed_idx ON audit_event (seq) WHERE hash IS NULL;

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The one update allowed: sealing a row that was not sealed, leaving every recorded column as it was.
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
  END IF;
  IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (NEW.seq, NEW.id, NEW.jurisdiction_id, NEW.actor_id, NEW.actor_label, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.occurred_at, NEW.recorded_at, NEW.request_id, NEW.ip, NEW.outcome, NEW.break_glass,
          NEW.reason, NEW.data)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.id, OLD.jurisdiction_id, OLD.actor_id, OLD.actor_label, OLD.action, OLD.entity_type,
          OLD.entity_id, OLD.occurred_at, OLD.recorded_at, OLD.request_id, OLD.ip, OLD.outcome, OLD.break_glass,
          OLD.reason, OLD.data) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
