import type { Queryable } from '../platform/db.ts';

// Notices of hearings need someone to send them to. In the demo district: a mailing address for every
// parent and family caregiver, an e-mail address for every other one of them (the rest get mail), kin
// caregivers who speak Spanish where the parents do, a work address for every professional on a case, and
// the tribe on each open case where ICWA applies or there is reason to know. Synthetic throughout: streets named "Demo", the demo's own mail domain, and
// fictional tribes. Deterministic: chosen by the order of ids, with no random draws.

const TRIBES = [
  { given: 'Marisol', family: 'Lucero', organization: 'Pueblo of Piedra Blanca ICWA Program (demo)' },
  { given: 'Dana', family: 'Whitehorse', organization: 'Red Mesa Nation ICWA Office (demo)' },
] as const;

/** Gives the demo district's parents, caregivers and ICWA cases what notices need. */
export async function giveNoticeContacts(tx: Queryable, jurisdictionId: string): Promise<void> {
  // Parents and the caregivers of family homes, each once, in id order.
  await tx.query(
    `WITH people AS (
       SELECT DISTINCT p.id FROM person p
        WHERE p.jurisdiction_id = $1
          AND (EXISTS (SELECT 1 FROM case_participant cp WHERE cp.person_id = p.id AND cp.case_role = 'parent')
               OR EXISTS (SELECT 1 FROM provider_caregiver pc JOIN provider pr ON pr.id = pc.provider_id
                           WHERE pc.person_id = p.id AND pr.kind IN ('foster_family', 'relative', 'fictive_kin')))),
     numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people)
     UPDATE person p SET
       mailing_address = COALESCE(p.mailing_address, jsonb_build_object('line1', (100 + x.n * 7) || ' Demo Lane NW',
         'city', 'Albuquerque', 'state', 'NM', 'postalCode', '87102')),
       -- Every other one has an e-mail address; those who sign in have their account's already.
       email = CASE WHEN p.email IS NULL AND x.n % 2 = 0
                     AND NOT EXISTS (SELECT 1 FROM user_account ua WHERE ua.person_id = p.id)
                    THEN lower(regexp_replace(p.given_name || '.' || p.family_name, '[^A-Za-z.]', '', 'g'))
                         || '.' || x.n || '@mail.demo.hearth'
                    ELSE p.email END
     FROM numbered x WHERE x.id = p.id`,
    [jurisdictionId],
  );
  // Kin who care for the children of Spanish-speaking parents speak Spanish too.
  await tx.query(
    `UPDATE person p SET primary_language = 'es', languages = '{es,en}'
      WHERE p.jurisdiction_id = $1 AND p.primary_language = 'en' AND p.id IN (
        SELECT pc.person_id FROM provider_caregiver pc JOIN provider pr ON pr.id = pc.provider_id
          JOIN placement pl ON pl.provider_id = pr.id
          JOIN case_child cc ON cc.child_id = pl.child_id
          JOIN case_participant par ON par.case_id = cc.case_id AND par.case_role = 'parent'
          JOIN person pp ON pp.id = par.person_id
         WHERE pr.kind IN ('relative', 'fictive_kin') AND pp.primary_language = 'es')`,
    [jurisdictionId],
  );
  await giveProfessionalsWorkEmail(tx, jurisdictionId);
  await addTribes(tx, jurisdictionId);
}

// Work addresses of the professionals, on the demo's own domains.
const WORK_DOMAIN: Record<string, string> = {
  caseworker: 'cyfd.demo.hearth',
  agency_attorney: 'cyfd.demo.hearth',
  parent_attorney: 'counsel.demo.hearth',
  youth_attorney: 'counsel.demo.hearth',
  guardian_ad_litem: 'counsel.demo.hearth',
  casa_volunteer: 'casa.demo.hearth',
};

/** Every professional active on a case has a work e-mail address (most notices go by e-mail). */
async function giveProfessionalsWorkEmail(tx: Queryable, jurisdictionId: string): Promise<void> {
  await tx.query(
    `UPDATE person p SET email = lower(regexp_replace(p.given_name || '.' || p.family_name, '[^A-Za-z.]', '', 'g'))
                                 || '@' || (($2::jsonb) ->> r.case_role)
       FROM (SELECT DISTINCT ON (cp.person_id) cp.person_id, cp.case_role FROM case_participant cp
              WHERE cp.jurisdiction_id = $1 AND cp.end_date IS NULL AND cp.case_role = ANY($3::text[])
              ORDER BY cp.person_id, cp.case_role) r
      WHERE p.id = r.person_id AND p.email IS NULL`,
    [jurisdictionId, JSON.stringify(WORK_DOMAIN), Object.keys(WORK_DOMAIN)],
  );
}

/** A tribe's ICWA office on each open case with a child who is, or is treated as, an Indian child. */
async function addTribes(tx: Queryable, jurisdictionId: string): Promise<void> {
  const cases = await tx.query<{ id: string; filing_date: string }>(
    `SELECT c.id, c.filing_date FROM court_case c
      WHERE c.jurisdiction_id = $1 AND c.status = 'open'
        AND EXISTS (SELECT 1 FROM case_child cc JOIN finding f ON f.child_id = cc.child_id
                     WHERE cc.case_id = c.id AND f.is_made AND f.finding_type IN ('icwa_applies', 'icwa_reason_to_know'))
        AND NOT EXISTS (SELECT 1 FROM case_child cc JOIN finding f ON f.child_id = cc.child_id
                     WHERE cc.case_id = c.id AND NOT f.is_made AND f.finding_type = 'icwa_applies')
      ORDER BY c.petition_number, c.id`,
    [jurisdictionId],
  );
  if (cases.length === 0) return;
  const agents: string[] = [];
  for (const [i, t] of TRIBES.entries()) {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name, email, phone, mailing_address)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        jurisdictionId,
        t.given,
        t.family,
        `icwa${i + 1}@tribe.demo.hearth`,
        `(505) 555-01${60 + i}`,
        JSON.stringify({
          organization: t.organization,
          line1: `${i + 1} Plaza Demo Road`,
          city: 'Albuquerque',
          state: 'NM',
          postalCode: '87105',
        }),
      ],
    );
    agents.push(row!.id);
  }
  for (const [i, c] of cases.entries())
    await tx.query(
      `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date)
       VALUES ($1, $2, $3, 'tribal_representative', false, $4)`,
      [jurisdictionId, c.id, agents[i % agents.length], c.filing_date],
    );
}
