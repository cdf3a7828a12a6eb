/** English words of the search pages; search.es.ts has exactly these keys. */
export const searchEn = {
  title: 'Search',
};
