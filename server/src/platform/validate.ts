import type { z } from 'zod';
import { fieldError, type FieldError } from './problem.ts';

/** Zod issues → field errors, one per bad field, each unknown key named on its own. */
export function toFieldErrors(error: z.ZodError, where: 'body' | 'query' | 'params'): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(fieldError(base ? `${base}.${key}` : key, 'is not a known field', where));
    } else {
      out.push(fieldError(base || where, issue.message, where));
    }
  }
  return out;
}

export function parseOrCollect<T>(
  schema: z.ZodType<T> | undefined,
  value: unknown,
  where: 'body' | 'query' | 'params',
  errors: FieldError[],
): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  errors.push(...toFieldErrors(result.error, where));
  return undefined as T;
}
