/** English words of the work pages; work.es.ts has exactly these keys. */
export const workEn = {
  title: 'Work',
};
