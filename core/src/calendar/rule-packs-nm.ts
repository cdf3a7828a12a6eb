import type { HearingType } from '../cases/codes.ts';
import type { CalendarRulePack, CitedValue, StepTemplate } from './calendar-rules.ts';
import { FEDERAL_HOLIDAY_RULES, type HolidayCalendar } from './holidays.ts';

/** New Mexico's calendaring rules (domain-rules §5.1), and the federal-floor-only pack. */

// Hearing lengths: the 2016 Enhanced Resource Guidelines give no minutes table; these are the rough
// figures of domain-rules §10.2, unverified and configurable.
const ERG_MINUTES = 'NCJFCJ Enhanced Resource Guidelines (2016), rough docket times (domain-rules §10.2)';
const minutes = (value: number): CitedValue<number> => ({ value, citation: ERG_MINUTES, unconfirmed: true });

export const NM_MINUTES: Record<HearingType, CitedValue<number>> = {
  custody: minutes(60),
  adjudication: minutes(30),
  disposition: minutes(30),
  initial_judicial_review: minutes(30),
  permanency: minutes(60),
  permanency_review: minutes(30),
  periodic_review: minutes(30),
  tpr: minutes(180),
  discharge: minutes(30),
  other: minutes(30),
};

/**
 * The federal holiday rules stand in for the New Mexico judiciary's closure calendar, which could not be
 * confirmed for 2026–2027 (NMSA 1978 §12-5-2 lists nearly the same legal holidays).
 */
export const NEW_MEXICO_HOLIDAYS: HolidayCalendar = {
  id: 'us-nm-holidays-federal-rules',
  rules: FEDERAL_HOLIDAY_RULES,
  extraClosedDays: [],
  citation:
    'Federal holiday rule set, 5 U.S.C. §6103 (stands in for the NM judiciary calendar, not confirmed; compare NMSA 1978 §12-5-2)',
  unconfirmed: true,
};

const NM_CUSTODY: StepTemplate = {
  role: 'custody',
  hearingType: 'custody',
  aim: { earliest: true },
  rules: [
    {
      id: 'nm.custody-hearing',
      anchor: { event: 'petition_filed' },
      within: { amount: 10, unit: 'days' },
      notBefore: { amount: 2, unit: 'days' },
      citation: 'NMSA 1978 §32A-4-18(A); Rule 10-315 NMRA',
      says: 'a custody hearing within 10 days of the petition being filed, and not sooner than 2 days after it',
    },
  ],
};

const NM_ADJUDICATION: StepTemplate = {
  role: 'adjudication',
  hearingType: 'adjudication',
  aim: { daysBeforeDeadline: 14 },
  rules: [
    {
      id: 'nm.adjudication',
      anchor: { event: 'service' },
      within: { amount: 60, unit: 'days' },
      citation: 'NMSA 1978 §32A-4-19; Rule 10-343 NMRA (current text to be confirmed)',
      says: 'an adjudicatory hearing commenced within 60 days of service on the respondent',
      unconfirmed: true,
    },
  ],
};

const NM_DISPOSITION: StepTemplate = {
  role: 'disposition',
  hearingType: 'disposition',
  aim: { daysBeforeDeadline: 7 },
  rules: [
    {
      id: 'nm.disposition',
      anchor: { previous: ['adjudication'] },
      within: { amount: 30, unit: 'days' },
      citation: 'NMSA 1978 §32A-4-22',
      says: 'a dispositional hearing within 30 days after the adjudication',
    },
  ],
};

const NM_INITIAL_REVIEW: StepTemplate = {
  role: 'initial_review',
  hearingType: 'initial_judicial_review',
  aim: { daysBeforeDeadline: 14 },
  rules: [
    {
      id: 'nm.initial-judicial-review',
      anchor: { previous: ['disposition'] },
      within: { amount: 60, unit: 'days' },
      citation: 'NMSA 1978 §32A-4-25(A)',
      says: 'an initial judicial review within 60 days of the disposition',
    },
  ],
};

const NM_FIRST_PERMANENCY: StepTemplate = {
  role: 'first_permanency',
  hearingType: 'permanency',
  aim: { daysBeforeDeadline: 21 },
  rules: [
    {
      id: 'nm.permanency-after-initial-review',
      anchor: { previous: ['initial_review'] },
      within: { amount: 6, unit: 'months' },
      citation: 'NMSA 1978 §32A-4-25.1(A)',
      says: 'a permanency hearing within six months of the initial judicial review',
    },
    {
      id: 'nm.permanency-12-months-in-care',
      anchor: { event: 'entered_care' },
      within: { amount: 12, unit: 'months' },
      citation: 'NMSA 1978 §32A-4-25.1(A)',
      says: 'a permanency hearing within twelve months of the child entering foster care, whichever is first',
    },
  ],
};

const NM_REVIEW: StepTemplate = {
  role: 'periodic_review',
  hearingType: 'periodic_review',
  aim: { daysBeforeDeadline: 14 },
  rules: [
    {
      id: 'nm.periodic-review',
      anchor: { previous: ['first_permanency', 'permanency', 'periodic_review'] },
      within: { amount: 6, unit: 'months' },
      citation: 'NMSA 1978 §32A-4-25(B),(C)',
      says: 'a periodic review within six months of the permanency hearing, and every six months after',
    },
  ],
};

const NM_PERMANENCY: StepTemplate = {
  role: 'permanency',
  hearingType: 'permanency',
  aim: { daysBeforeDeadline: 21 },
  rules: [
    {
      id: 'nm.permanency-every-12-months',
      anchor: { previous: ['first_permanency', 'permanency'] },
      within: { amount: 12, unit: 'months' },
      citation:
        'NMSA 1978 §32A-4-25.1; Child Welfare Information Gateway, "Court Hearings for the Permanent Placement of Children – New Mexico"',
      says: 'a permanency hearing every 12 months while the child is in the department’s custody',
    },
  ],
};

export const NM_HOURS: CalendarRulePack['hours'] = {
  value: { open: '08:30', close: '17:00', lunch: { start: '12:00', end: '13:00' }, stepMinutes: 15 },
  citation: 'Children’s court practice, Second Judicial District (configurable per district)',
  unconfirmed: true,
};

/** New Mexico, Children's Code Article 4 (domain-rules §5.1). */
export const NEW_MEXICO_CALENDAR: CalendarRulePack = {
  id: 'us-nm-calendar-2022',
  jurisdiction: 'US-NM',
  name: 'New Mexico Children’s Code, Article 4 (abuse and neglect)',
  effectiveFrom: '2022-07-01',
  effectiveTo: null,
  steps: [NM_CUSTODY, NM_ADJUDICATION, NM_DISPOSITION, NM_INITIAL_REVIEW, NM_FIRST_PERMANENCY],
  cycle: [NM_REVIEW, NM_PERMANENCY],
  stepsAfterFirstPermanency: {
    value: 2,
    citation:
      'Advance calendaring through the first permanency hearing and the reviews after it (CIP practice)',
    unconfirmed: true,
  },
  hearingMinutes: NM_MINUTES,
  hours: NM_HOURS,
  holidays: NEW_MEXICO_HOLIDAYS,
  dockets: {
    family_treatment_court: {
      id: 'family_treatment_court',
      name: 'Family treatment court',
      weekdays: [3],
      open: '13:00',
      close: '17:00',
      citation: 'Set by each district court’s order (Wednesday afternoons here; configurable)',
      unconfirmed: true,
    },
  },
  noticeDays: {
    value: 1,
    citation: 'Court practice: never set for the same day (configurable)',
    unconfirmed: true,
  },
};

/**
 * A jurisdiction with no state pack of its own gets the federal floor's hearings only (reviews and
 * permanency hearings from the date the child entered care), on federal holidays and common hours.
 */
export const FEDERAL_ONLY_CALENDAR: CalendarRulePack = {
  id: 'us-federal-calendar-1997',
  jurisdiction: 'US',
  name: 'Federal floor only (ASFA)',
  effectiveFrom: '1997-11-19',
  effectiveTo: null,
  steps: [
    { role: 'periodic_review', hearingType: 'periodic_review', aim: { daysBeforeDeadline: 14 }, rules: [] },
    { role: 'first_permanency', hearingType: 'permanency', aim: { daysBeforeDeadline: 21 }, rules: [] },
  ],
  cycle: [
    { role: 'periodic_review', hearingType: 'periodic_review', aim: { daysBeforeDeadline: 14 }, rules: [] },
    { role: 'permanency', hearingType: 'permanency', aim: { daysBeforeDeadline: 21 }, rules: [] },
  ],
  stepsAfterFirstPermanency: { value: 2, citation: 'SSA §475(5)(B),(C)' },
  hearingMinutes: NM_MINUTES,
  hours: NM_HOURS,
  holidays: {
    id: 'us-federal-holidays',
    rules: FEDERAL_HOLIDAY_RULES,
    extraClosedDays: [],
    citation: '5 U.S.C. §6103',
  },
  dockets: {},
  noticeDays: { value: 1, citation: 'Court practice (configurable)', unconfirmed: true },
};
