/** English words of the outcome-indicator pages (web/src/features/cqi); cqi.es.ts has exactly these keys. */
export const cqiEn = {
  title: 'Outcome indicators',
  link: 'Outcome indicators',
  intro:
    'How children in your district fare: the federal outcome indicators and monthly caseworker visits, computed from the district’s own records. Each number opens the list of children behind it.',
  asOf: (date: string) => `Records through ${date}.`,
  leftOut: (n: number) =>
    `${n} ${n === 1 ? 'child has' : 'children have'} no birth date recorded and ${n === 1 ? 'is' : 'are'} left out.`,

  // The period picker
  periodLegend: 'Period',
  fiscalYear: 'Federal fiscal year',
  ffy: (year: number) => `FFY ${year}`,
  ffyOption: (year: number, from: string, to: string) => `FFY ${year} (${from} to ${to})`,
  defaultMark: 'opens here',
  custom: 'Or 12 months starting on',
  customHint: 'Any date except 29 February. The period runs 12 months from it.',
  show: 'Show',
  months12: (from: string, to: string) => `the 12 months from ${from} to ${to}`,
  defaultNote:
    'The page opens on the latest federal fiscal year whose 12-month follow-up is complete. Re-entry follows children for two years, so it is still incomplete there.',

  // The cards
  names: {
    permanency_12m_entries: 'Permanency for children entering care',
    permanency_12m_12_23: 'Permanency for children in care 12 to 23 months',
    permanency_12m_24_plus: 'Permanency for children in care 2 years or more',
    reentry_12m: 'Re-entry to foster care',
    placement_stability: 'Placement stability',
    maltreatment_in_care: 'Maltreatment in foster care',
    recurrence_12m: 'Recurrence of maltreatment',
    caseworker_visits: 'Monthly caseworker visits',
  },
  sentences: {
    permanency_12m_entries: (p: string) =>
      `Of {d} children who entered care in ${p}, {n} went home or to another permanent family within 12 months.`,
    permanency_12m_12_23: (p: string) =>
      `Of {d} children who had been in care 12 to 23 months when ${p} began, {n} went home or to another permanent family within the year.`,
    permanency_12m_24_plus: (p: string) =>
      `Of {d} children who had been in care 2 years or more when ${p} began, {n} went home or to another permanent family within the year.`,
    reentry_12m: (p: string) =>
      `Of {d} children who entered care in ${p} and went home within 12 months, {n} came back into care within 12 months of going home.`,
    placement_stability: (p: string) =>
      `Children who entered care in ${p} moved {n} times in {d} days in care.`,
    maltreatment_in_care: (p: string) =>
      `{n} substantiated or indicated reports of maltreatment of children in care in ${p}, in {d} days of care.`,
    recurrence_12m: (p: string) =>
      `Of {d} children with a substantiated or indicated report of maltreatment in ${p}, {n} had another within 12 months.`,
    caseworker_visits: (p: string) =>
      `In ${p}, caseworkers saw children face to face in {n} of {d} full months in care.`,
  },
  residence: (months: string, share: string) =>
    `${months} of those months had a visit in the child’s home (${share}; the federal target is more than half).`,
  units: {
    per1000: 'moves per 1,000 days in care',
    per100000: 'reports per 100,000 days in care',
  },
  higherBetter: 'Higher is better',
  lowerBetter: 'Lower is better',
  reference: (value: string, which: string) => `National reference: ${value} (${which})`,
  measures: {
    round3_standard: 'CFSR Round 3 national standard',
    round4_performance: 'CFSR Round 4 national performance',
    federal_target: 'federal target',
    federal_target_residence: 'federal target for visits at home',
  },
  unverified: 'not yet verified',
  noReference: 'No national reference value.',
  betterSide: 'On the better side of the national reference',
  worseSide: 'On the worse side of the national reference',
  incomplete: 'Follow-up not complete: some children are still being followed, so this can still change.',
  noValue: 'No child is in this group for this period.',
  excluded: (n: number) => `${n} ${n === 1 ? 'child' : 'children'} left out, each with a reason`,

  // The trend chart
  trendTitle: (name: string) => `${name}: the last years`,
  trendDesc: (points: string, line: string) => `${points}. ${line}`,
  trendLine: (value: string) => `The national reference line is at ${value}.`,
  trendNoLine: 'No national reference line.',
  trendTable: 'The figures by year',
  trendPeriod: 'Period',
  trendValue: 'Value',
  trendCounts: 'Counts',
  trendIncomplete: 'follow-up not complete',

  // Downloads
  downloads: 'Downloads',
  downloadsNote: 'Counts from 1 to 9 are left empty in the files.',
  csv: (what: string) => `${what} (CSV)`,
  xlsx: (what: string) => `${what} (Excel)`,
  tables: {
    indicators: 'Indicators for this period',
    trend: 'Indicators for the last 5 periods',
    equity: 'This table by group',
    children: 'This list of children',
  },

  // Equity
  equityLink: 'Equity: the indicators by group',
  equityTitle: 'Outcome indicators by group',
  equityIntro:
    'Each indicator for each group of children, compared with the whole district. A group fares worse when its value is on the worse side of the district’s.',
  by: 'Group children by',
  dimensions: {
    race_ethnicity: 'Race and ethnicity',
    age_group: 'Age group',
    sex: 'Sex',
    county: 'County',
  },
  ageNote:
    'Age is counted on each indicator’s own date: at entry into care for entries, re-entry and moves; on the first day of the period for children already in care; at the first report for recurrence.',
  suppressed: 'Not shown',
  suppressedNote:
    'Counts from 1 to 9 are not shown, nor the values worked from them, so that no child can be recognized.',
  columns: {
    group: 'Group',
    numerator: 'Numerator',
    denominator: 'Denominator',
    value: 'Value',
    disparity: 'Compared with the district',
    bar: 'Value as a bar',
  },
  wholeDistrict: 'Whole district',
  worse: 'worse',
  notWorse: 'not worse',
  ratioHelp: (better: string) =>
    `“Compared with the district” is the group’s value divided by the district’s (1.00× is the same). ${better}.`,
  groups: {
    american_indian_alaska_native: 'American Indian or Alaska Native',
    asian: 'Asian',
    black: 'Black or African American',
    hispanic: 'Hispanic or Latino',
    native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
    white: 'White',
    two_or_more: 'Two or more races',
    female: 'Female',
    male: 'Male',
    under_1: 'Under 1 year',
    '1_5': '1 to 5 years',
    '6_12': '6 to 12 years',
    '13_17': '13 to 17 years',
    '18_plus': '18 years or older',
    not_recorded: 'Not recorded',
  },

  // The children behind a number
  childrenTitle: (name: string) => `${name}: the children behind the number`,
  parts: {
    numerator: 'Numerator',
    denominator: 'Population (denominator)',
    excluded: 'Left out',
  },
  partIntro: {
    numerator: 'The children counted in the numerator, with what each adds.',
    denominator: 'The children in the population, with what each adds.',
    excluded: 'The children left out of the population, each with the reason.',
  },
  inGroup: (group: string) => `Only: ${group}.`,
  total: (children: string, figure: string) => `${children} children, adding up to ${figure}.`,
  totalChildren: (children: string) => `${children} children.`,
  totalSuppressed: 'The total for this group is not shown (a count from 1 to 9).',
  withheld: (n: number) =>
    `${n} more ${n === 1 ? 'child is' : 'children are'} behind this number whom you may not open: counted, not listed.`,
  withheldSome: 'Some children behind this number are not listed: you may not open their records.',
  noChildren: 'No child is in this part of the indicator.',
  listColumns: {
    name: 'Child',
    afcarsId: 'AFCARS record number',
    age: 'Age',
    figure: 'Adds',
    residence: 'Months visited at home',
    excluded: 'Left out because',
  },
  figureLabels: {
    placement_stability: { numerator: 'Moves', denominator: 'Days in care' },
    maltreatment_in_care: { numerator: 'Reports', denominator: 'Days in care' },
    caseworker_visits: { numerator: 'Months visited', denominator: 'Full months in care' },
  },
  ageLabel: (age: number) => `${age} ${age === 1 ? 'year' : 'years'}`,
  exclusionReasons: {
    'age 18 or more at removal': 'Age 18 or more when removed',
    'in care less than 8 days': 'In care less than 8 days',
    'age 18 or more on the first day of the period': 'Age 18 or more on the first day of the period',
  },
  back: 'Back to the indicators',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (from: number, to: number) => `Children ${from} to ${to}`,
};
