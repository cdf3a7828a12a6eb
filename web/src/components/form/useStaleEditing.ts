import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { FormValues } from './formValues.ts';
import { changesBetween, explainStaleEdit, type StaleEdit } from './staleEdit.ts';
import type { Form } from './useForm.ts';

type Options = {
  /** The record as loaded, in form values: what the user started from. */
  started: FormValues;
  /** Its version, sent back as If-Match. */
  version: number;
  /** The fields the form edits (and sends when changed). */
  fields: readonly string[];
  /** A 412's `current` record (named as the request names it) in form values. */
  fromCurrent: (current: Record<string, unknown>) => FormValues;
};

export type StaleEditing = {
  stale: StaleEdit | null;
  version: number;
  /** What the user did after a stale edit, to say so above the form. */
  outcome: 'reapplied' | 'discarded' | null;
  /** The fields the user changed from what they started from: a PATCH sends only these. */
  changed: () => string[];
  /** Takes a 412 that carries the current record; anything else is not its business (false). */
  takeStale: (err: unknown) => boolean;
  reapply: () => void;
  discard: () => void;
};

/**
 * Optimistic concurrency for an edit form. The user's version goes out as If-Match; a 412 answers with the
 * record as saved now and its ETag. The form keeps what the user typed, and the user chooses: put their
 * changes on top of the new version (then save again), or discard them.
 */
export function useStaleEditing(form: Form, opts: Options): StaleEditing {
  const [base, setBase] = useState({ started: opts.started, version: opts.version });
  const [stale, setStale] = useState<{ edit: StaleEdit; theirs: FormValues; version: number } | null>(null);
  const [outcome, setOutcome] = useState<StaleEditing['outcome']>(null);

  function takeStale(err: unknown): boolean {
    if (!(err instanceof ApiError) || err.status !== 412) return false;
    const current = err.body.current;
    const version = /^(?:W\/)?"(\d+)"$/.exec(String(err.body.etag ?? ''));
    if (typeof current !== 'object' || current === null || !version) return false;
    const theirs = opts.fromCurrent(current as Record<string, unknown>);
    setStale({
      edit: explainStaleEdit(base.started, form.values, theirs, opts.fields),
      theirs,
      version: Number(version[1]),
    });
    setOutcome(null);
    return true;
  }

  function moveTo(values: FormValues, result: 'reapplied' | 'discarded') {
    if (!stale) return;
    setBase({ started: stale.theirs, version: stale.version });
    form.reset(values);
    setStale(null);
    setOutcome(result);
  }

  return {
    stale: stale?.edit ?? null,
    version: base.version,
    outcome,
    changed: () => changesBetween(base.started, form.values, opts.fields).map((c) => c.field),
    takeStale,
    reapply: () => stale && moveTo(stale.edit.merged, 'reapplied'),
    discard: () => stale && moveTo({ ...form.values, ...stale.theirs }, 'discarded'),
  };
}
