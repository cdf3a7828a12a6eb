import { reportRecipientsEs } from '@hearth/core';
import type { reportsEn } from './reports.en.ts';

/** Español de los informes al tribunal: mismas claves que reports.en.ts. */
export const reportsEs: typeof reportsEn = {
  title: 'Informes al tribunal',
  intro:
    'Prepare una copia del informe de una audiencia para una persona del caso. Cada copia deja fuera lo que esa persona no puede ver, y lo dice en su primera página. Cada copia que usted prepara queda registrada.',
  hearing: 'Audiencia',
  recipient: 'Copia para',
  language: 'Idioma de la copia',
  languageRecipient: 'El idioma de la persona que la recibe',
  languageEn: 'Inglés',
  languageEs: 'Español',
  noHearings: 'Este caso todavía no tiene audiencias para informar.',
  agency: 'El informe de la agencia',
  casa: 'El informe del voluntario de CASA',
  docx: (what: string) => `${what}, como documento de Word (DOCX)`,
  pdf: (what: string) => `${what}, como PDF para imprimir`,
  downloadsFor: (who: string) => `Descargar la copia para: ${who}`,
  writeCasa: 'Escribir el informe de CASA para esta audiencia',
  readCasa: 'Leer el informe del voluntario de CASA para esta audiencia',
  recipients: reportRecipientsEs,
  narrativeTitle: 'Informe del voluntario de CASA',
  backToCase: (petition: string) => `Volver al caso ${petition}`,
  narrativeIntro:
    'Escriba lo que usted vio, lo que desea el niño y lo que usted recomienda. Guarde un borrador cuantas veces quiera, y entréguelo cuando esté listo para el tribunal. El resto del informe (el hogar del niño, su plan, la escuela y el bienestar) sale de los registros.',
  observations: 'Lo que usted observó',
  observationsHint:
    'Visitas, escuela, salud, cómo está el niño. Deje una línea en blanco entre los párrafos.',
  childWishes: 'Lo que desea el niño',
  childWishesHint: 'Con las propias palabras del niño cuando sea posible.',
  recommendations: 'Sus recomendaciones al tribunal',
  saveDraft: 'Guardar borrador',
  submit: 'Entregar al tribunal',
  saving: 'Guardando…',
  saved: 'Guardado.',
  status: {
    none: 'Todavía no se ha empezado.',
    draft: 'Borrador: todavía no se ha entregado al tribunal.',
    submitted: 'Entregado al tribunal.',
    approved: 'Aprobado.',
  },
  lastSaved: (who: string, when: string) => `Guardado por última vez por ${who}, ${when}.`,
  stale:
    'Otra persona guardó este informe mientras usted escribía. Esta es su versión: vuelva a agregar sus cambios.',
  readOnly: 'Solo el voluntario de CASA escribe este informe.',
  empty: 'Todavía no hay nada escrito.',
  notFoundTitle: 'No se encontró el informe',
  notFoundText: 'No hay ningún informe en esta dirección, o usted no tiene permiso para verlo.',
};
