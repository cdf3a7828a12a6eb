import { ApiError } from '../../api/client.ts';

/** Any failure of a write as an ApiError, so the form can tell a stale edit (412) from the rest. */
export const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
