import type { WellbeingDomain } from '../wellbeing/instrument.ts';

/**
 * The well-being domains' names in English: one copy for the checklist pages and bench view (web) and the
 * court report's well-being section (server), so the judge reads the same name on screen and on paper.
 */
export const wellbeingDomainsEn: Record<WellbeingDomain, string> = {
  safety: 'Safety',
  physical_dental_health: 'Physical and dental health',
  behavioral_health: 'Behavioral health',
  development: 'Development',
  education: 'Education',
  relationships_family_time: 'Relationships and family time',
  identity_culture: 'Identity and culture',
  normalcy_activities: 'Normal activities',
  placement_stability: 'Stable home',
  transition_readiness: 'Getting ready for adult life',
};
