import type { workEn } from './work.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español de las páginas de work: mismas claves que work.en.ts. Lenguaje claro, de usted. */
export const workEs: typeof workEn = {
  title: 'Trabajo',

  caseTimeline: 'Cronología',
  caseTimelineIntro:
    'El tiempo de cada niño en cuidado temporal y sus colocaciones, con las audiencias y las órdenes del caso. Lo más antiguo está a la izquierda.',
  caseTimelineSummary: (
    children: number,
    removals: number,
    placements: number,
    heard: number,
    upcoming: number,
    orders: number,
  ) =>
    `Cronología del caso: ${plural(children, 'niño', 'niños')}, ${plural(removals, 'retiro', 'retiros')}, ${plural(placements, 'colocación', 'colocaciones')}, ${plural(heard, 'audiencia pasada', 'audiencias pasadas')}, ${plural(upcoming, 'audiencia próxima', 'audiencias próximas')}, ${plural(orders, 'orden', 'órdenes')}.`,
  historyWithheld:
    'Los retiros y las colocaciones solo se muestran a quienes pueden ver la historia de los niños. A usted se le muestran las audiencias y las órdenes.',
  timelineNoRemoval: (name: string) => `${name}: ningún retiro en este caso`,
  legendOrder: 'Orden firmada',
  legendPastHearing: 'Audiencia celebrada o aplazada',
  eventHearing: (type: string, when: string, status: string) => `${type}, ${when} (${status})`,
  upcoming: 'próxima',

  dueTitle: 'Lo que le toca hacer',
  dueNone: 'No hay nada pendiente en los próximos 60 días para los niños en cuidado temporal de sus casos.',
  dueCounts: (overdue: number, soon: number, upcoming: number) =>
    `${overdue} atrasadas, ${soon} para pronto, ${upcoming} más adelante. Las atrasadas van primero.`,
  dueStatus: { overdue: 'Atrasada', dueSoon: 'Para pronto', upcoming: 'Más adelante' },
  dueKind: {
    caseworkerVisit: 'Visita mensual del trabajador social',
    permanencyHearing: 'Audiencia de permanencia: pida al tribunal que la fije',
    trialHomeVisit: 'La visita de prueba en el hogar llega a su límite de seis meses',
    fifteenOfTwentyTwo:
      '15 de los últimos 22 meses en cuidado temporal: decida sobre una petición de terminación de la patria potestad',
    courtReport: (hearing: string) => `Informe al tribunal para: ${hearing.toLowerCase()}`,
    transitionPlan: 'Plan de transición de 90 días con el joven, antes de que salga del cuidado',
    creditReport: 'Informe de crédito gratuito anual del joven',
  },
  duePetition: (petition: string) => `caso ${petition}`,
  dueBy: (date: string) => `Vence el ${date}`,
  wasDue: (date: string) => `Venció el ${date}`,
  dueColumns: {
    status: 'Estado',
    what: 'Qué hacer',
    child: 'Niño o niña y caso',
    due: 'Fecha límite',
    rule: 'Norma',
  },
  unconfirmed: 'número aún no confirmado',

  peopleTitle: 'Las personas de su caso',
  peopleIntro: 'Estas son las personas que trabajan en su caso.',
  peopleNone: 'Todavía no hay nadie en la lista de su caso. Pregúntele a su trabajador social.',
  peopleHelp:
    'Si tiene una pregunta sobre su caso o su audiencia, puede preguntarle a su trabajador social o a su abogado.',
  peopleRole: {
    judge: 'Juez',
    caseworker: 'Su trabajador social',
    guardian_ad_litem: 'Su tutor ad litem',
    youth_attorney: 'Su abogado',
    casa_volunteer: 'Su voluntario de CASA',
  },
  peopleWhat: {
    judge: 'Decide lo que pasa en su caso en cada audiencia.',
    caseworker: 'Trabaja con usted y su familia y se asegura de que usted esté seguro y bien cuidado.',
    guardian_ad_litem: 'Un abogado que le dice al juez lo que es mejor para usted.',
    youth_attorney: 'Su abogado. Le dice al juez lo que usted quiere.',
    casa_volunteer: 'Un voluntario que llega a conocerlo y le dice al juez cómo está usted.',
  },
  phone: 'Teléfono:',
  email: 'Correo electrónico:',

  glassOffer: 'Abrirlo de todos modos (romper el cristal)',
  glassOfferSensitive: 'Mostrarla de todos modos (romper el cristal)',
  glassTitle: '¿Por qué necesita abrirlo?',
  glassWarning:
    'Romper el cristal abre un expediente que no es de sus casos. Se registran su nombre, la hora y su motivo, y el acceso se revisa. Hágalo solo cuando su trabajo lo necesite.',
  glassReason: 'Motivo',
  glassHint: (n: number) => `Por lo menos ${n} caracteres.`,
  glassTooShort: (n: number) => `Escriba su motivo con por lo menos ${n} caracteres.`,
  glassSubmit: 'Abrir el expediente',
  glassSubmitSensitive: 'Mostrar la información protegida',
  glassCancel: 'Cancelar',
  glassBannerTitle: 'Abierto rompiendo el cristal',
  glassBannerText: 'Usted abrió esto rompiendo el cristal. El acceso queda registrado y se revisa.',
  glassBannerReason: 'Su motivo:',
  glassStillNotFound: 'Aun rompiendo el cristal, no se encontró nada en esta dirección.',
};
