/**
 * Errors that become RFC 9457 problem+json responses. Services throw these; the central error handler
 * turns them into responses and hides the detail of anything else behind a plain 500.
 */
export type FieldError = { field: string; pointer: string; detail: string };

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

/** `field` is a dotted path in the request body, e.g. `children.0.birthDate`. */
export function fieldError(
  field: string,
  detail: string,
  where: 'body' | 'query' | 'params' = 'body',
): FieldError {
  const pointer = '/' + field.split('.').filter(Boolean).join('/');
  return { field: where === 'body' ? field : `${where}.${field}`, pointer, detail };
}

export const invalid = (errors: FieldError[], detail = 'The request has invalid fields.'): Problem =>
  new Problem(400, 'Invalid request', detail, errors);

/** Out of scope looks the same as missing (house-style §3, from Immich). */
export const notFound = (what: string): Problem => new Problem(404, 'Not found', `No ${what} was found.`);

export const forbidden = (detail: string): Problem => new Problem(403, 'Forbidden', detail);

export const unauthorized = (): Problem => new Problem(401, 'Sign-in required', 'Sign in to use this.');

export const preconditionFailed = (current: Record<string, unknown>, etag: string): Problem =>
  new Problem(
    412,
    'Changed by someone else',
    'This record was changed after you loaded it. Nothing was saved; reload and apply your change again.',
    undefined,
    { current, etag },
  );

export const preconditionRequired = (): Problem =>
  new Problem(
    428,
    'If-Match required',
    'Send the ETag you loaded in an If-Match header to change this record.',
  );

export const conflict = (detail: string, errors?: FieldError[]): Problem =>
  new Problem(409, 'Conflict', detail, errors);
