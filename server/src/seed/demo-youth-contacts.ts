import type { Queryable } from '../platform/db.ts';

// The demo youth's team can be reached: their caseworker and their own attorney or GAL get a work email
// and a phone number, so that the youth's home shows how to reach them. Synthetic: 555-01xx numbers are
// reserved for fiction, and the addresses are on the demo's own domain.

const DOMAIN: Record<string, string> = {
  caseworker: 'cyfd.demo.hearth',
  youth_attorney: 'counsel.demo.hearth',
  guardian_ad_litem: 'counsel.demo.hearth',
};

/** Gives contact details to the caseworker and counsel on the open cases of the youth (in a fixed order). */
export async function giveYouthTeamContacts(tx: Queryable, youthPersonId: string): Promise<void> {
  const team = await tx.query<{
    person_id: string;
    case_role: string;
    given_name: string;
    family_name: string;
  }>(
    `SELECT DISTINCT cp.person_id, cp.case_role, p.given_name, p.family_name
       FROM child ch JOIN case_child cc ON cc.child_id = ch.id
       JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
       JOIN case_participant cp ON cp.case_id = c.id AND cp.end_date IS NULL
       JOIN person p ON p.id = cp.person_id
      WHERE ch.person_id = $1 AND cp.case_role IN ('caseworker', 'youth_attorney', 'guardian_ad_litem')
        AND (cp.child_id IS NULL OR cp.child_id = ch.id)
      ORDER BY cp.case_role, p.family_name, p.given_name, cp.person_id`,
    [youthPersonId],
  );
  let n = 40;
  for (const t of team) {
    const local = `${t.given_name}.${t.family_name}`.toLowerCase().replace(/[^a-z.]/g, '');
    await tx.query(
      'UPDATE person SET email = COALESCE(email, $2), phone = COALESCE(phone, $3) WHERE id = $1',
      [t.person_id, `${local}@${DOMAIN[t.case_role]}`, `(505) 555-01${String(n).padStart(2, '0')}`],
    );
    n += 1;
  }
}
