import type { adminEn } from './admin.en.ts';

/** Español de las páginas de admin: mismas claves que admin.en.ts. */
export const adminEs: typeof adminEn = {
  title: 'Admin',
};
