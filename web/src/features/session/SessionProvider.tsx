import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthorized, setCsrfToken } from '../../api/client.ts';
import * as hearth from '../../api/hearth.ts';
import type { Me } from '../../api/types.ts';
import { navigate } from '../../app/router.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'error'; error: ApiError }
  | { status: 'signedIn'; me: Me };

type Session = {
  state: SessionState;
  /** Throws the ApiError of a refused sign-in, for the form to show. */
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: asked of `GET /api/v1/me` on load; a 401 anywhere later returns to sign-in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { suggestLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const adopt = useCallback(
    (me: Me) => {
      setCsrfToken(me.csrfToken);
      suggestLocale(me.preferredLanguage);
      setState({ status: 'signedIn', me });
    },
    [suggestLocale],
  );

  useEffect(() => {
    const controller = new AbortController();
    hearth.getMe(controller.signal).then(adopt, (err: unknown) => {
      if (controller.signal.aborted) return;
      if (err instanceof ApiError && err.status === 401) setState({ status: 'signedOut' });
      else
        setState({
          status: 'error',
          error: err instanceof ApiError ? err : new ApiError(0, String(err), ''),
        });
    });
    const off = onUnauthorized(() => {
      setCsrfToken(null);
      setState({ status: 'signedOut' });
    });
    return () => {
      controller.abort();
      off();
    };
  }, [adopt]);

  const signIn = useCallback(
    async (email: string, password: string) => adopt(await hearth.signIn(email, password)),
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await hearth.signOut();
    } catch {
      // The session may have ended already; either way this browser is signed out.
    }
    setCsrfToken(null);
    setState({ status: 'signedOut' });
    navigate('/');
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in account; only for pages rendered behind sign-in. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe while not signed in');
  return state.me;
}
