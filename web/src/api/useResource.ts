import { useEffect, useState } from 'react';
import { ApiError } from './client.ts';

export type Resource<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/** Loads once per `key`; a newer key (or leaving the page) aborts the older request. */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>({
    key,
    resource: { status: 'loading' },
  });
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState({ key, resource: { status: 'ok', data } }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
        setState({ key, resource: { status: 'error', error } });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key alone says when to load again.
  }, [key]);
  return state.key === key ? state.resource : { status: 'loading' };
}
