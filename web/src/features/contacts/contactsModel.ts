import { addMonths, hasPermission, isIsoDate, type Role } from '@hearth/core';
import type { DueItem, QualityRating, RecordContactBody } from '../../api/types.ts';
import type { FormErrors, FormValues } from '../../components/form/formValues.ts';
import { asFlag, asText } from '../../components/form/formValues.ts';

/** The last day of the month of `date` (`YYYY-MM-DD`). */
export function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * "Children not yet seen this month" on the caseworker's home is the due items' own monthly-visit line
 * (core/src/duties, visitItem): a visit item due by the end of this month, or overdue from last month, is a
 * child not seen this month. A child who came into care after the 1st has an item due next month and is
 * not listed. Read from the same answer, so the two sections can never disagree.
 * @param items - the due items of GET /api/v1/me/due-items
 * @param today - the `today` of that answer
 */
export function notSeenThisMonth(items: readonly DueItem[], today: string): DueItem[] {
  const end = monthEnd(today);
  const seen = new Set<string>();
  return items
    .filter((i) => i.kind === 'caseworkerVisit' && i.dueDate <= end)
    .filter((i) => (seen.has(i.child.id) ? false : (seen.add(i.child.id), true)))
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        `${a.child.familyName} ${a.child.givenName}`.localeCompare(
          `${b.child.familyName} ${b.child.givenName}`,
        ),
    );
}

/** Whether the home shows the contact section: whoever records contacts (the server decides which children). */
export const showsContacts = (roles: readonly Role[]): boolean => hasPermission(roles, 'contact.record');

/** The bar's filled share, 0–100, of a percentage (null draws nothing). */
export function barPercent(percent: number | null): number {
  if (percent === null || !Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

/** The months a person may pick: this month and the `count - 1` before it, newest first (`YYYY-MM`). */
export function recentMonths(today: string, count: number): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, -i).slice(0, 7));
}

/** A month in words, in the reader's language: "November 2026", "noviembre de 2026". */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** Words for an element code the web does not know (a jurisdiction's own): the code with spaces. */
export const elementLabel = (labels: Record<string, string>, code: string): string =>
  labels[code] ?? code.replace(/_/g, ' ');

/** The form's values when it opens: today, in person, at the child's home. */
export function initialContactValues(today: string): FormValues {
  return {
    date: today,
    time: '',
    mode: 'in_person',
    location: 'residence',
    place: '',
    timeAlone: false,
    minutesAlone: '',
    participants: '',
    purpose: '',
    safetyObservations: '',
    casePlanProgress: '',
    childWords: '',
    nextSteps: '',
  };
}

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;
const RATINGS: readonly string[] = ['met', 'partly', 'not_met', 'not_applicable'];

/**
 * The request body of the "Record a contact" form, or the problems found before sending (the same ones
 * the server names): every required field checked at once, so each error shows next to its field.
 * @param values - the form's values; `self.<element>` holds the worker's own ratings
 * @param today - the court's date today
 * @param words - the messages of the two checks the shared form messages do not have
 */
export function contactBody(
  values: FormValues,
  today: string,
  words: { timeInvalid: string; minutesInvalid: string },
): { body: RecordContactBody; errors: null } | { body: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const text = (k: string) => asText(values[k]).trim();
  const date = text('date');
  if (!date) errors.date = { key: 'required' };
  else if (!isIsoDate(date)) errors.date = { key: 'dateInvalid' };
  else if (date > today) errors.date = { key: 'future' };
  const time = text('time');
  if (!time) errors.time = { key: 'required' };
  else if (!TIME.test(time)) errors.time = { text: words.timeInvalid };
  const mode = text('mode');
  if (!mode) errors.mode = { key: 'choose' };
  const location = text('location');
  if (!location) errors.location = { key: 'choose' };
  const timeAlone = asFlag(values.timeAlone);
  const minutesText = text('minutesAlone');
  const minutes = Number(minutesText);
  if (timeAlone && !minutesText) errors.minutesAlone = { key: 'required' };
  else if (timeAlone && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440))
    errors.minutesAlone = { text: words.minutesInvalid };
  const purpose = text('purpose');
  if (!purpose) errors.purpose = { key: 'required' };
  if (Object.keys(errors).length) return { body: null, errors };
  const selfAssessment: Record<string, QualityRating> = {};
  for (const [k, v] of Object.entries(values))
    if (k.startsWith('self.') && typeof v === 'string' && RATINGS.includes(v))
      selfAssessment[k.slice(5)] = v as QualityRating;
  const optional = (k: string) => (text(k) ? { [k]: text(k) } : {});
  return {
    errors: null,
    body: {
      date,
      time: time.padStart(5, '0'),
      mode: mode as RecordContactBody['mode'],
      location: location as RecordContactBody['location'],
      ...(location === 'other' ? optional('place') : {}),
      timeAlone,
      ...(timeAlone ? { minutesAlone: minutes } : {}),
      participants: asText(values.participants)
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      purpose,
      ...optional('safetyObservations'),
      ...optional('casePlanProgress'),
      ...optional('childWords'),
      ...optional('nextSteps'),
      selfAssessment,
    },
  };
}
