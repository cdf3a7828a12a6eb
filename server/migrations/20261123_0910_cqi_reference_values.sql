-- The outcome-indicator dashboard's reference lines: national values, kept as data, not constants
-- (domain-rules.md §1.5: "Load as reference data from the CB CFSR Round 4 Statewide Data Indicators
-- Workbook or the state data profile"; §1 "What a system must implement" 5: "national values are imported
-- reference data"). Each row says whether its number is sourced or still unverified, and where it is from.
--
-- Rows with no jurisdiction are the national defaults every jurisdiction starts from. When a jurisdiction's
-- analyst corrects one, the jurisdiction gets its own row (copy on write), so one district's correction never
-- changes another's dashboard; `version` guards the edit (If-Match) as on every other record.
CREATE TABLE cqi_reference_value (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid REFERENCES jurisdiction(id),
  indicator text NOT NULL CHECK (indicator IN ('permanency_12m_entries', 'permanency_12m_12_23',
    'permanency_12m_24_plus', 'reentry_12m', 'placement_stability', 'maltreatment_in_care', 'recurrence_12m',
    'caseworker_visits')),
  -- round3_standard: the CFSR Round 3 national standard; round4_performance: the CFSR Round 4 national
  -- observed performance; federal_target: a statutory target (caseworker visits, P.L. 112-34);
  -- federal_target_residence: its companion, the share of visits in the child's residence.
  measure text NOT NULL CHECK (measure IN ('round3_standard', 'round4_performance', 'federal_target',
    'federal_target_residence')),
  value numeric,
  -- Which side of the line is better: part of the indicator's definition (§1.3), not editable.
  better text NOT NULL CHECK (better IN ('higher', 'lower')),
  status text NOT NULL CHECK (status IN ('sourced', 'unverified')),
  source text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES user_account(id)
);
CREATE UNIQUE INDEX cqi_reference_value_national_idx ON cqi_reference_value (indicator, measure)
  WHERE jurisdiction_id IS NULL;
CREATE UNIQUE INDEX cqi_reference_value_jurisdiction_idx ON cqi_reference_value (jurisdiction_id, indicator, measure)
  WHERE jurisdiction_id IS NOT NULL;

INSERT INTO cqi_reference_value (indicator, measure, value, better, status, source) VALUES
  ('permanency_12m_entries', 'round3_standard', 40.5, 'higher', 'sourced',
   'domain-rules §1.5: CFSR Round 3 national standard, cited by a county dashboard (lee-lf.leecountync.gov)'),
  ('permanency_12m_entries', 'round4_performance', 35.2, 'higher', 'unverified',
   'domain-rules §1.5: approximate (~35.2%); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('permanency_12m_12_23', 'round3_standard', 43.6, 'higher', 'unverified',
   'domain-rules §1.5: not yet confirmed from a primary source'),
  ('permanency_12m_12_23', 'round4_performance', 43.8, 'higher', 'unverified',
   'domain-rules §1.5: approximate (~43.8%); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('permanency_12m_24_plus', 'round3_standard', 30.3, 'higher', 'unverified',
   'domain-rules §1.5: not yet confirmed from a primary source'),
  ('permanency_12m_24_plus', 'round4_performance', 37.3, 'higher', 'unverified',
   'domain-rules §1.5: approximate (~37.3%); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('reentry_12m', 'round3_standard', 8.3, 'lower', 'sourced',
   'domain-rules §1.5: CFSR Round 3 national standard, cited by a county dashboard (lee-lf.leecountync.gov)'),
  ('reentry_12m', 'round4_performance', 5.6, 'lower', 'unverified',
   'domain-rules §1.5: approximate (~5.6%); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('placement_stability', 'round3_standard', 4.12, 'lower', 'unverified',
   'domain-rules §1.5: not yet confirmed from a primary source'),
  ('placement_stability', 'round4_performance', 4.48, 'lower', 'unverified',
   'domain-rules §1.5: approximate (~4.48); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('maltreatment_in_care', 'round3_standard', 8.50, 'lower', 'unverified',
   'domain-rules §1.5: not yet confirmed from a primary source'),
  ('maltreatment_in_care', 'round4_performance', 9.07, 'lower', 'sourced',
   'domain-rules §1.5: third-party ChildMetrix CFSR dashboard ("< 9.07 per 100,000 days"); verify against the CB R4 workbook'),
  ('recurrence_12m', 'round3_standard', 9.1, 'lower', 'unverified',
   'domain-rules §1.5: not yet confirmed from a primary source'),
  ('recurrence_12m', 'round4_performance', 9.7, 'lower', 'unverified',
   'domain-rules §1.5: approximate (~9.7%); confirm in the CB CFSR Round 4 Statewide Data Indicators Workbook'),
  ('caseworker_visits', 'federal_target', 95, 'higher', 'sourced',
   'domain-rules §3.1: P.L. 112-34, 95% of children in care visited monthly from FY2015 (PCG summary; CRS R42027)'),
  ('caseworker_visits', 'federal_target_residence', 50, 'higher', 'sourced',
   'domain-rules §3.1: P.L. 112-34, "the majority" (more than 50%) of monthly visits in the child''s residence');
