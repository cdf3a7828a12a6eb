import type { conflictsEn } from './conflicts.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español de cambiar y aplazar audiencias y de los choques de calendario: mismas claves que conflicts.en.ts. De usted. */
export const conflictsEs: typeof conflictsEn = {
  change: 'Cambiar',
  move: 'Cambiar fecha',
  continue: 'Aplazar',
  moveLabel: (hearing: string, when: string) => `Cambiar la fecha de ${hearing} del ${when}`,
  continueLabel: (hearing: string, when: string) => `Aplazar ${hearing} del ${when}`,

  notScheduledTitle: 'No se puede cambiar esta audiencia',
  notScheduledText: 'Solo se puede cambiar de fecha o aplazar una audiencia que sigue programada.',
  hearingNotFoundTitle: 'No se encontró la audiencia',
  hearingNotFoundText: 'No se encontró esta audiencia, o usted no tiene acceso a ella.',
  setFor: 'Programada para',
  courtroom: 'Sala',
  noCourtroom: 'Sin decidir',
  deadline: 'Plazo que fija la ley',
  noDeadline: 'No hay ninguno registrado',
  deadlineNote:
    'Un aplazamiento no cambia este plazo, salvo que el tribunal ordene una prórroga. Si la nueva fecha es posterior, se indica que pasa el plazo.',

  continueTitle: (hearing: string) => `Aplazar: ${hearing}`,
  continueIntro:
    'La audiencia queda como aplazada, con quién lo pidió y por qué, y se programa una nueva audiencia del mismo tipo.',
  requestedBy: 'Quién pidió el aplazamiento',
  reason: 'Por qué',
  note: 'Nota',
  noteHint: 'Lo que el expediente deba decir de este aplazamiento. No escriba aquí nombres de niños.',
  newTime: 'Nueva fecha y hora de inicio',
  newTimeHint:
    'En la hora de la montaña (Albuquerque). Deje ambos en blanco para usar la primera hora libre para el juez, la sala y todas las personas del caso.',
  date: 'Fecha',
  time: 'Hora de inicio',
  length: 'Duración',
  inThePast: 'Esta hora ya pasó. Elija una posterior.',
  minutes: (n: number) => (n < 60 ? `${n} minutos` : n === 60 ? '1 hora' : `${n / 60} horas`),
  continueSubmit: 'Aplazar la audiencia',
  continued: (when: string) => `Se aplazó la audiencia. La nueva audiencia es el ${when}.`,
  continuedLate: (when: string, days: number) =>
    `Se aplazó la audiencia. La nueva audiencia es el ${when}, ${plural(days, 'día', 'días')} después del plazo.`,

  moveTitle: (hearing: string) => `Cambiar la fecha: ${hearing}`,
  moveIntro: 'Elija una nueva fecha, hora o sala. La audiencia sigue en su lugar dentro del caso.',
  moveSubmit: 'Cambiar la fecha de la audiencia',
  moved: (when: string) => `La audiencia se cambió al ${when}.`,
  courtroomHint: 'Déjelo en blanco si todavía no se sabe.',

  requester: {
    agency: 'El departamento (CYFD)',
    parent: 'Uno de los padres o su abogado',
    child: 'El niño, su abogado o su tutor ad litem',
    court: 'El tribunal',
    tribe: 'La tribu',
    other: 'Otra persona',
  },
  reasons: {
    party_not_served: 'No se notificó a una de las partes',
    party_absent: 'Una de las partes no vino',
    attorney_unavailable: 'Un abogado no estaba disponible',
    report_not_filed: 'No se presentó un informe a tiempo',
    icwa_notice_pending: 'Falta la notificación a la tribu según la ley ICWA',
    interpreter_unavailable: 'No había intérprete disponible',
    court_calendar: 'El calendario del tribunal estaba lleno',
    discovery: 'No ha terminado la etapa de pruebas',
    other: 'Otro motivo',
  },

  conflictsTitle: 'Esa hora ya está ocupada',
  conflictsIntro: (n: number) =>
    n === 1
      ? 'Una persona o sala ya tiene otra audiencia a esa hora:'
      : `${n} personas o salas ya tienen otra audiencia a esa hora:`,
  judgeBusy: (name: string) => `${name} tiene otra audiencia`,
  courtroomBusy: (name: string) => `La sala ${name} está ocupada`,
  professionalBusy: (role: string, name: string) => `${role}: ${name} está en otra audiencia`,
  interpreterBusy: (language: string, n: number) =>
    n === 1
      ? `El intérprete de ${language} está en otra audiencia`
      : `Los ${n} intérpretes de ${language} están en otras audiencias`,
  otherHearing: (hearing: string, when: string, petition: string) => `${hearing}, ${when}, caso ${petition}`,
  offersTitle: 'Horas libres',
  offersIntro: 'Estas horas están libres para el juez, la sala y todas las personas del caso. Elija una:',
  offersMeetDeadline: (date: string) => `Todas son antes del plazo, el ${date}, o ese mismo día.`,
  offersMissDeadline: (date: string) =>
    `No hay horas libres antes del plazo, el ${date}. Estas son las primeras horas libres después.`,
  noOffers: 'No se encontró ninguna hora libre. Elija otro día.',
  pick: (when: string) => `Usar: ${when}`,
  acceptTitle: 'Programarla a esta hora de todos modos',
  acceptIntro:
    'Un juez puede programar dos audiencias a la vez a sabiendas. Explique por qué; el motivo queda en el registro de auditoría.',
  acceptReason: 'Motivo',
  acceptSubmit: 'Programarla de todos modos',
  acceptTooShort: 'Escriba el motivo con al menos 10 caracteres.',
};
