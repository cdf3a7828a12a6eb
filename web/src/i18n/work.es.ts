import type { workEn } from './work.en.ts';

/** Español de las páginas de work: mismas claves que work.en.ts. */
export const workEs: typeof workEn = {
  title: 'Work',
};
