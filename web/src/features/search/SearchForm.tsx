import searchIcon from '@uswds/uswds/img/usa-icons-bg/search--white.svg';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { goToSearch, useSearchQuery } from './searchLocation.ts';
import { MAX_QUERY_LENGTH, SEARCH_PATH } from './searchResults.ts';

/**
 * The search box in the header (USWDS `usa-search`): a labelled search landmark. Without JavaScript it
 * still works as a plain GET form to the results page.
 */
export function SearchForm() {
  const { m } = useI18n();
  const current = useSearchQuery();
  const [value, setValue] = useState(current);
  // Follow the address when it changes (Back, Forward, a search from elsewhere), as React suggests:
  // adjust the state while rendering rather than in an effect.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setValue(current);
  }
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    goToSearch(value);
  }
  return (
    <form
      className="usa-search usa-search--small hearth-header__search"
      role="search"
      aria-label={m.search.label}
      action={SEARCH_PATH}
      method="get"
      onSubmit={submit}
    >
      <label className="usa-sr-only" htmlFor="hearth-search">
        {m.search.label}
      </label>
      <input
        className="usa-input"
        id="hearth-search"
        type="search"
        name="q"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        title={m.search.hint}
        onChange={(e) => setValue(e.target.value)}
      />
      <button className="usa-button" type="submit">
        <img src={searchIcon} className="usa-search__submit-icon" alt={m.search.button} />
      </button>
    </form>
  );
}
