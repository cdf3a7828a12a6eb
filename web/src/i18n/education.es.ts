import type { educationEn } from './education.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español de educación y vida normal: mismas claves que education.en.ts. Lenguaje claro, de usted. */
export const educationEs: typeof educationEn = {
  title: 'Educación',
  intro:
    'Las escuelas y la estabilidad escolar durante el cuidado temporal (SSA §475(1)(G); ESSA), con las decisiones sobre ellas.',
  flagsHeading: 'Requiere atención',
  flag: {
    bid_missing: (date: string, days: number) =>
      `No hay decisión sobre el interés superior para el cambio de colocación del ${date}: ${plural(days, 'día', 'días')} de retraso.`,
    bid_late: (date: string, days: number) =>
      `La decisión sobre el interés superior para el cambio de colocación del ${date} llegó ${plural(days, 'día', 'días')} tarde.`,
    enrollment_gap: (date: string, days: number) =>
      `${plural(days, 'día de clases', 'días de clases')} sin escuela, desde el ${date}.`,
    credits_behind: (_date: string, credits: number) =>
      `${plural(credits, 'crédito', 'créditos')} por debajo de lo esperado para el grado.`,
    iep_review_overdue: (date: string, days: number) =>
      `La revisión del IEP o del plan 504 vencía el ${date}: ${plural(days, 'día', 'días')} de retraso.`,
    chronic_absence: (date: string, days: number, enrolled?: number) =>
      enrolled
        ? `Falta a clases: faltó ${days} de ${enrolled} días en el período que empezó el ${date} (${Math.round((days * 100) / enrolled)}%).`
        : `Falta a clases: faltó ${plural(days, 'día', 'días')} en el período que empezó el ${date}.`,
  },
  unconfirmed: 'el número de días no está confirmado en la ley',
  rule: (citation: string) => `Norma: ${citation}`,

  schoolsHeading: 'Escuelas',
  moves: (moves: number, schoolYear: number) =>
    `${plural(moves, 'cambio de escuela', 'cambios de escuela')}, ${schoolYear} durante el año escolar.`,
  movesSince: (date: string) => `Contados desde que entró en cuidado temporal el ${date}.`,
  movesRule:
    'Un cambio es cualquier cambio de escuela, salvo el paso al siguiente nivel escolar. Un cambio durante el año escolar es uno que empieza fuera de las vacaciones de verano.',
  noSchools: 'Todavía no hay ninguna escuela registrada.',
  schoolOfOrigin: 'Escuela de origen',
  move: 'Cambio',
  attendingSince: (date: string) => `Desde el ${date}`,
  attended: (from: string, to: string) => `Del ${from} al ${to}`,
  recordsRequested: (date: string) => `Expediente pedido el ${date}`,
  recordsReceived: (date: string) => `expediente recibido el ${date}`,
  reason: {
    placement_change: 'Cambio de colocación',
    returned_to_school_of_origin: 'Regreso a la escuela de origen',
    promotion: 'Siguiente nivel escolar',
    discipline: 'Disciplina',
    family_move: 'Mudanza de la familia',
    other: 'Otra razón',
  } as Record<string, string>,
  exitReason: {
    moved: 'Se fue a otra escuela',
    graduated: 'Se graduó',
    aged_out: 'Cumplió la edad límite',
    other: 'Otra',
  } as Record<string, string>,

  bidHeading: 'Decisiones sobre el interés superior',
  noBid: 'No hay ninguna decisión sobre el interés superior registrada.',
  decidedOn: 'Fecha de la decisión',
  decision: {
    stay_in_school_of_origin: 'Quedarse en la escuela de origen',
    move: 'Cambiar a una escuela nueva',
  } as Record<string, string>,
  decisionLabel: 'Decisión',
  forPlacement: (date: string) => `Para el cambio de colocación del ${date}`,
  tookPart: 'Quiénes participaron',
  factorsWeighed: 'Factores considerados',
  dispute: 'Desacuerdo',
  noDispute: 'Ninguno',
  disputeOutcome: {
    pending: 'En desacuerdo: aún sin resolver',
    upheld: 'En desacuerdo: se mantuvo la decisión',
    reversed: 'En desacuerdo: se cambió la decisión',
    withdrawn: 'En desacuerdo: se retiró',
  } as Record<string, string>,
  transportHeading: 'Transporte',
  transport: (provider: string, payer: string, from: string) =>
    `Lo da: ${provider}; lo paga: ${payer}; desde el ${from}.`,
  noTransport: 'No hay plan de transporte.',
  participant: {
    child: 'El niño o la niña',
    parent: 'Madre o padre',
    caregiver: 'Cuidador',
    caseworker: 'Trabajador social',
    school_district: 'Distrito escolar',
    education_decision_maker: 'Quien decide sobre la educación',
    education_advocate: 'Defensor educativo',
    guardian_ad_litem: 'Tutor ad litem',
    other: 'Otra persona',
  } as Record<string, string>,
  factor: {
    appropriateness_of_current_setting: 'Qué tan bien le va en la escuela actual',
    proximity_to_placement: 'Distancia desde el nuevo hogar',
    child_preference: 'Lo que quiere el niño o la niña',
    special_education_needs: 'Necesidades de educación especial',
    safety: 'Seguridad',
    travel_time: 'Tiempo de viaje',
    school_attachment: 'Amigos y maestros de la escuela',
    siblings_schools: 'Las escuelas de sus hermanos',
    credits_and_graduation: 'Créditos y graduación',
    other: 'Otro',
  } as Record<string, string>,
  provider: {
    school_district: 'el distrito escolar',
    agency: 'la agencia',
    caregiver: 'el cuidador',
    public_transit: 'el transporte público',
    shared: 'compartido',
    other: 'otra persona',
  } as Record<string, string>,
  payer: {
    school_district: 'el distrito escolar',
    agency: 'la agencia',
    shared: 'ambos, compartido',
    title_iv_e: 'fondos del título IV-E',
    other: 'otra persona',
  } as Record<string, string>,

  makerHeading: 'Quién decide sobre la educación',
  noMaker:
    'No hay nadie registrado. La madre o el padre conserva este derecho salvo que un tribunal lo limite.',
  makerLine: (name: string, relationship: string, since: string) =>
    `${name} (${relationship}), desde el ${since}`,
  authorityLabel: 'Autoridad',
  relationship: {
    parent: 'madre o padre',
    foster_parent: 'padre o madre de crianza',
    relative: 'familiar',
    surrogate_parent: 'padre sustituto',
    guardian: 'tutor legal',
    youth: 'el propio joven',
    other: 'otra relación',
  } as Record<string, string>,
  authority: {
    parental_right: 'Derecho propio de la madre o el padre',
    court_order: 'Orden del tribunal',
    surrogate_appointment: 'Nombramiento como padre sustituto',
    foster_parent_as_parent: 'Padre o madre de crianza en lugar de los padres',
    rights_transferred_at_majority: 'Derechos transferidos al cumplir la mayoría de edad',
  } as Record<string, string>,

  planHeading: 'IEP o plan 504',
  planWithheld:
    'No se muestra: los IEP y los planes 504 son información de salud y solo se muestran con un permiso de salud.',
  noPlan: 'No hay ningún IEP ni plan 504 registrado.',
  planType: { iep: 'IEP (programa de educación individualizado)', section_504: 'Plan 504' } as Record<
    string,
    string
  >,
  planLine: (type: string, date: string, review: string) =>
    `${type} del ${date}; próxima revisión antes del ${review}`,

  attendanceHeading: 'Asistencia',
  noAttendance: 'No hay asistencia registrada.',
  term: 'Período',
  dates: 'Fechas',
  daysAbsent: 'Días de ausencia',
  absentOf: (absent: number, enrolled: number) => `${absent} de ${enrolled}`,

  creditsHeading: 'Créditos',
  noCredits: 'No hay créditos registrados (se registran del grado 9 al 12).',
  creditsLine: (earned: number, expected: number, grade: number, asOf: string) =>
    `${earned} obtenidos de ${expected} esperados para el grado ${grade}, al ${asOf}.`,
  behind: (n: number) => `${n} por debajo`,
  onTrack: 'Al día',

  advocateHeading: 'Defensor educativo',
  noAdvocate: 'No hay ningún defensor educativo nombrado.',
  advocateSince: (date: string) => `desde el ${date}`,

  actions: {
    heading: 'Registrar educación',
    school: 'Registrar una escuela o un cambio de escuela',
    bid: 'Registrar una decisión sobre el interés superior',
    maker: 'Nombrar a quién decide sobre la educación',
    plan: 'Registrar un IEP o un plan 504',
    attendance: 'Registrar la asistencia',
    credits: 'Registrar los créditos',
    advocate: 'Nombrar al defensor educativo',
  },

  normalcyTitle: 'Actividades y vida normal',
  normalcyIntro:
    'Decisiones sobre actividades según el criterio de padre razonable y prudente (SSA §475(10)), y conversaciones con el joven sobre lo que quiere hacer.',
  decisionsHeading: 'Decisiones sobre actividades',
  noDecisions: 'No hay ninguna decisión registrada.',
  activity: 'Actividad',
  kind: 'Tipo',
  decidedBy: 'Quién decidió',
  answer: 'Respuesta',
  approved: 'Sí',
  notApproved: 'No se permitió',
  notes: 'Notas',
  category: {
    sport: 'Deporte',
    sleepover: 'Pijamada',
    trip: 'Viaje',
    job: 'Trabajo',
    driving_lessons: 'Clases de manejo',
    haircut: 'Corte o peinado',
    club: 'Club o grupo',
    cultural: 'Actividad cultural o de fe',
    social_media: 'Teléfono o redes sociales',
    other: 'Otra',
  } as Record<string, string>,
  conversationsHeading: 'Conversaciones con el joven',
  noConversations: 'No hay ninguna conversación registrada.',
  conversationBy: (date: string, by: string) => `${date}, con ${by}`,
  wants: 'Lo que quiere hacer',
  barriers: 'Lo que se lo impide',
  followUp: 'Próximo paso',
  followUpBy: (text: string, date: string) => `${text} (antes del ${date})`,
  normalcyActions: {
    heading: 'Registrar sobre la vida normal',
    decision: 'Registrar una decisión sobre una actividad',
    conversation: 'Registrar una conversación con el joven',
  },

  form: {
    saved: 'Se guardó.',
    schoolTitle: (name: string) => `Escuela de ${name}`,
    schoolIntro:
      'Registre la escuela a la que va el niño. Si ahora va a otra escuela, esa inscripción termina el día anterior y cuenta como un cambio.',
    schoolName: 'Escuela',
    schoolDistrict: 'Distrito escolar',
    enrolledOn: 'Primer día en esta escuela',
    enrollReason: 'Por qué empezó aquí',
    isSchoolOfOrigin: 'Es la escuela de origen (la escuela al ser colocado, o en el cambio de colocación)',
    recordsRequestedOn: 'Expediente pedido el',
    previousExitedOn: 'Último día en la escuela anterior',
    previousExitedOnHint: 'Déjelo vacío para usar el día anterior al primer día aquí.',
    schoolSubmit: 'Guardar la escuela',

    bidTitle: (name: string) => `Decisión sobre el interés superior de ${name}`,
    bidIntro:
      'Si quedarse en la escuela de origen es lo mejor para el niño, decidido con el distrito escolar, el niño y sus padres. Quedarse necesita un plan de transporte.',
    placement: 'Cambio de colocación al que corresponde',
    noPlacement: 'No corresponde a un cambio de colocación',
    placementOption: (date: string, setting: string) => `${date}: ${setting}`,
    participantsLegend: 'Quiénes participaron: escriba el nombre de quienes participaron',
    participantName: (role: string) => `${role}: nombre`,
    factors: 'Factores considerados',
    decision: 'Decisión',
    disputed: 'Alguien no está de acuerdo con la decisión',
    disputeOutcomeLabel: 'Resultado del desacuerdo',
    bidNotes: 'Notas',
    transportLegend: 'Plan de transporte',
    transportProvider: 'Quién da el transporte',
    transportPayer: 'Quién lo paga',
    transportStartsOn: 'Empieza el',
    transportNotes: 'Notas sobre el transporte',
    bidSubmit: 'Guardar la decisión',

    makerTitle: (name: string) => `Quién decide sobre la educación de ${name}`,
    makerIntro:
      'Quién toma las decisiones sobre la educación del niño. La madre o el padre conserva este derecho salvo que un tribunal lo limite; cualquier otra persona necesita la orden o el nombramiento que se lo da.',
    makerName: 'Nombre',
    relationshipLabel: 'Relación con el niño',
    authorityReference: 'Orden o nombramiento (número y fecha)',
    since: 'Desde',
    makerSubmit: 'Guardar',

    planTitle: (name: string) => `IEP o plan 504 de ${name}`,
    planIntro:
      'Información de salud: solo la pueden guardar personas con un permiso de salud para este niño.',
    planTypeLabel: 'Tipo de plan',
    planDate: 'Fecha del plan',
    nextReviewOn: 'Próxima revisión antes del',
    nextReviewHint: 'Déjelo vacío para un año después de la fecha del plan.',
    disabilityCategory: 'Tipo de discapacidad',
    planNotes: 'Notas',
    planSubmit: 'Guardar el plan',

    attendanceTitle: (name: string) => `Asistencia de ${name}`,
    termName: 'Período',
    termNameHint: 'Por ejemplo, otoño de 2026.',
    termStart: 'El período empieza',
    termEnd: 'El período termina',
    daysAbsent: 'Días de ausencia',
    daysEnrolled: 'Días de clases del período',
    attendanceSubmit: 'Guardar la asistencia',

    creditsTitle: (name: string) => `Créditos de ${name}`,
    asOf: 'Al día',
    grade: 'Grado (del 9 al 12)',
    earned: 'Créditos obtenidos',
    expected: 'Créditos esperados para el grado',
    expectedHint: 'Déjelo vacío para usar los créditos de graduación del estado, repartidos en cuatro años.',
    creditsSubmit: 'Guardar los créditos',
    wholeNumber: 'Escriba un número.',

    advocateTitle: (name: string) => `Defensor educativo de ${name}`,
    advocateName: 'Nombre',
    organization: 'Organización',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    advocateSubmit: 'Guardar el defensor',

    decisionTitle: (name: string) => `Decisión sobre una actividad de ${name}`,
    decisionIntro:
      'Una decisión que usted tomó como padre razonable y prudente: con cuidado y sentido común, protegiendo al niño y dejándolo crecer.',
    categoryLabel: 'Tipo de actividad',
    activityLabel: 'La actividad',
    activityHint: 'Por ejemplo, práctica de fútbol los sábados.',
    decidedOnLabel: 'Fecha de la decisión',
    decidedByLabel: 'Quién decidió',
    decidedByHint: 'Déjelo vacío si decidió usted.',
    approvedLabel: 'Su respuesta',
    approvedYes: 'Sí, se permite',
    approvedNo: 'No, no se permite',
    decisionNotes: 'Notas',
    decisionSubmit: 'Guardar la decisión',

    conversationTitle: (name: string) => `Conversación con ${name}`,
    heldOn: 'Fecha de la conversación',
    wantsLabel: 'Lo que quiere hacer',
    barriersLabel: 'Lo que se lo impide',
    followUpLabel: 'Próximo paso',
    followUpByLabel: 'Próximo paso antes del',
    conversationSubmit: 'Guardar la conversación',
  },

  bench: {
    title: 'Educación',
    shownToCourt: 'Se muestra al tribunal',
    currentSchool: 'Escuela',
    noSchool: 'Ninguna escuela registrada',
    moves: (moves: number, schoolYear: number) =>
      `${plural(moves, 'cambio', 'cambios')} (${schoolYear} durante el año escolar)`,
    lastBid: 'Última decisión sobre el interés superior',
    noBid: 'Ninguna registrada',
    maker: 'Quién decide',
    plan: 'IEP o 504',
    planWithheld: 'No se muestra (información de salud)',
    attendance: 'Asistencia en este período',
    attendanceLine: (term: string, days: number) => `${term}: ${plural(days, 'día', 'días')} de ausencia`,
    credits: 'Créditos',
    activities: 'Últimas decisiones sobre actividades',
    noActivities: 'Ninguna registrada',
    none: 'Nada registrado',
  },
};
