-- Notices of hearings: one row per recipient and channel, as sent. The text and the PDF are kept as they
-- went out, so the log shows what each person was told even after the hearing moves; the PDF's SHA-256
-- lets anyone check a printed copy against it. Proof of service is recorded on the row (domain-rules
-- §6 "Notice tracker per recipient", §9 "Notice log (method, date sent, proof)").
CREATE TABLE hearing_notice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  hearing_id uuid NOT NULL REFERENCES hearing(id),
  -- The hearing's case, so that access is decided on the case as for every case record.
  case_id uuid NOT NULL REFERENCES court_case(id),
  recipient_person_id uuid NOT NULL REFERENCES person(id),
  recipient_account_id uuid REFERENCES user_account(id),
  -- The name and address the notice carried when it was sent.
  recipient_name text NOT NULL,
  recipient_role text NOT NULL CHECK (recipient_role IN ('parent', 'indian_custodian', 'tribe', 'youth',
    'parent_attorney', 'youth_attorney', 'guardian_ad_litem', 'agency_attorney', 'caseworker', 'casa_volunteer',
    'caregiver')),
  channel text NOT NULL CHECK (channel IN ('email', 'mail', 'registered_mail')),
  language text NOT NULL CHECK (language IN ('en', 'es')),
  -- An ICWA notice: its receipt starts the waiting period (25 U.S.C. §1912(a)).
  icwa boolean NOT NULL DEFAULT false,
  email_address text,
  mailing_address jsonb,
  subject text NOT NULL,
  body_text text NOT NULL,
  pdf bytea,
  pdf_sha256 text,
  sent_at timestamptz NOT NULL,
  sent_by uuid REFERENCES user_account(id),
  -- sending: handed to the mail server after commit; not_sent: no mail server configured (said, never
  -- dropped); ready_to_mail: the PDF is ready to print and post; no_address: nowhere to mail it.
  delivery_status text NOT NULL CHECK (delivery_status IN ('sending', 'sent', 'failed', 'not_sent',
    'ready_to_mail', 'no_address')),
  delivery_detail text,
  smtp_message_id text,
  -- Proof of service.
  service_method text CHECK (service_method IN ('email', 'first_class_mail', 'registered_mail',
    'certified_mail', 'personal', 'in_court')),
  served_date date,
  served_by text,
  return_receipt_date date,
  -- Days to prepare the parent, custodian or tribe asked for (up to 20, 25 CFR 23.112(a)).
  additional_days_requested integer NOT NULL DEFAULT 0 CHECK (additional_days_requested BETWEEN 0 AND 365),
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((channel = 'email') = (email_address IS NOT NULL)),
  CHECK ((pdf IS NULL) = (pdf_sha256 IS NULL)),
  CHECK ((service_method IS NULL) = (served_date IS NULL)),
  CHECK (return_receipt_date IS NULL OR served_date IS NOT NULL)
);
CREATE INDEX hearing_notice_hearing_idx ON hearing_notice (hearing_id, sent_at);
CREATE INDEX hearing_notice_case_idx ON hearing_notice (case_id);
