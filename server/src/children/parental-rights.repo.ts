import type { Queryable } from '../platform/db.ts';

/** SQL for parental rights events. Callers have loaded the child through the scoped child repository. */

export async function isParentOnChildsCase(
  q: Queryable,
  childId: string,
  personId: string,
): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM case_participant cp JOIN case_child cc ON cc.case_id = cp.case_id
      WHERE cc.child_id = $1 AND cp.person_id = $2 AND cp.case_role = 'parent'`,
    [childId, personId],
  );
  return rows.length > 0;
}

export async function isOrderOfChildsCase(q: Queryable, childId: string, orderId: string): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM court_order o JOIN case_child cc ON cc.case_id = o.case_id WHERE cc.child_id = $1 AND o.id = $2`,
    [childId, orderId],
  );
  return rows.length > 0;
}

export async function insertParentalRightsEvent(
  q: Queryable,
  e: {
    jurisdictionId: string;
    childId: string;
    parentPersonId: string;
    event: string;
    eventDate: string;
    orderId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO parental_rights_event (jurisdiction_id, child_id, parent_person_id, event, event_date, order_id)
     VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [e.jurisdictionId, e.childId, e.parentPersonId, e.event, e.eventDate, e.orderId],
  );
  return row!.id;
}

export type ParentalRightsRow = {
  id: string;
  parent_person_id: string;
  parent_name: string;
  event: string;
  event_date: string;
  order_id: string | null;
};

export async function loadParentalRights(q: Queryable, childId: string): Promise<ParentalRightsRow[]> {
  return q.query(
    `SELECT e.id, e.parent_person_id, p.given_name || ' ' || p.family_name AS parent_name, e.event, e.event_date, e.order_id
       FROM parental_rights_event e JOIN person p ON p.id = e.parent_person_id
      WHERE e.child_id = $1 ORDER BY e.event_date, e.recorded_at`,
    [childId],
  );
}
