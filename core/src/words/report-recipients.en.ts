import type { ReportRecipient } from '../reports/redaction.ts';

/**
 * Who a court report's copy is for, in English: one copy for the web's "Copy for" choice and the line
 * "Copy for: …" printed on the copy itself, so the two always name the same person.
 */
export const reportRecipientsEn: Record<ReportRecipient, string> = {
  judge: 'The judge',
  agency_attorney: 'The children’s court attorney (agency)',
  parent_attorney: 'A parent’s attorney',
  guardian_ad_litem: 'The youth’s attorney or guardian ad litem',
  casa_volunteer: 'The CASA volunteer',
  caregiver: 'The foster parent or kin caregiver',
  parent: 'A parent',
  youth: 'The youth',
  tribe: 'The child’s tribe',
};
