import type { Db } from '../src/platform/db.ts';
import type { Org } from './factories.ts';

type Target = 'mine' | 'other' | 'foreign';

/** A hearing still to come, and a mailed notice of it, on each of an org's three cases (access matrix). */
export type NoticeFixtures = { hearing: Record<Target, string>; notice: Record<Target, string> };

export async function createNoticeFixtures(db: Db, org: Org): Promise<NoticeFixtures> {
  const hearing = {} as Record<Target, string>;
  const notice = {} as Record<Target, string>;
  const cases: [Target, string][] = [
    ['mine', org.assignedCase],
    ['other', org.otherCase],
    ['foreign', org.foreignCase],
  ];
  for (const [target, caseId] of cases) {
    const [h] = await db.query<{ id: string; jurisdiction_id: string }>(
      `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end)
       SELECT jurisdiction_id, id, 'periodic_review', '2025-09-03T16:00:00Z', '2025-09-03T16:30:00Z'
         FROM court_case WHERE id = $1 RETURNING id, jurisdiction_id`,
      [caseId],
    );
    const [p] = await db.query<{ id: string }>(
      `INSERT INTO person (jurisdiction_id, given_name, family_name) VALUES ($1, 'Nora', 'Noticed') RETURNING id`,
      [h!.jurisdiction_id],
    );
    const [n] = await db.query<{ id: string }>(
      `INSERT INTO hearing_notice (jurisdiction_id, hearing_id, case_id, recipient_person_id, recipient_name,
         recipient_role, channel, language, subject, body_text, pdf, pdf_sha256, sent_at, delivery_status)
       VALUES ($1, $2, $3, $4, 'Nora Noticed', 'parent', 'mail', 'en', 'Notice of hearing', 'Dear Nora Noticed,',
         convert_to('%PDF-1.4 fixture', 'UTF8'), 'fixture', '2025-06-01T15:00:00Z', 'ready_to_mail') RETURNING id`,
      [h!.jurisdiction_id, h!.id, caseId, p!.id],
    );
    hearing[target] = h!.id;
    notice[target] = n!.id;
  }
  return { hearing, notice };
}
