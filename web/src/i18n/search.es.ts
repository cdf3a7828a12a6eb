import type { searchEn } from './search.en.ts';

/** Español de las páginas de search: mismas claves que search.en.ts. */
export const searchEs: typeof searchEn = {
  title: 'Search',
};
