import type { FieldValue, FormValues } from './formValues.ts';

/** One field's change: from the value the user started from, to a newer one. */
export type FieldChange = { field: string; from: FieldValue; to: FieldValue };

/**
 * A stale edit explained: someone saved the record after this user loaded it. `theirs` are the other
 * person's saved changes, `mine` the user's unsaved ones (each against the version the user started from),
 * `both` the fields both changed to different values, and `merged` the new version with the user's
 * changes put back on top of it.
 */
export type StaleEdit = { theirs: FieldChange[]; mine: FieldChange[]; both: string[]; merged: FormValues };

/** Equal as a person means it: a list is a set (the order of ticked boxes does not matter), text is trimmed. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? [...a].sort() : [];
    const y = Array.isArray(b) ? [...b].sort() : [];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (typeof a === 'string' || typeof b === 'string')
    return String(a ?? '').trim() === String(b ?? '').trim();
  return (a ?? false) === (b ?? false);
}

/** The fields (of those given) whose value differs between two versions of a form. */
export function changesBetween(
  before: FormValues,
  after: FormValues,
  fields: readonly string[],
): FieldChange[] {
  return fields
    .filter((f) => !sameValue(before[f], after[f]))
    .map((f) => ({ field: f, from: before[f] ?? '', to: after[f] ?? '' }));
}

/**
 * Explains a 412: compares what the user started from, what they typed, and what is saved now.
 * @param started - the record as the user loaded it, in form values
 * @param mine - the form as the user left it
 * @param theirs - the record as it is saved now (the 412's `current`), in form values
 * @param fields - the fields the form edits
 */
export function explainStaleEdit(
  started: FormValues,
  mine: FormValues,
  theirs: FormValues,
  fields: readonly string[],
): StaleEdit {
  const theirChanges = changesBetween(started, theirs, fields);
  const myChanges = changesBetween(started, mine, fields);
  const changedByThem = new Set(theirChanges.map((c) => c.field));
  const both = myChanges.filter((c) => changedByThem.has(c.field) && !sameValue(c.to, theirs[c.field]));
  const merged: FormValues = { ...mine };
  for (const f of fields) merged[f] = myChanges.some((c) => c.field === f) ? mine[f]! : (theirs[f] ?? '');
  return { theirs: theirChanges, mine: myChanges, both: both.map((c) => c.field), merged };
}
