import type { afcarsEn } from './afcars.en.ts';

/** Palabras en español de la descarga AFCARS 2020 de la página de datos. */
export const afcarsEs: typeof afcarsEn = {
  title: 'Archivo AFCARS 2020',
  intro:
    'Los registros de su distrito en un archivo XML de AFCARS 2.0 (norma de 2020) sobre el cuidado fuera del hogar, para un período de informe. Hearth llena los elementos que guarda y deja vacíos los demás. Cada descarga queda registrada.',
  unconfirmed:
    'No había un esquema oficial: los nombres de los elementos y su orden siguen el AFCARS XML Editor. Revise el archivo antes de enviarlo.',
  period: 'Período de informe',
  periodOption: (start: string, end: string) => `del ${start} al ${end}`,
  download: 'Descargar el archivo AFCARS (XML)',
};
