import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { problemText } from '../components/ProblemAlert.tsx';
import { SessionProvider, useSession } from '../features/session/SessionProvider.tsx';
import { SignInPage } from '../features/session/SignInPage.tsx';
import { I18nProvider, useI18n } from '../i18n/I18nProvider.tsx';
import { Header } from './Header.tsx';
import { usePath } from './router.ts';
import { Routes } from './routes.tsx';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}

/** Skip link, header, and the page: the sign-in page until someone is signed in, whatever the address. */
function Shell() {
  const { m } = useI18n();
  const { state } = useSession();
  const path = usePath();
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {m.app.skipLink}
      </a>
      <Header />
      <main id="main-content" tabIndex={-1} className="grid-container padding-bottom-8">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <>
            <PageHeading title={m.common.errorTitle} />
            <p className="usa-intro">{problemText(state.error, m.common.networkError)}</p>
          </>
        )}
        {state.status === 'signedOut' && <SignInPage />}
        {state.status === 'signedIn' && <Routes path={path} />}
      </main>
    </>
  );
}
