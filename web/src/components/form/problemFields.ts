import type { ApiError } from '../../api/client.ts';
import type { ErrorKey, FieldProblem, FormErrors } from './formValues.ts';

/**
 * The server's (and core's) words for a problem, matched to the message a person reads next to the field.
 * The same rule checked in the browser and on the server then reads the same, in English or Spanish.
 * Anything not listed is shown in the server's own words.
 */
const DETAILS: [RegExp, ErrorKey][] = [
  [/is in the future/, 'future'],
  [/must be after the start/, 'endAfterStart'],
  [/before the petition was filed|before the filing date/, 'beforeFiling'],
  [/before the removal date/, 'beforeRemoval'],
  [/on or after the discharge date|after the discharge date/, 'afterDischarge'],
  [/is before the start date/, 'endBeforeStart'],
  [/overlaps the child's removal episode/, 'overlap'],
  [/needs a discharge date/, 'needsDischargeDate'],
  [/would leave the placement of/, 'placementAfter'],
  [/already used by another case/, 'petitionTaken'],
  [/only to an open case/, 'caseClosed'],
  [/letters, digits and dashes/, 'petitionFormat'],
  [/must be empty while the case is open/, 'closedWhileOpen'],
  [/real calendar date/, 'dateInvalid'],
  [/must be a date and time/, 'timeInvalid'],
  [/name at least one|expected array to have >=1/, 'chooseAtLeastOne'],
  [
    /expected string to have >=1|expected string, received undefined|expected array, received undefined/,
    'required',
  ],
  [/Invalid option/, 'choose'],
  [/Too big: expected string/, 'tooLong'],
  [/is not (a|an) [\w ]+ (of your jurisdiction|of the case's court|you can see)/, 'notAvailable'],
];

export function problemOf(detail: string): FieldProblem {
  const found = DETAILS.find(([re]) => re.test(detail));
  return found ? { key: found[1] } : { text: detail };
}

/**
 * Places each `errors[]` entry of a problem+json on a form field. `field` is a path in the request body
 * (`removalDate`, `children.0.birthDate`; a `body.` prefix is allowed). `rename` turns a body path into the
 * form's key when they differ (an array the form lays out another way); an item of a list
 * (`removalReasons.3`) falls back to its list. What fits no field is returned in `other`.
 */
export function placeProblems(
  error: Pick<ApiError, 'errors'>,
  isField: (key: string) => boolean,
  rename: (path: string) => string | null = (p) => p,
): { fields: FormErrors; other: FieldProblem[] } {
  const fields: FormErrors = {};
  const other: FieldProblem[] = [];
  for (const e of error.errors) {
    const path = e.field.replace(/^body\.?/, '');
    const problem = problemOf(e.detail);
    let key = path ? rename(path) : null;
    while (key && !isField(key) && key.includes('.')) key = key.slice(0, key.lastIndexOf('.'));
    if (key && isField(key)) fields[key] ??= problem;
    else other.push(problem);
  }
  return { fields, other };
}
