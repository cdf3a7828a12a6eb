import type { Queryable } from '../platform/db.ts';
import { TableBuffer, type ColumnType } from './seed-bulk-insert.ts';

/** Every seeded table with its columns, by buffer name, in foreign-key order: a flush writes them in this order. */
const TABLES = {
  person: [
    'person',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['given_name', 'text'],
      ['family_name', 'text'],
      ['birth_date', 'date'],
      ['sex', 'text'],
      ['race_ethnicity', 'text[]'],
      ['primary_language', 'text'],
      ['languages', 'text[]'],
      ['needs_interpreter', 'bool'],
      ['phone', 'text'],
    ],
  ],
  court: [
    'court',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['name', 'text'],
      ['district', 'text'],
      ['county', 'text'],
    ],
  ],
  courtroom: [
    'courtroom',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['court_id', 'uuid'],
      ['name', 'text'],
      ['location', 'text'],
    ],
  ],
  judge: [
    'judge',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['court_id', 'uuid'],
      ['person_id', 'uuid'],
      ['title', 'text'],
    ],
  ],
  agencyUnit: [
    'agency_unit',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['name', 'text'],
      ['county', 'text'],
    ],
  ],
  provider: [
    'provider',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['name', 'text'],
      ['kind', 'text'],
      ['licensed', 'bool'],
      ['county', 'text'],
    ],
  ],
  providerCaregiver: [
    'provider_caregiver',
    [
      ['provider_id', 'uuid'],
      ['person_id', 'uuid'],
    ],
  ],
  child: [
    'child',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['person_id', 'uuid'],
      ['afcars_id', 'text'],
      ['county', 'text'],
    ],
  ],
  courtCase: [
    'court_case',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['court_id', 'uuid'],
      ['petition_number', 'text'],
      ['filing_date', 'date'],
      ['allegations', 'text[]'],
      ['assigned_judge_id', 'uuid'],
      ['status', 'text'],
      ['closed_date', 'date'],
    ],
  ],
  caseChild: [
    'case_child',
    [
      ['case_id', 'uuid'],
      ['child_id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
    ],
  ],
  participant: [
    'case_participant',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['case_id', 'uuid'],
      ['person_id', 'uuid'],
      ['child_id', 'uuid'],
      ['case_role', 'text'],
      ['is_party', 'bool'],
      ['start_date', 'date'],
      ['end_date', 'date'],
    ],
  ],
  removal: [
    'removal_episode',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['case_id', 'uuid'],
      ['removal_date', 'date'],
      ['removal_manner', 'text'],
      ['removal_reasons', 'text[]'],
      ['removal_environment', 'text'],
      ['adjudication_date', 'date'],
      ['discharge_date', 'date'],
      ['discharge_reason', 'text'],
    ],
  ],
  placement: [
    'placement',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['removal_id', 'uuid'],
      ['child_id', 'uuid'],
      ['setting', 'text'],
      ['provider_id', 'uuid'],
      ['start_date', 'date'],
      ['end_date', 'date'],
      ['out_of_state', 'bool'],
    ],
  ],
  hearing: [
    'hearing',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['case_id', 'uuid'],
      ['hearing_type', 'text'],
      ['scheduled_start', 'timestamptz'],
      ['scheduled_end', 'timestamptz'],
      ['judge_id', 'uuid'],
      ['courtroom_id', 'uuid'],
      ['status', 'text'],
      ['result', 'text'],
      ['continuance_reason', 'text'],
      ['continuance_requested_by', 'text'],
    ],
  ],
  order: [
    'court_order',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['case_id', 'uuid'],
      ['hearing_id', 'uuid'],
      ['order_type', 'text'],
      ['signed_date', 'date'],
      ['judge_id', 'uuid'],
    ],
  ],
  finding: [
    'finding',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['order_id', 'uuid'],
      ['child_id', 'uuid'],
      ['finding_type', 'text'],
      ['is_made', 'bool'],
      ['finding_date', 'date'],
    ],
  ],
  parentalRights: [
    'parental_rights_event',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['parent_person_id', 'uuid'],
      ['event', 'text'],
      ['event_date', 'date'],
      ['order_id', 'uuid'],
    ],
  ],
  plan: [
    'permanency_plan',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['removal_id', 'uuid'],
      ['plan_kind', 'text'],
      ['goal', 'text'],
      ['established_date', 'date'],
      ['ended_date', 'date'],
    ],
  ],
  maltreatment: [
    'maltreatment_report',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['report_ref', 'text'],
      ['report_date', 'date'],
      ['incident_date', 'date'],
      ['disposition', 'text'],
    ],
  ],
  visit: [
    'caseworker_visit',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['visit_date', 'date'],
      ['location', 'text'],
      ['face_to_face', 'bool'],
    ],
  ],
  sensitive: [
    'child_sensitive_fact',
    [
      ['id', 'uuid'],
      ['jurisdiction_id', 'uuid'],
      ['child_id', 'uuid'],
      ['field_class', 'text'],
      ['summary', 'text'],
      ['detail', 'jsonb'],
    ],
  ],
} as const satisfies Record<string, readonly [string, readonly (readonly [string, ColumnType])[]]>;

export type Buffers = { [K in keyof typeof TABLES]: TableBuffer };

/** One empty buffer per table, keyed as in TABLES (and so flushed in its order). */
export function createBuffers(): Buffers {
  const entries = Object.entries(TABLES).map(([key, [table, spec]]) => [key, new TableBuffer(table, spec)]);
  return Object.fromEntries(entries) as Buffers;
}

/** Writes every buffered row, table by table in foreign-key order, and empties the buffers. */
export async function flushBuffers(q: Queryable, buffers: Buffers): Promise<void> {
  for (const buffer of Object.values(buffers)) await buffer.flush(q);
}
