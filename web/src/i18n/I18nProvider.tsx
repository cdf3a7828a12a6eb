import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { labelOf, type CodeLabels } from '@hearth/core';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { formattersFor, type Formatters } from './format.ts';
import { initialLocale, isLocale, storedLocale, storeLocale, type Locale } from './locale.ts';

const DICTIONARIES: Record<Locale, Messages> = { en, es };

export type I18n = {
  locale: Locale;
  m: Messages;
  fmt: Formatters;
  /** Human words for an API code, in the current language. */
  label: (kind: keyof CodeLabels, code: string) => string;
  /** The language switch: remembered on this browser. */
  setLocale: (locale: Locale) => void;
  /** An account's preferred language, used only when nobody chose one with the switch here. */
  suggestLocale: (language: string) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const suggestLocale = useCallback((language: string) => {
    const base = language.slice(0, 2).toLowerCase();
    if (!storedLocale() && isLocale(base)) setLocaleState(base);
  }, []);

  const value = useMemo<I18n>(() => {
    const m = DICTIONARIES[locale];
    return {
      locale,
      m,
      fmt: formattersFor(locale),
      label: (kind, code) => labelOf(m.codes, kind, code),
      setLocale,
      suggestLocale,
    };
  }, [locale, setLocale, suggestLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
