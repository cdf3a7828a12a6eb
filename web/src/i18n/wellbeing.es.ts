import { wellbeingDomainsEs } from '@hearth/core';
import type { wellbeingEn } from './wellbeing.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Las palabras de las listas de bienestar y de la vista del juez en el estrado (mismas claves que wellbeing.en.ts). */
export const wellbeingEs: typeof wellbeingEn = {
  domain: wellbeingDomainsEs,
  answer: { yes: 'Sí', no: 'No', unsure: 'No está seguro' },
  rating: (value: number, max: number) => `${value} de ${max}`,

  title: (name: string) => `Lista de bienestar: ${name}`,
  backToCase: (petition: string) => `Volver al caso ${petition}`,
  forHearing: (hearing: string, when: string) => `Para la audiencia (${hearing.toLowerCase()}) del ${when}.`,
  status: {
    not_started:
      'Todavía no se ha empezado. Las respuestas de la última vez ya están puestas para que usted las revise; no se guarda nada hasta que usted guarde.',
    draft: 'Borrador: todavía no se ha enviado a la corte.',
    submitted: (date: string) => `Enviada a la corte el ${date}.`,
  },
  unconfirmed:
    'Estas preguntas son un borrador de Hearth. La lista oficial de la corte todavía no está confirmada, así que pueden cambiar.',
  summary: (concerns: number, answered: number, asked: number) =>
    `${plural(concerns, 'preocupación', 'preocupaciones')}; ${answered} de ${asked} preguntas contestadas.`,
  withheld: (count: number, what: string) =>
    `${plural(count, 'pregunta', 'preguntas')} sobre ${what.toLowerCase()} no se le ${count === 1 ? 'muestra' : 'muestran'}: su acceso no incluye esta información protegida.`,
  notShownAtHome: 'Algunas preguntas son solo para los profesionales y la corte, y no se muestran aquí.',
  householdIntro: (name: string) => `Esto es lo que se envió a la corte sobre ${name}.`,
  fromLastTime: (date: string) => `De la última vez (${date})`,
  stillTrue: 'Sigue siendo cierto: lo revisé otra vez',
  concern: 'Preocupación',
  note: 'Nota (opcional)',
  answeredBy: (who: string, date: string) => `Contestó: ${who.toLowerCase()}, el ${date}`,
  notAnswered: 'Sin contestar',
  clear: 'Borrar la respuesta',
  clearLabel: (question: string) => `Borrar la respuesta a: ${question}`,
  saveDraft: 'Guardar borrador',
  send: 'Enviar a la corte',
  saving: 'Guardando…',
  saved: 'Se guardó.',
  sent: 'Se envió a la corte.',
  stale:
    'Otra persona guardó esta lista después de que usted la abrió. Se muestra otra vez como está ahora: haga sus cambios de nuevo.',
  closed: 'Esta lista ya no se puede cambiar: la audiencia ya se celebró, o su día ya pasó.',
  readOnly:
    'Usted puede leer esta lista. La llenan el trabajador social, el tutor ad litem y el voluntario de CASA.',
  notFoundTitle: 'No se encontró la lista',
  notFoundText:
    'Aquí no hay una lista de bienestar que usted pueda ver. Un padre de crianza o un joven la ve cuando se envía a la corte.',
  noInstrument: 'No se pide una lista de bienestar para las audiencias antes del 1 de enero de 2026.',

  column: 'Bienestar',
  checklistLink: (name: string) => `Lista: ${name}`,
  checklistFor: (name: string, hearing: string, when: string) =>
    `Lista de bienestar de ${name} para la audiencia (${hearing.toLowerCase()}) del ${when}`,
  linkFor: (visible: string, hearing: string, when: string) =>
    `${visible} (${hearing.toLowerCase()} del ${when})`,
  benchLink: 'Vista del estrado',

  benchTitle: (hearing: string, date: string) => `Vista del estrado: ${hearing}, ${date}`,
  benchIntro:
    'Cada niño del caso, primero las preocupaciones, con una pregunta que usted puede hacer sobre cada una.',
  age: (n: number) => `${n} años`,
  ageUnknown: 'Edad desconocida',
  livingIn: (setting: string, provider: string | null, since: string) =>
    `Vive en: ${setting}${provider ? ` (${provider})` : ''}, desde el ${since}`,
  notInCare: 'No está en cuidado de crianza ahora',
  daysInCare: (days: number, since: string) =>
    `${plural(days, 'día', 'días')} en cuidado (desde el ${since})`,
  checklistHeading: 'Lista de bienestar',
  concernsHeading: (n: number) => `Preocupaciones (${n})`,
  noConcerns: 'No se marcó ninguna preocupación.',
  ask: 'Pregunte',
  answerLabel: 'Respuesta',
  unansweredHeading: (n: number) => `Sin contestar (${n})`,
  otherHeading: (n: number) => `Otras respuestas (${n})`,
  notStartedBench: (date: string) =>
    `La lista de esta audiencia todavía no se ha empezado. Las respuestas que se muestran son de la última vez (${date}).`,
  notStartedNoPrior: 'La lista de esta audiencia todavía no se ha empezado.',
  draftBench: 'Borrador: la lista todavía no se ha enviado a la corte.',
  noChecklist: 'No se pide una lista de bienestar para esta audiencia.',
  noChildren: 'Ningún niño de este caso está a su alcance.',
  otherSections: 'Del caso',
  notFoundBench: 'Esta audiencia no está en un calendario que usted pueda abrir.',

  trendHeading: 'Con el tiempo',
  trendTitle: (name: string) => `Preocupaciones de bienestar en cada audiencia: ${name}`,
  trendDesc: (points: string) =>
    `Preocupaciones por audiencia, de la más antigua a la más reciente: ${points}.`,
  trendPoint: (date: string, total: number, domains: string) =>
    `${date}, ${plural(total, 'preocupación', 'preocupaciones')}${domains ? ` (${domains})` : ''}`,
  trendNone: 'Todavía no se ha llenado ninguna lista.',
  trendTable: 'Lo mismo en una tabla',
  trendHearing: 'Audiencia',
  trendTotal: 'Todas las preocupaciones',
  trendDraft: '(borrador)',
  trendLegend: 'Colores por área',
  childChecklists: 'Listas de bienestar',
  concernsCount: (n: number) => plural(n, 'preocupación', 'preocupaciones'),
};
