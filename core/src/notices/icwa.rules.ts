import type { NoticeRules } from '../rules/rule-pack.ts';
import { addDays, type IsoDate } from '../time/dates.ts';

/**
 * ICWA for notices: whether the case is one the Act governs (or is treated as one), and the waiting
 * period before a foster-care placement or TPR proceeding may be held (25 U.S.C. §1912(a); 25 CFR
 * 23.111–23.112; NMSA 1978 §32A-28-5). Pure: findings, dates and the rule pack in, answers out.
 */

/** ICWA finding types recorded on orders (core/src/cases/codes.ts). */
export type IcwaFinding = {
  type: 'icwa_reason_to_know' | 'icwa_applies';
  isMade: boolean;
  /** `YYYY-MM-DD` */
  date: IsoDate;
};

/**
 * - `applies`: the court found the child is an Indian child;
 * - `reasonToKnow`: reason to know, not yet determined: treated as an Indian child (25 CFR 23.107(b));
 * - `notIndianChild`: the court found the child is not an Indian child;
 * - `unknown`: no ICWA finding made.
 */
export const ICWA_STATUSES = ['applies', 'reasonToKnow', 'notIndianChild', 'unknown'] as const;
export type IcwaStatus = (typeof ICWA_STATUSES)[number];

/**
 * The ICWA status of one child from the findings on its orders, oldest first: the latest determination
 * (`icwa_applies` made or not) stands until new information gives reason to know again, and reason to
 * know without a determination means treating the child as an Indian child (25 CFR 23.107(b); NM Rule
 * 10-315(D),(E)).
 * @param findings - the child's ICWA findings, in any order
 */
export function icwaStatusOf(findings: readonly IcwaFinding[]): IcwaStatus {
  const rank = (f: IcwaFinding) => (f.type === 'icwa_reason_to_know' ? 0 : 1); // a determination after
  const sorted = [...findings].sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b));
  let status: IcwaStatus = 'unknown';
  for (const f of sorted) {
    if (f.type === 'icwa_applies') status = f.isMade ? 'applies' : 'notIndianChild';
    else if (f.isMade && status !== 'applies') status = 'reasonToKnow';
    else if (!f.isMade && status === 'reasonToKnow') status = 'unknown';
  }
  return status;
}

/** A case is under ICWA when any of its children is, or is treated as, an Indian child. */
export function caseIcwaStatus(children: readonly IcwaStatus[]): IcwaStatus {
  for (const s of ['applies', 'reasonToKnow', 'notIndianChild'] as const) if (children.includes(s)) return s;
  return 'unknown';
}

export const isIcwaCase = (status: IcwaStatus): boolean => status === 'applies' || status === 'reasonToKnow';

/** Whether the hearing is a foster-care placement or TPR proceeding the waiting period gates. */
export function isIcwaGatedHearing(hearingType: string, status: IcwaStatus, rules: NoticeRules): boolean {
  return isIcwaCase(status) && rules.icwaHearingTypes.value.includes(hearingType);
}

/**
 * The earliest date the proceeding may be held after one recipient received notice: at least N days
 * after receipt, plus the days granted on their request (up to the maximum) (25 U.S.C. §1912(a); 25 CFR
 * 23.112(a)).
 * @param receivedOn - the date the parent, custodian or tribe received the notice
 * @param additionalDays - days to prepare requested and granted, 0 when none
 */
export function icwaEarliestHearingDate(
  receivedOn: IsoDate,
  additionalDays: number,
  rules: NoticeRules,
): IsoDate {
  if (!Number.isInteger(additionalDays) || additionalDays < 0)
    throw new RangeError('additional days must be a whole number, 0 or more');
  if (additionalDays > rules.icwaAdditionalDaysMax.value)
    throw new RangeError(`at most ${rules.icwaAdditionalDaysMax.value} additional days may be granted`);
  return addDays(receivedOn, rules.icwaWaitingDays.value + additionalDays);
}

/** What is known of one ICWA recipient's notice: the parent, Indian custodian or tribe. */
export type IcwaNoticeState = {
  personId: string;
  name: string;
  role: string;
  /** When the notice was mailed; null when it has not been sent yet (it is about to be). */
  sentOn: IsoDate | null;
  /** The date on the return receipt; null until it is back. */
  receivedOn: IsoDate | null;
  additionalDaysRequested: number;
};

export type IcwaWaitingPeriod = {
  personId: string;
  name: string;
  role: string;
  /** The receipt date used: the return receipt's, or mailing + the mail days when `estimated`. */
  receivedOn: IsoDate;
  estimated: boolean;
  additionalDays: number;
  /** The earliest date the proceeding may be held as far as this recipient goes. */
  earliestHearingDate: IsoDate;
};

/**
 * One recipient's waiting period. Without a return receipt, receipt is estimated as the mailing date (or
 * today, for a notice about to go out) plus the mail days of the rule pack; the estimate is flagged.
 */
export function icwaWaitingPeriod(n: IcwaNoticeState, today: IsoDate, rules: NoticeRules): IcwaWaitingPeriod {
  const estimated = n.receivedOn === null;
  const receivedOn = n.receivedOn ?? addDays(n.sentOn ?? today, rules.icwaMailDays.value);
  const additionalDays = Math.min(n.additionalDaysRequested, rules.icwaAdditionalDaysMax.value);
  return {
    personId: n.personId,
    name: n.name,
    role: n.role,
    receivedOn,
    estimated,
    additionalDays,
    earliestHearingDate: icwaEarliestHearingDate(receivedOn, additionalDays, rules),
  };
}

export type IcwaWaitingCheck = {
  /** The hearing is a foster-care placement or TPR proceeding of an ICWA case. */
  gated: boolean;
  /** The latest of the recipients' earliest dates; null when not gated or nobody is to be noticed. */
  earliestHearingDate: IsoDate | null;
  /** The hearing is set before the waiting period ends. */
  tooEarly: boolean;
  periods: IcwaWaitingPeriod[];
  /** The recipients whose waiting period has not ended by the hearing date. */
  blocking: IcwaWaitingPeriod[];
  citation: string;
  /** Some receipt dates are estimates (no return receipt yet). */
  estimated: boolean;
};

/**
 * Whether a hearing may be held on `hearingDate` given what is known of the ICWA notices: "No foster care
 * placement or termination of parental rights proceeding shall be held until at least ten days after
 * receipt of notice by the parent or Indian custodian and the tribe" (25 U.S.C. §1912(a)), plus up to
 * twenty more days each may ask for (25 CFR 23.112(a)). Every recipient's period must have ended.
 * @param hearingDate - the hearing's court-local date
 */
export function checkIcwaWaitingPeriod(
  input: { hearingType: string; hearingDate: IsoDate; status: IcwaStatus; notices: IcwaNoticeState[] },
  today: IsoDate,
  rules: NoticeRules,
): IcwaWaitingCheck {
  const citation = rules.icwaWaitingDays.citation;
  if (!isIcwaGatedHearing(input.hearingType, input.status, rules))
    return {
      gated: false,
      earliestHearingDate: null,
      tooEarly: false,
      periods: [],
      blocking: [],
      citation,
      estimated: false,
    };
  const periods = input.notices.map((n) => icwaWaitingPeriod(n, today, rules));
  const earliest = periods.reduce<IsoDate | null>(
    (max, p) => (max === null || p.earliestHearingDate > max ? p.earliestHearingDate : max),
    null,
  );
  const blocking = periods.filter((p) => input.hearingDate < p.earliestHearingDate);
  return {
    gated: true,
    earliestHearingDate: earliest,
    tooEarly: blocking.length > 0,
    periods,
    blocking,
    citation,
    estimated: periods.some((p) => p.estimated),
  };
}
