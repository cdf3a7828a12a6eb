import { SearchForm } from '../features/search/SearchForm.tsx';
import { canSearch } from '../features/search/searchResults.ts';
import { canSeeIndicators } from '../features/cqi/cqiModel.ts';
import { canSeeMeasures } from '../features/court-measures/measuresModel.ts';
import { useSession } from '../features/session/SessionProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';

/** The app's name, who is signed in (with sign-out) and the language switch. */
export function Header() {
  const { m, label } = useI18n();
  const { state, signOut } = useSession();
  return (
    <header className="usa-header usa-header--basic hearth-header">
      <div className="grid-container hearth-header__inner">
        <div className="usa-logo hearth-header__logo">
          <em className="usa-logo__text">
            <Link to="/" title={m.app.home}>
              {m.app.name}
            </Link>
          </em>
          <span className="hearth-header__tagline">{m.app.tagline}</span>
        </div>
        <div className="hearth-header__tools">
          {state.status === 'signedIn' && canSearch(state.me.roles.map((r) => r.role)) && <SearchForm />}
          {state.status === 'signedIn' && canSeeIndicators(state.me.roles.map((r) => r.role)) && (
            <nav aria-label={m.cqi.title} className="hearth-header__nav">
              <Link to="/cqi">{m.cqi.link}</Link>
            </nav>
          )}
          {state.status === 'signedIn' && canSeeMeasures(state.me.roles.map((r) => r.role)) && (
            <nav aria-label={m.measures.title} className="hearth-header__nav">
              <Link to="/court-measures">{m.measures.link}</Link>
            </nav>
          )}
          {state.status === 'signedIn' && (
            <p className="hearth-header__who">
              <span className="usa-sr-only">{m.app.signedInAs} </span>
              <strong>{state.me.displayName}</strong>
              <span className="hearth-header__role">
                {state.me.roles.map((r) => label('role', r.role)).join(', ')}
              </span>
            </p>
          )}
          {state.status === 'signedIn' && (
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => void signOut()}>
              {m.app.signOut}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
