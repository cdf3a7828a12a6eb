import { useI18n } from '../i18n/I18nProvider.tsx';
import { LOCALES, type Locale } from '../i18n/locale.ts';

/** Each language is named in itself, so a reader finds theirs whichever is showing. */
const NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const { locale, setLocale, m } = useI18n();
  return (
    <div role="group" aria-label={m.app.language}>
      <ul className="usa-button-group usa-button-group--segmented">
        {LOCALES.map((l) => (
          <li key={l} className="usa-button-group__item">
            <button
              type="button"
              lang={l}
              className={`usa-button usa-button--small${l === locale ? '' : ' usa-button--outline'}`}
              aria-pressed={l === locale}
              onClick={() => setLocale(l)}
            >
              {NAMES[l]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
