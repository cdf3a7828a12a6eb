import { isIsoDate } from '@hearth/core';
import type { CodeLabels } from '@hearth/core';
import {
  asList,
  asText,
  type ErrorKey,
  type FieldProblem,
  type FormErrors,
  type FormValues,
} from './formValues.ts';
import { problemOf } from './problemFields.ts';
import type { Option } from './SelectInput.tsx';

/**
 * Checks made in the browser before anything is sent, with the same messages as the server's answers.
 * The server checks everything again; these only spare a round trip.
 */
export function checker(values: FormValues) {
  const found: FormErrors = {};
  const fail = (field: string, problem: ErrorKey | FieldProblem) => {
    found[field] ??= typeof problem === 'string' ? { key: problem } : problem;
  };
  return {
    found,
    fail,
    /** Text that must be filled in; gives the trimmed text. */
    text(field: string): string {
      const v = asText(values[field]).trim();
      if (!v) fail(field, 'required');
      return v;
    },
    choice(field: string): string {
      const v = asText(values[field]);
      if (!v) fail(field, 'choose');
      return v;
    },
    some(field: string): string[] {
      const v = asList(values[field]);
      if (v.length === 0) fail(field, 'chooseAtLeastOne');
      return v;
    },
    /**
     * A calendar date: required unless `optional`; never after `today` when given (the rule says the
     * event has happened). Gives the date, or null when it is missing or not a real date.
     */
    date(field: string, opts: { optional?: boolean; today?: string } = {}): string | null {
      const v = asText(values[field]).trim();
      if (!v) {
        if (!opts.optional) fail(field, 'required');
        return null;
      }
      if (!isIsoDate(v)) {
        fail(field, 'dateInvalid');
        return null;
      }
      if (opts.today && v > opts.today) fail(field, 'future');
      return v;
    },
    /** Problems a core rule found (`{ field, message }`), said as the server would say them. */
    core(problems: { field: string; message: string }[], rename: (f: string) => string = (f) => f) {
      for (const p of problems) fail(rename(p.field), problemOf(p.message));
    },
  };
}

/** A code list as choices, in the reader's words. */
export function codeOptions<K extends keyof CodeLabels>(
  label: (kind: K, code: string) => string,
  kind: K,
  codes: readonly string[],
): Option[] {
  return codes.map((c) => ({ value: c, label: label(kind, c) }));
}
