/** English words of the forms pages; forms.es.ts has exactly these keys. */
export const formsEn = {
  title: 'Forms',
};
