import type { formsEn } from './forms.en.ts';

/** Español de las páginas de forms: mismas claves que forms.en.ts. */
export const formsEs: typeof formsEn = {
  title: 'Forms',
};
