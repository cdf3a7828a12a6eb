import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  asFlag,
  asList,
  asText,
  fieldId,
  type FieldProblem,
  type FieldValue,
  type FormErrors,
  type FormValues,
} from './formValues.ts';
import { placeProblems, problemOf } from './problemFields.ts';

export type FieldBase = { id: string; label: string; error?: string | undefined };

export type Form = {
  values: FormValues;
  errors: FormErrors;
  /** Problems that belong to no field (a closed case, "nothing changed"). */
  other: FieldProblem[];
  /** An answer that is not about the form's fields at all (the server unreachable, a 500). */
  failure: ApiError | null;
  /** Counts submits that found problems: the error summary takes focus each time. */
  attempt: number;
  busy: boolean;
  /** The label of each field, recorded as the page lays the field out, for the error summary. */
  labels: Record<string, string>;
  say: (problem: FieldProblem) => string;
  set: (key: string, value: FieldValue) => void;
  reset: (values: FormValues) => void;
  /** Shows problems found before sending (nothing is sent). */
  fail: (errors: FormErrors, other?: FieldProblem[]) => void;
  /** Sends once: busy while it runs; an ApiError's fields land next to their fields. */
  submit: (send: () => Promise<void>, rename?: (path: string) => string | null) => Promise<void>;
  field: (key: string, label: string) => FieldBase;
  text: (key: string, label: string) => FieldBase & { value: string; onChange: (v: string) => void };
  list: (key: string, label: string) => FieldBase & { value: string[]; onChange: (v: string[]) => void };
  flag: (key: string, label: string) => FieldBase & { checked: boolean; onChange: (v: boolean) => void };
};

/**
 * The state of one form: its values by request-body path, its problems, and the labels of its fields.
 * Problems stay until the next submit, so the summary and the fields always agree.
 */
export function useForm(initial: FormValues | (() => FormValues)): Form {
  const { m } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [other, setOther] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const labels = useRef<Record<string, string>>({}).current;

  const say = (p: FieldProblem) => ('key' in p ? m.forms.errors[p.key] : p.text);
  const set = useCallback((key: string, value: FieldValue) => setValues((v) => ({ ...v, [key]: value })), []);
  const reset = useCallback((next: FormValues) => {
    setValues(next);
    setErrors({});
    setOther([]);
    setFailure(null);
  }, []);
  const fail = useCallback((found: FormErrors, more: FieldProblem[] = []) => {
    setErrors(found);
    setOther(more);
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);

  async function submit(send: () => Promise<void>, rename?: (path: string) => string | null) {
    setBusy(true);
    setErrors({});
    setOther([]);
    setFailure(null);
    try {
      await send();
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
      const placed = placeProblems(error, (k) => k in labels, rename);
      if (Object.keys(placed.fields).length || placed.other.length) fail(placed.fields, placed.other);
      else if (error.status === 409) fail({}, [problemOf(error.detail ?? error.title)]);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const field = (key: string, label: string): FieldBase => {
    labels[key] = label;
    const problem = errors[key];
    return { id: fieldId(key), label, error: problem ? say(problem) : undefined };
  };

  return {
    values,
    errors,
    other,
    failure,
    attempt,
    busy,
    labels,
    say,
    set,
    reset,
    fail,
    submit,
    field,
    text: (key, label) => ({
      ...field(key, label),
      value: asText(values[key]),
      onChange: (v) => set(key, v),
    }),
    list: (key, label) => ({
      ...field(key, label),
      value: asList(values[key]),
      onChange: (v) => set(key, v),
    }),
    flag: (key, label) => ({
      ...field(key, label),
      checked: asFlag(values[key]),
      onChange: (v) => set(key, v),
    }),
  };
}
