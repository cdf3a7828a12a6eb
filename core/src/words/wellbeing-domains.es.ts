import type { WellbeingDomain } from '../wellbeing/instrument.ts';

/** Los nombres de las áreas de bienestar en español (los mismos en la web y en el informe al tribunal). */
export const wellbeingDomainsEs: Record<WellbeingDomain, string> = {
  safety: 'Seguridad',
  physical_dental_health: 'Salud física y dental',
  behavioral_health: 'Salud mental y de conducta',
  development: 'Desarrollo',
  education: 'Educación',
  relationships_family_time: 'Relaciones y tiempo en familia',
  identity_culture: 'Identidad y cultura',
  normalcy_activities: 'Actividades normales',
  placement_stability: 'Hogar estable',
  transition_readiness: 'Preparación para la vida adulta',
};
