-- Parental rights events per parent and child: the TPR petition and termination (or relinquishment) dates
-- AFCARS 2020 reports for each parent (E63–E68), and that the 15-of-22 pacing needs (SSA §475(5)(E)).
CREATE TABLE parental_rights_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdiction(id),
  child_id uuid NOT NULL REFERENCES child(id),
  parent_person_id uuid NOT NULL REFERENCES person(id),
  event text NOT NULL CHECK (event IN ('tpr_petition_filed', 'tpr_petition_dismissed', 'rights_terminated',
    'rights_relinquished')),
  event_date date NOT NULL,
  order_id uuid REFERENCES court_order(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parental_rights_event_child_idx ON parental_rights_event (child_id, event_date);
