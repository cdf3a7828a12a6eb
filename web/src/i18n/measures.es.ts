import type { measuresEn } from './measures.en.ts';

/** Español del desempeño del tribunal y de la asistencia a audiencias: mismas claves que measures.en.ts. */
export const measuresEs: typeof measuresEn = {
  title: 'Desempeño del tribunal',
  link: 'Desempeño del tribunal',
  intro:
    'Cuánto tardan los casos desde la petición o la remoción hasta cada paso, si las audiencias se celebran a tiempo, cuántas veces se aplazan y por qué, y quién asiste. Para un periodo de 12 meses, por tribunal o por juez.',
  periodStart: 'Primer día del periodo de 12 meses',
  periodHint: 'El periodo dura 12 meses a partir de este día.',
  by: 'Mostrar por',
  byCourt: 'Tribunal',
  byJudge: 'Juez',
  show: 'Mostrar',
  period: (start: string, end: string) => `Del ${start} al ${end}.`,
  suppressed: (threshold: number) =>
    `No se muestran los números del 1 al ${threshold - 1} (—), ni ninguna cifra que permita calcularlos: así se protege a los niños y las familias.`,
  notShown: 'no se muestra',
  downloads: 'Descargar esta tabla',
  downloadXlsx: 'Descargar para Excel (XLSX)',
  downloadCsv: 'Descargar como CSV',
  all: 'Todos',
  noJudge: 'Sin juez registrado',
  group: (by: string) => (by === 'judge' ? 'Juez' : 'Tribunal'),

  timeTitle: 'Tiempo desde la petición o la remoción',
  timeIntro:
    'Días desde la petición o la remoción, lo que ocurrió primero, hasta cada paso, para los niños que llegaron a ese paso en el periodo.',
  time: {
    adjudication: 'Tiempo hasta la adjudicación',
    disposition: 'Tiempo hasta la disposición',
    first_permanency_hearing: 'Tiempo hasta la primera audiencia de permanencia',
    tpr_order: 'Tiempo hasta la orden de terminación de la patria potestad',
    permanency: 'Tiempo hasta la permanencia (regreso a casa, con familiares, tutela o adopción)',
  },
  target: (amount: number, unit: string, unconfirmed: boolean) =>
    `Meta: en ${amount} ${unit === 'days' ? 'días' : 'meses'} o menos${unconfirmed ? ' (por confirmar)' : ''}.`,
  children: 'Niños',
  median: 'Mediana de días',
  p90: 'Percentil 90 (días)',
  withinTarget: 'Dentro de la meta',
  medianBar: (label: string, days: string) => `${label}: mediana de ${days} días`,

  hearingsTitle: 'Audiencias',
  hearingsWithDeadline: 'Audiencias celebradas con plazo',
  onTime: 'Celebradas dentro del plazo',
  hearingsHeldOrContinued: 'Audiencias celebradas o aplazadas',
  continued: 'Aplazadas',
  reasonsTitle: 'Por qué se aplazaron las audiencias',
  reason: 'Motivo',
  continuances: 'Aplazamientos',

  attendanceTitle: 'Quién asistió a las audiencias',
  attendanceIntro:
    'Según lo registró el tribunal en las audiencias celebradas. Presente quiere decir en la sala o conectado a distancia.',
  parentsRecorded: 'Padres registrados',
  parentsPresent: 'Padres presentes',
  parentsRepresented: 'Padres con su abogado',
  youthRecorded: (age: number) => `Jóvenes de ${age} años o más registrados`,
  youthAttending: 'Jóvenes presentes',
  youthRemote: 'Por video o teléfono',
  youthExcused: 'Dispensados',

  judgesTitle: 'Una familia, un juez',
  casesHeard: 'Casos con una audiencia celebrada',
  oneJudge: 'Vistos por un solo juez',
  judgesPerCase: 'Jueces por caso (promedio)',

  attendanceLink: 'Asistencia',
  attendanceLinkLabel: (type: string, when: string) => `Asistencia a la audiencia de ${type} del ${when}`,
  formTitle: 'Asistencia a la audiencia',
  formIntro:
    'Registre quién vino: en la sala, a distancia, excusado por el tribunal o ausente. Para cada padre o madre, registre si su abogado lo representó en esta audiencia.',
  backToCase: (number: string) => `Volver al caso ${number}`,
  notFoundTitle: 'No se encontró la audiencia',
  notFoundText: 'Esta audiencia no existe, o su acceso no la incluye.',
  notYet:
    'Esta audiencia todavía no se ha celebrado. La asistencia se puede registrar desde el día de la audiencia.',
  closed: 'Esta audiencia se anuló o se canceló: no hay asistencia que registrar.',
  person: 'Persona',
  role: 'Función',
  attendance: 'Asistencia',
  represented: 'Representado por su abogado',
  age: (age: number) => `${age} años`,
  status: {
    none: 'Sin registrar',
    in_person: 'En persona',
    remote: 'A distancia',
    excused: 'Excusado',
    absent: 'Ausente',
  },
  child: 'Niño o niña',
  save: 'Guardar la asistencia',
  saving: 'Guardando…',
  saved: 'La asistencia está guardada.',
  readOnly: 'Solo el juez y el secretario del tribunal registran la asistencia.',
  stale:
    'Alguien cambió esta audiencia mientras usted trabajaba. La página muestra ahora lo más reciente; registre otra vez, por favor.',
  noneRecorded: 'Todavía no hay asistencia registrada para esta audiencia.',
};
