import type { CitedNumber } from './rule-pack.ts';

/**
 * Targets for the court performance measures (domain-rules §10.1, the Toolkit's timeliness measures:
 * "median days from original petition (or removal), plus % within statutory limits"). Each time is
 * counted from the child's start (the earlier of the petition and the removal), so a statutory limit that
 * runs from a later event (service, entering care) becomes a slightly stricter target here: that is said
 * beside each one. Targets no statute sets are practice targets, marked unconfirmed and configurable.
 */
export type CitedPeriod = {
  amount: number;
  unit: 'days' | 'months';
  citation: string;
  unconfirmed?: boolean;
};

export type CourtMeasureTargets = {
  adjudication: CitedPeriod;
  disposition: CitedPeriod;
  firstPermanencyHearing: CitedPeriod;
  tprOrder: CitedPeriod;
  permanency: CitedPeriod;
  /** Children this old or older on the hearing date are counted in "youth attending". */
  youthAttendanceAge: CitedNumber;
};

export const FEDERAL_COURT_MEASURE_TARGETS: CourtMeasureTargets = {
  // No federal time limit for adjudication or disposition: the Enhanced Resource Guidelines' practice.
  adjudication: {
    amount: 60,
    unit: 'days',
    citation: 'NCJFCJ Enhanced Resource Guidelines (2016), adjudication within 60 days of removal (practice)',
    unconfirmed: true,
  },
  disposition: {
    amount: 90,
    unit: 'days',
    citation:
      'NCJFCJ Enhanced Resource Guidelines (2016), disposition within 30 days of adjudication (practice)',
    unconfirmed: true,
  },
  // SSA §475(5)(C) runs from the date entered foster care (up to 60 days after removal): measured from
  // removal or petition the target is stricter by up to those 60 days.
  firstPermanencyHearing: {
    amount: 12,
    unit: 'months',
    citation: 'SSA §475(5)(C); 45 CFR 1356.21(b)(2) (counted from removal or petition)',
  },
  // ASFA sets when the TPR petition is due (15 of 22 months, §475(5)(E)), not when the order is.
  tprOrder: {
    amount: 18,
    unit: 'months',
    citation:
      'Practice target: TPR petition by month 15 of care (SSA §475(5)(E)) and about 3 months to order',
    unconfirmed: true,
  },
  // The CFSR's "permanency in 12 months" window (domain-rules §1.3).
  permanency: {
    amount: 12,
    unit: 'months',
    citation:
      'CFSR statewide data indicator: permanency in 12 months for children entering care (79 FR 22604)',
    unconfirmed: true,
  },
  youthAttendanceAge: {
    value: 14,
    citation: 'SSA §475A(b): a child of 14 or older takes part in case planning (used for attendance)',
    unconfirmed: true,
  },
};

export const NEW_MEXICO_COURT_MEASURE_TARGETS: CourtMeasureTargets = {
  ...FEDERAL_COURT_MEASURE_TARGETS,
  // §32A-4-19 runs from service on the respondent; from the petition the target is stricter.
  adjudication: {
    amount: 60,
    unit: 'days',
    citation:
      'NMSA 1978 §32A-4-19; Rule 10-343 NMRA (60 days from service; counted here from petition or removal)',
    unconfirmed: true,
  },
  // Adjudication within 60 days, then disposition within 30 days of it (§32A-4-22).
  disposition: {
    amount: 90,
    unit: 'days',
    citation: 'NMSA 1978 §§32A-4-19, 32A-4-22 (60 + 30 days)',
    unconfirmed: true,
  },
  firstPermanencyHearing: {
    amount: 12,
    unit: 'months',
    citation:
      'NMSA 1978 §32A-4-25.1(A) (twelve months of entering care at the latest; counted from removal or petition)',
  },
  youthAttendanceAge: {
    value: 14,
    citation: 'NMSA 1978 §32A-4-10; Rule 10-312 NMRA (a youth of 14 or older has an attorney and takes part)',
    unconfirmed: true,
  },
};
