import type { ReportRecipient } from '../reports/redaction.ts';

/** Para quién es la copia de un informe al tribunal, en español (lo mismo en la web y en la copia). */
export const reportRecipientsEs: Record<ReportRecipient, string> = {
  judge: 'El juez',
  agency_attorney: 'El abogado del tribunal de menores (agencia)',
  parent_attorney: 'El abogado de uno de los padres',
  guardian_ad_litem: 'El abogado del joven o tutor ad litem',
  casa_volunteer: 'El voluntario de CASA',
  caregiver: 'La familia de crianza o el familiar que cuida al niño',
  parent: 'Uno de los padres',
  youth: 'El joven',
  tribe: 'La tribu del niño',
};
