import type { CalendarRulePack, StepTemplate } from './calendar-rules.ts';
import { FEDERAL_HOLIDAY_RULES, type HolidayCalendar } from './holidays.ts';
import { NM_MINUTES } from './rule-packs-nm.ts';

// ---------------------------------------------------------------------------------------------------
// Lakeshore: a FICTITIOUS state, shipped to prove that a state is configuration. None of its "law" exists.
// It counts in court days, has a 90-day review instead of NM's initial review, a 9-month permanency hearing,
// 4-monthly reviews, its own holidays and hours, and an amendment that shortens adjudication in 2027.
// ---------------------------------------------------------------------------------------------------

const LAKESHORE_CODE = 'Lakeshore Juvenile Code (fictitious)';

export const LAKESHORE_HOLIDAYS: HolidayCalendar = {
  id: 'xx-lakeshore-holidays',
  rules: [
    ...FEDERAL_HOLIDAY_RULES.filter((r) => r.name !== 'Columbus Day'),
    { name: 'Lakeshore Founders’ Day', kind: 'nth_weekday', month: 6, weekday: 5, nth: 2 },
    { name: 'Day after Thanksgiving', kind: 'after', of: 'Thanksgiving Day', days: 1 },
  ],
  extraClosedDays: [],
  citation: `${LAKESHORE_CODE} §1-104`,
};

const lakeshoreAdjudication = (days: number, section: string): StepTemplate => ({
  role: 'adjudication',
  hearingType: 'adjudication',
  aim: { daysBeforeDeadline: 10 },
  rules: [
    {
      id: `xx.adjudication-${days}`,
      anchor: { event: 'petition_filed' },
      within: { amount: days, unit: 'days' },
      citation: `${LAKESHORE_CODE} ${section}`,
      says: `an adjudicatory hearing within ${days} days of the petition being filed`,
    },
  ],
});

const LAKESHORE_BASE: Omit<CalendarRulePack, 'id' | 'effectiveFrom' | 'effectiveTo' | 'steps'> = {
  jurisdiction: 'US-XX',
  name: 'Lakeshore Juvenile Code (fictitious)',
  fictitious: true,
  cycle: [
    {
      role: 'periodic_review',
      hearingType: 'periodic_review',
      aim: { daysBeforeDeadline: 10 },
      rules: [
        {
          id: 'xx.review-4-months',
          anchor: { previous: ['first_permanency', 'permanency', 'periodic_review'] },
          within: { amount: 4, unit: 'months' },
          citation: `${LAKESHORE_CODE} §3-405`,
          says: 'a review every four months after the permanency hearing',
        },
      ],
    },
    {
      role: 'periodic_review',
      hearingType: 'periodic_review',
      aim: { daysBeforeDeadline: 10 },
      rules: [
        {
          id: 'xx.review-4-months',
          anchor: { previous: ['first_permanency', 'permanency', 'periodic_review'] },
          within: { amount: 4, unit: 'months' },
          citation: `${LAKESHORE_CODE} §3-405`,
          says: 'a review every four months after the permanency hearing',
        },
      ],
    },
    {
      role: 'permanency',
      hearingType: 'permanency',
      aim: { daysBeforeDeadline: 14 },
      rules: [
        {
          id: 'xx.permanency-every-12-months',
          anchor: { previous: ['first_permanency', 'permanency'] },
          within: { amount: 12, unit: 'months' },
          citation: `${LAKESHORE_CODE} §3-406`,
          says: 'a permanency hearing every 12 months',
        },
      ],
    },
  ],
  stepsAfterFirstPermanency: { value: 3, citation: `${LAKESHORE_CODE} §3-401` },
  hearingMinutes: {
    ...NM_MINUTES,
    custody: { value: 45, citation: `${LAKESHORE_CODE} §1-201` },
    adjudication: { value: 90, citation: `${LAKESHORE_CODE} §1-201` },
    permanency: { value: 45, citation: `${LAKESHORE_CODE} §1-201` },
  },
  hours: {
    value: { open: '08:00', close: '16:30', lunch: { start: '11:45', end: '12:45' }, stepMinutes: 15 },
    citation: `${LAKESHORE_CODE} §1-103`,
  },
  holidays: LAKESHORE_HOLIDAYS,
  dockets: {
    family_treatment_court: {
      id: 'family_treatment_court',
      name: 'Family recovery court',
      weekdays: [2, 4],
      open: '08:00',
      close: '11:45',
      citation: `${LAKESHORE_CODE} §5-101`,
    },
  },
  noticeDays: { value: 1, citation: `${LAKESHORE_CODE} §1-105` },
};

const lakeshoreFront = (adjudication: StepTemplate): StepTemplate[] => [
  {
    role: 'custody',
    hearingType: 'custody',
    aim: { earliest: true },
    rules: [
      {
        id: 'xx.shelter-hearing',
        anchor: { event: 'petition_filed' },
        within: { amount: 3, unit: 'court_days' },
        notBefore: { amount: 1, unit: 'court_days' },
        citation: `${LAKESHORE_CODE} §3-201`,
        says: 'a shelter hearing within 3 court days of the petition, not on the day it is filed',
      },
    ],
  },
  adjudication,
  {
    role: 'disposition',
    hearingType: 'disposition',
    aim: { daysBeforeDeadline: 5 },
    rules: [
      {
        id: 'xx.disposition-20-court-days',
        anchor: { previous: ['adjudication'] },
        within: { amount: 20, unit: 'court_days' },
        citation: `${LAKESHORE_CODE} §3-301`,
        says: 'a dispositional hearing within 20 court days of the adjudication',
      },
    ],
  },
  {
    role: 'initial_review',
    hearingType: 'periodic_review',
    aim: { daysBeforeDeadline: 10 },
    rules: [
      {
        id: 'xx.review-90-days-after-disposition',
        anchor: { previous: ['disposition'] },
        within: { amount: 90, unit: 'days' },
        citation: `${LAKESHORE_CODE} §3-305`,
        says: 'a review hearing within 90 days of the disposition',
      },
    ],
  },
  {
    role: 'first_permanency',
    hearingType: 'permanency',
    aim: { daysBeforeDeadline: 14 },
    rules: [
      {
        id: 'xx.permanency-9-months-in-care',
        anchor: { event: 'entered_care' },
        within: { amount: 9, unit: 'months' },
        citation: `${LAKESHORE_CODE} §3-401`,
        says: 'a permanency hearing within nine months of the child entering foster care',
      },
      {
        id: 'xx.permanency-6-months-after-disposition',
        anchor: { previous: ['disposition'] },
        within: { amount: 6, unit: 'months' },
        citation: `${LAKESHORE_CODE} §3-401`,
        says: 'a permanency hearing within six months of the disposition',
      },
    ],
  },
];

export const LAKESHORE_CALENDAR_2025: CalendarRulePack = {
  ...LAKESHORE_BASE,
  id: 'xx-lakeshore-calendar-2025',
  effectiveFrom: '2025-01-01',
  effectiveTo: '2026-12-31',
  steps: lakeshoreFront(lakeshoreAdjudication(45, '§3-301')),
};

/** The fictitious 2027 amendment: adjudication within 40 days instead of 45. */
export const LAKESHORE_CALENDAR_2027: CalendarRulePack = {
  ...LAKESHORE_BASE,
  id: 'xx-lakeshore-calendar-2027',
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  steps: lakeshoreFront(lakeshoreAdjudication(40, '§3-301 (as amended 2027)')),
};
