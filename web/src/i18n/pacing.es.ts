import { clockKindsEs, clockStatusesEs } from '@hearth/core';
import type { pacingEn } from './pacing.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español de los plazos de permanencia: mismas claves que pacing.en.ts. Lenguaje claro, de usted. */
export const pacingEs: typeof pacingEn = {
  clocksTitle: 'Plazos',
  clocksIntro: (today: string, soonDays: number) =>
    `Los plazos del tiempo de este niño en cuidado temporal, al ${today}. Un plazo aparece como “vence pronto” ${soonDays} días antes de su fecha.`,
  notInCare: 'El niño no está en cuidado temporal hoy, así que no corre ningún plazo.',
  clockTitle: clockKindsEs,
  status: clockStatusesEs,
  missed: 'Perdido',
  rule: 'Regla:',
  unconfirmed: 'cifra aún no confirmada',
  dueBy: (date: string) => `Vence el ${date}`,
  wasDue: (date: string) => `Venció el ${date}`,
  daysLeft: (n: number) => (n === 0 ? 'Vence hoy' : `Quedan ${plural(n, 'día', 'días')}`),
  daysLate: (n: number) => `${plural(n, 'día', 'días')} de retraso`,
  enteredOn: (date: string) => `Ingresó al cuidado temporal el ${date}`,
  enteredRule: (removal: string) =>
    `La fecha más temprana entre la primera determinación de abuso o negligencia y 60 días después del retiro del ${removal}.`,
  provisional: 'Aún no hay adjudicación: la fecha se adelanta si el tribunal adjudica antes.',
  daysSince: (days: number, removal: string) =>
    `${plural(days, 'día', 'días')} desde el retiro del ${removal}`,
  earlierEpisodes: (days: number) =>
    `${plural(days, 'día', 'días')} en cuidado temporal sumando todas las veces que el niño estuvo en cuidado.`,
  counted: (days: number, of: number, months: string) =>
    `${days} días contados, unos ${months} meses (15 meses son ${of} días)`,
  countRule:
    'Se cuenta desde la fecha de ingreso al cuidado temporal, sumando cada vez en cuidado de los últimos 22 meses. No cuentan las visitas de prueba en el hogar ni el tiempo fugado.',
  reachedOn: (date: string) => `Se cumplió el ${date}`,
  projectedOn: (date: string) => `Se cumplirá el ${date} si nada cambia`,
  notReached: 'No se cumple en los próximos 15 meses tal como vive el niño ahora.',
  petitionFiled: (date: string) => `Petición de terminación de derechos presentada el ${date}.`,
  exceptionDocumented: (date: string, reason: string) => `Excepción documentada el ${date}: ${reason}.`,
  fileOrDocument:
    'Presente una petición para terminar los derechos de los padres, o documente una excepción.',
  relativeCare: 'El niño vive con un familiar: la agencia puede documentarlo como excepción.',
  documentException: 'Documentar una excepción',
  madeOn: (date: string) => `Hecha el ${date}`,
  madeLate: (date: string) =>
    `Hecha el ${date}, después del plazo: el niño no tiene derecho a pagos del título IV-E durante este tiempo en cuidado.`,
  notMadeMissed:
    'No se hizo a tiempo: el niño no tiene derecho a pagos del título IV-E durante este tiempo en cuidado.',
  inFirstOrder: (date: string) => `En la primera orden, firmada el ${date}`,
  notInFirstOrder: (date: string) =>
    `No está en la primera orden (${date}): el niño no tiene derecho a pagos del título IV-E durante este tiempo en cuidado.`,
  awaitingFirstOrder: 'Debe estar en la primera orden del tribunal después del retiro.',
  lastMade: (date: string) => `Hecha por última vez el ${date}`,
  ineligibleFrom: (date: string) =>
    `Si no se hace antes, el derecho a pagos del título IV-E se pierde el ${date}.`,
  ivEIneligible: (date: string) =>
    `No se hizo: el niño no tiene derecho a pagos del título IV-E desde el ${date} hasta que se haga.`,
  scheduledFor: (date: string) => `Fijada para el ${date}`,
  scheduledLate: (date: string) => `Fijada para el ${date}, después de la fecha en que vence`,
  noEffortsFinding: 'Vence 30 días después de la determinación de que no se requieren esfuerzos razonables.',
  thvLimit: (date: string) => `Límite de seis meses el ${date}`,
  thvOver:
    'Pasó su límite: salvo que un tribunal la haya extendido, se considera que el niño regresó a casa.',
  noExtensionRecorded:
    'Hearth todavía no registra las órdenes del tribunal que extienden una visita de prueba en el hogar.',
  notOnThv: 'El niño no está en una visita de prueba en el hogar.',
  voluntary: 'Una colocación voluntaria: esta determinación no corresponde.',

  exceptionTitle: (name: string) => `Documentar una excepción para ${name}`,
  exceptionIntro:
    'Cuando el niño lleva 15 de los últimos 22 meses en cuidado temporal, la agencia debe presentar una petición para terminar los derechos de los padres, salvo que se aplique una de estas razones. Se escribe en el plan del caso para que el tribunal la revise.',
  exceptionReason: 'Razón',
  exceptionDate: 'Fecha en que se documentó en el plan del caso',
  exceptionNote: 'Explique la razón',
  exceptionNoteHint: 'Obligatorio para una razón de peso: el tribunal la revisa.',
  exceptionSubmit: 'Guardar la excepción',
  exceptionSaved: 'Se guardó la excepción.',
  exceptionNotInCare: 'El niño no está en cuidado temporal hoy.',
  reason: {
    relative_placement: 'El niño está al cuidado de un familiar',
    compelling_reason: 'Una razón de peso por la que presentar la petición no es lo mejor para el niño',
    services_not_provided:
      'La agencia no ha dado los servicios que el plan del caso requiere para que el niño regrese a salvo',
  },

  atRiskTitle: 'En riesgo de perder un plazo',
  atRiskIntro: (soonDays: number) =>
    `Niños en cuidado temporal de sus casos con un plazo vencido o que vence en los próximos ${soonDays} días. Primero los vencidos.`,
  atRiskNone: (soonDays: number) =>
    `Ningún niño de sus casos tiene un plazo vencido o que venza en los próximos ${soonDays} días.`,
  atRiskCount: (n: number) => `${plural(n, 'niño', 'niños')} en riesgo.`,
  atRiskColumns: { child: 'Niño y caso', what: 'Qué está en riesgo', rule: 'Reglas' },
  casePetition: (petition: string) => `caso ${petition}`,

  reviewsLink: 'Revisiones de avance',
  reviewsTitle: (petition: string) => `Revisiones de avance, caso ${petition}`,
  reviewsIntro:
    'Revisiones breves y ordenadas del avance de cada niño hacia un hogar permanente, en momentos fijos del caso: antes de cada audiencia de permanencia, y cuando el niño se acerca a 15 de los últimos 22 meses en cuidado temporal.',
  reviewsBack: (petition: string) => `Volver al caso ${petition}`,
  reviewsDue: 'Revisiones por hacer',
  reviewsNoneDue: 'No hay revisiones pendientes para los niños en cuidado temporal de este caso.',
  reviewsRecorded: 'Revisiones registradas',
  reviewsNoneRecorded: 'Todavía no se ha registrado ninguna revisión.',
  reviewColumns: {
    child: 'Niño',
    checkpoint: 'Revisión',
    prepares: 'Prepara para',
    due: 'Vence',
    status: 'Estado',
  },
  checkpoint: {
    before_permanency_hearing: 'Antes de la audiencia de permanencia',
    fifteen_of_twenty_two_near: 'Cerca de 15 de 22 meses en cuidado temporal',
  },
  prepares: {
    before_permanency_hearing: (date: string) => `Audiencia de permanencia el ${date}`,
    fifteen_of_twenty_two_near: (date: string) => `15 de 22 meses se cumplen el ${date}`,
  },
  reviewStatus: { recorded: 'Registrada', overdue: 'Vencida', dueSoon: 'Vence pronto', upcoming: 'Próxima' },
  recordReview: 'Registrar esta revisión',
  recordFor: (child: string, checkpoint: string) =>
    `Registrar la revisión: ${child}, ${checkpoint.toLowerCase()}`,
  checklist: 'Lista de preguntas',
  prompt: {
    safety: '¿Está seguro el niño donde vive ahora?',
    case_plan_progress: '¿Avanzan los padres en el plan del caso?',
    family_time: '¿Se dan las visitas familiares (con los padres y hermanos) según lo previsto?',
    placement_stability: '¿Es estable la colocación, sin un cambio previsto?',
    concurrent_plan: '¿Se trabaja al mismo tiempo en el plan alternativo?',
    barriers: '¿Se han nombrado y atendido los obstáculos para la permanencia?',
    next_steps: 'Próximos pasos: quién hace qué y para cuándo',
  },
  answer: { met: 'Sí', partly: 'En parte', not_met: 'No se cumple', not_applicable: 'No corresponde' },
  answerNote: 'Notas',
  reviewDate: 'Fecha de la revisión',
  outcomeLabel: 'Resultado',
  outcome: {
    on_track: 'Va bien hacia la permanencia',
    action_needed: 'Hace falta actuar',
    plan_change_recommended: 'Se recomienda cambiar el plan de permanencia',
  },
  outcomeNote: 'Notas sobre el resultado',
  saveReview: 'Guardar la revisión',
  cancelReview: 'Cancelar',
  reviewSaved: 'Se guardó la revisión.',
  reviewedOn: (date: string, who: string) => `Hecha el ${date}, registrada por ${who}`,
  ruleSource: (citation: string) => `Fuente: ${citation}.`,
};
