import type { ExitDocumentKind } from '../transition/adulthood.ts';

/**
 * The documents a youth leaves care with (SSA §475(5)(I)), in English: one copy for the transition plan's
 * page (web) and the court report's transition section (server), in the statute's words and order.
 */
export const exitDocumentsEn: Record<ExitDocumentKind, string> = {
  birth_certificate: 'Birth certificate',
  social_security_card: 'Social Security card',
  health_insurance_information: 'Health insurance information',
  medical_records: 'Medical records',
  state_id: 'Driver’s license or state ID',
};
