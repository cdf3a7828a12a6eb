/**
 * How a placement setting is drawn: a colour, and for the settings that are not a placement away from home
 * in the usual sense (a trial home visit, a runaway) a pattern too, so they differ by more than colour.
 */
export type SettingStyle = { fill: string; pattern: 'stripes' | 'dots' | null };

const FAMILY = '#2378c3';
const CONGREGATE = '#c05600';
const OTHER = '#71767a';

const STYLES: Record<string, SettingStyle> = {
  foster_family_relative: { fill: '#1a4480', pattern: null },
  foster_family_nonrelative: { fill: FAMILY, pattern: null },
  pre_adoptive: { fill: '#5c1111', pattern: null },
  group_home: { fill: CONGREGATE, pattern: null },
  institution: { fill: '#8b4d00', pattern: null },
  qrtp: { fill: '#936f38', pattern: null },
  supervised_independent_living: { fill: '#4d8055', pattern: null },
  trial_home_visit: { fill: '#00a91c', pattern: 'stripes' },
  runaway: { fill: '#d83933', pattern: 'dots' },
  respite: { fill: '#6c52a5', pattern: null },
  juvenile_justice: { fill: '#3d4551', pattern: null },
  medical: { fill: '#009ec1', pattern: null },
  other: { fill: OTHER, pattern: null },
};

export const styleOf = (setting: string): SettingStyle => STYLES[setting] ?? { fill: OTHER, pattern: null };

/** The fill attribute for a segment: the pattern (which carries its colour) or the plain colour. */
export const fillOf = (setting: string): string => {
  const s = styleOf(setting);
  return s.pattern ? `url(#hearth-tl-${setting})` : s.fill;
};
