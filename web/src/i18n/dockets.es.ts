import type { docketsEn } from './dockets.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español de la página del calendario de audiencias: mismas claves que dockets.en.ts. Lenguaje claro, de usted. */
export const docketsEs: typeof docketsEn = {
  title: 'Calendario de audiencias',
  intro: 'Las audiencias de un juez o de una sala, de un día o de una semana.',
  link: 'Abrir el calendario de audiencias',
  initialsNote:
    'Los niños aparecen solo con sus iniciales: el calendario se imprime y se pone a la vista fuera de la sala.',

  chooseTitle: 'Elija un calendario',
  whose: 'Juez o sala',
  judges: 'Jueces',
  courtrooms: 'Salas',
  view: 'Mostrar',
  day: 'Un día',
  week: 'Una semana desde ese día',
  from: 'Día',
  fromHint: 'El día que quiere ver, o el primer día de la semana.',
  show: 'Mostrar el calendario',
  noChoices: 'No hay ningún juez ni sala cuyo calendario usted pueda abrir.',

  navigation: 'Otros días',
  previousDay: 'Día anterior',
  nextDay: 'Día siguiente',
  previousWeek: 'Semana anterior',
  nextWeek: 'Semana siguiente',
  today: 'Hoy',

  heading: (name: string, dates: string) => `${name}: ${dates}`,
  dates: (from: string, to: string) => `del ${from} al ${to}`,
  counts: (hearings: number, overlapping: number, interpreters: number) =>
    `${plural(hearings, 'audiencia', 'audiencias')}. ${plural(overlapping, 'se cruza', 'se cruzan')} con otra audiencia del mismo juez o de la misma sala. ${plural(interpreters, 'necesita', 'necesitan')} intérprete.`,
  print: 'Imprimir (PDF)',
  printHint: 'Abre el calendario en PDF para imprimirlo, en el idioma que usted eligió.',

  gridTitle: 'El día de un vistazo',
  gridLabel: (date: string, hearings: number, overlapping: number) =>
    `Dibujo por horas del ${date}: ${plural(hearings, 'audiencia', 'audiencias')}, cada una tan alta como lo que dura; ${plural(overlapping, 'está marcada', 'están marcadas')} porque se cruzan con otra. Las mismas audiencias están en la tabla de abajo.`,
  gridCaption:
    'Cada bloque es una audiencia, tan alto como lo que dura. Las audiencias que se cruzan aparecen lado a lado.',
  gridOverlap: 'SE CRUZA',

  tableCaption: (date: string) => `Audiencias del ${date}`,
  noHearings: 'No hay audiencias.',
  columns: {
    time: 'Hora',
    case: 'Caso',
    type: 'Audiencia',
    expected: 'Partes que se esperan',
    interpreter: 'Intérprete',
    courtroom: 'Sala',
    judge: 'Juez',
  },
  timeRange: (from: string, to: string) => `de ${from} a ${to}`,
  minutes: (n: number) => `${n} minutos`,
  usually: (n: number) => `Más corta que los ${n} minutos que suele durar esta audiencia`,
  unconfirmed: 'cifra aún no confirmada',
  child: 'niño',
  withheld: 'Audiencia de otro juez',
  withheldText: 'No se le muestra el caso.',
  noInterpreter: 'No hace falta',
  interpreterFor: (language: string, names: string) => `${language} para ${names}`,
  interpreterAssigned: 'Hay un intérprete asignado al caso.',
  interpreterMissing: 'No hay ningún intérprete asignado al caso.',
  overlap: (when: string, sharing: string) => `Se cruza con ${when}: ${sharing}`,
  overlapWith: (what: string) => `(${what})`,
  sameJudge: 'mismo juez',
  sameCourtroom: 'misma sala',
  and: 'y',
  free: (from: string, to: string, minutes: number) => `Libre de ${from} a ${to} (${minutes} min)`,
  freeTitle: 'Tiempo libre entre audiencias',
};
