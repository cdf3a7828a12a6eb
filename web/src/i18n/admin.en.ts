/** English words of the admin pages; admin.es.ts has exactly these keys. */
export const adminEn = {
  title: 'Admin',
};
