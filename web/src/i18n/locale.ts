export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'hearth.locale';

export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'es';
}

/** The language chosen with the switch on this browser, if any. */
export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null; // storage blocked: the choice lasts for this visit only
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // ignore: see storedLocale
  }
}

/** The stored choice, else the browser's first preference between English and Spanish. */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const lang of navigator.languages ?? [navigator.language]) {
    const base = lang.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}
