/**
 * The one way the web interface talks to the Hearth API: same-origin cookies, JSON in and out, the
 * session's CSRF token on every write, and RFC 9457 problem+json turned into an `ApiError`.
 */

export type FieldProblem = { field: string; detail: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldProblem[] = [],
    /** Seconds to wait, from a 429's `retryAfter` or `Retry-After`. */
    readonly retryAfter: number | null = null,
    /** The whole problem document, for members of its own (a 412's `current` record and `etag`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const WRITES = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_PATH = '/api/v1/session';

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Set from the sign-in answer and from `GET /api/v1/me`; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 (the session ended or expired), except sign-in itself. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type RequestOptions = {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a problem+json (or any error) response into an ApiError. */
export async function problemFrom(res: Response): Promise<ApiError> {
  let body: unknown = null;
  if (/json/.test(res.headers.get('content-type') ?? '')) body = await res.json().catch(() => null);
  const p = isRecord(body) ? body : {};
  const errors = Array.isArray(p.errors)
    ? p.errors.filter(isRecord).map((e) => ({ field: String(e.field ?? ''), detail: String(e.detail ?? '') }))
    : [];
  const header = Number(res.headers.get('retry-after'));
  const retryAfter =
    typeof p.retryAfter === 'number' ? p.retryAfter : Number.isFinite(header) && header > 0 ? header : null;
  return new ApiError(
    res.status,
    typeof p.title === 'string' ? p.title : res.statusText || `HTTP ${res.status}`,
    typeof p.detail === 'string' ? p.detail : undefined,
    errors,
    retryAfter,
    p,
  );
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Network error', 'Hearth could not be reached.');
  }
  if (!res.ok) {
    const problem = await problemFrom(res);
    if (res.status === 401 && path !== SESSION_PATH) for (const l of unauthorizedListeners) l();
    throw problem;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};
