/**
 * The contacts section of the judge's bench view: per child, what the court asks about caseworker visits
 * (domain-rules.md §3.1; the month rule is the `caseworker_visits` convention of cqi-interchange.md).
 * Shared by the server (contacts.bench.ts computes it) and the web (BenchContacts renders it).
 */
import { isoFromDay } from '../cqi/days.ts';
import type { DayNumber } from '../cqi/model.ts';
import type { IsoDate } from '../time/dates.ts';
import {
  addYearMonths,
  childMonthStatuses,
  contactDay,
  contactMonths,
  yearMonthOf,
  type ContactChild,
} from './compliance.ts';

export type ChildContactSummary = {
  childId: string;
  givenName: string;
  familyName: string;
  /** The date of the latest face-to-face contact on or before today, or null when there is none. */
  lastFaceToFace: IsoDate | null;
  /** Whether this calendar month has a face-to-face contact (null when the month is not due: not in care on its first day, or 18 by then). */
  seenThisMonth: boolean | null;
  /** Of the last 6 whole calendar months before this one, how many were due and how many of those had a face-to-face contact. */
  lastSixMonths: { due: number; seen: number };
};

/** The props of the bench view's contacts section. */
export type BenchContactsProps = { contacts: ChildContactSummary[] };

/**
 * One child's bench summary on `today`: the latest face-to-face contact on or before today, whether this
 * month (read as it stands) has one when it is due, and of the six whole months before it, those due and
 * those seen. The months are counted by the compliance rule (contactMonths, the `caseworker_visits`
 * convention), so the bench and the agency's compliance page agree.
 * @param child - the child's birth, episodes and visits
 * @param today - the court's date today
 */
export function childContactSummary(
  child: ContactChild,
  today: IsoDate,
  name: { givenName: string; familyName: string } = { givenName: '', familyName: '' },
): ChildContactSummary {
  const todayDay = contactDay(today);
  let last: DayNumber | null = null;
  for (const v of child.visits)
    if (v.faceToFace && v.date <= todayDay && (last === null || v.date > last)) last = v.date;
  const thisMonth = yearMonthOf(todayDay);
  const months = contactMonths(addYearMonths(thisMonth, -6), thisMonth);
  // A visit dated after today (a typing slip, a planned one) has not happened: it does not count.
  const past = { ...child, visits: child.visits.filter((v) => v.date <= todayDay) };
  const statuses = childMonthStatuses(past, months);
  const current = statuses[6]!;
  const before = statuses.slice(0, 6);
  return {
    childId: child.childId,
    ...name,
    lastFaceToFace: last === null ? null : isoFromDay(last),
    seenThisMonth: current === 'notDue' ? null : current !== 'due',
    lastSixMonths: {
      due: before.filter((s) => s !== 'notDue').length,
      seen: before.filter((s) => s === 'seen' || s === 'seenAtResidence').length,
    },
  };
}
