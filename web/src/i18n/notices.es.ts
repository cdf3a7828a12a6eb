import type { noticesEn } from './notices.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Español: las palabras de la página de avisos. Mismas claves que notices.en.ts. */
export const noticesEs: typeof noticesEn = {
  title: 'Avisos de audiencia',
  notFoundTitle: 'No se encontró la audiencia',
  notFoundText: 'Esa audiencia no existe, o su caso no está entre los que usted puede ver.',
  linkToNotices: 'Avisos',
  linkLabel: (hearing: string, when: string) => `Avisos de la ${hearing.toLowerCase()} del ${when}`,
  backToCase: (petition: string) => `Volver al caso ${petition}`,
  about: 'La audiencia',
  what: 'Qué',
  when: 'Cuándo',
  where: 'Dónde',
  judge: 'Juez',
  status: 'Estado',

  intro:
    'Todas las personas que deben recibir aviso de esta audiencia, cómo se les avisa y qué se envió. Los padres de crianza, los padres preadoptivos y los familiares que cuidan al niño reciben aviso y pueden ser escuchados, aunque no son partes.',
  noMailServer:
    'Hearth no tiene un servidor de correo configurado, así que los avisos por correo electrónico quedan como “no enviados”. Imprímalos o pídale a su administrador que configure HEARTH_SMTP_URL.',

  icwaTitle: 'Ley de Bienestar del Niño Indígena (ICWA)',
  icwaStatus: {
    applies: 'Se aplica la ICWA: el tribunal determinó que un niño de este caso es un niño indígena.',
    reasonToKnow:
      'Hay motivos para saber que un niño de este caso es un niño indígena. Hasta que el tribunal decida, se le trata como tal.',
    notIndianChild: 'El tribunal determinó que ningún niño de este caso es un niño indígena.',
    unknown: 'No hay ninguna determinación sobre la ICWA.',
  },
  icwaNotGated: 'El período de espera no se aplica a este tipo de audiencia.',
  icwaEarliest: (date: string) =>
    `Esta audiencia puede celebrarse el ${date} como muy pronto, cuando haya pasado el período de espera desde que los padres, el custodio indígena y la tribu reciban el aviso, con los días adicionales que hayan pedido.`,
  icwaTooEarly: (date: string) =>
    `Esta audiencia está fijada demasiado pronto. No puede celebrarse antes del ${date}. Cambie la fecha a ese día o después antes de enviar los avisos.`,
  icwaEstimated: 'Algunas fechas de recibo son aproximadas, porque todavía no ha vuelto el acuse de recibo.',
  icwaColumns: {
    who: 'Quién',
    received: 'Recibió el aviso',
    extra: 'Días adicionales pedidos',
    earliest: 'Audiencia no antes del',
  },
  estimated: (date: string) => `${date} (aproximada)`,

  warningsTitle: 'Antes de enviar',
  warning: {
    icwaNoTribe:
      'No hay ninguna tribu en este caso. Envíe el aviso al Director Regional de la Oficina de Asuntos Indígenas (BIA).',
    noMailingAddress: (name: string) =>
      `No hay dirección postal para ${name}. Busque una, o entréguele el aviso en persona.`,
  },

  recipientsTitle: 'Quién debe recibir aviso',
  noRecipients: 'No hay nadie que deba recibir aviso de esta audiencia.',
  columns: {
    name: 'Nombre',
    role: 'Por qué',
    how: 'Cómo',
    language: 'Idioma',
    sent: 'Enviado',
    status: 'Entrega',
    proof: 'Constancia de entrega',
    pdf: 'Carta',
  },
  notYet: 'Todavía no',
  role: {
    parent: 'Padre o madre',
    indian_custodian: 'Custodio indígena',
    tribe: 'Tribu',
    youth: 'Joven (a su propio nombre)',
    parent_attorney: 'Abogado de los padres',
    youth_attorney: 'Abogado del joven',
    guardian_ad_litem: 'Tutor ad litem',
    agency_attorney: 'Abogado del tribunal de menores',
    caseworker: 'Trabajador social',
    casa_volunteer: 'Voluntario de CASA',
    caregiver: 'Familia de crianza o familiar que cuida al niño (derecho a ser escuchado)',
  },
  channel: {
    email: 'Correo electrónico',
    mail: 'Correo postal',
    registered_mail: 'Correo certificado con acuse de recibo',
  },
  language: { en: 'Inglés', es: 'Español' },

  send: 'Enviar avisos',
  sending: 'Enviando…',
  notSent: 'No se enviaron los avisos',
  sendHint:
    'Los correos electrónicos salen ahora. Las cartas para enviar por correo postal quedan listas para imprimir abajo.',
  sent: (n: number) =>
    `${plural(n, 'aviso se envió', 'avisos se enviaron')} o quedaron listos para enviar por correo postal.`,
  pastHearing: 'Esta audiencia ya no es próxima, así que no se pueden enviar avisos.',

  logTitle: 'Qué se envió',
  noneSent: 'Todavía no se ha enviado ningún aviso de esta audiencia.',
  delivery: {
    sending: 'Enviándose',
    sent: 'El servidor de correo aceptó el mensaje',
    failed: 'Falló el correo electrónico',
    not_sent: 'No enviado: no hay servidor de correo',
    ready_to_mail: 'Listo para imprimir y enviar',
    no_address: 'Sin dirección postal',
  },
  method: {
    email: 'Correo electrónico',
    first_class_mail: 'Correo postal de primera clase',
    registered_mail: 'Correo registrado',
    certified_mail: 'Correo certificado',
    personal: 'En persona',
    in_court: 'En el tribunal',
  },
  proof: (method: string, date: string, by: string) => `${method} el ${date}${by ? `, por ${by}` : ''}`,
  receipt: (date: string) => `Acuse de recibo firmado el ${date}`,
  extraDays: (n: number) => `Pidió ${plural(n, 'día más', 'días más')}`,
  noProof: 'Todavía no se ha registrado',
  pdf: (name: string) => `Carta para ${name} (PDF)`,
  sentBy: (who: string) => `por ${who}`,

  proofTitle: 'Registrar la constancia de entrega',
  proofIntro:
    'Cuando una carta se haya enviado por correo o entregado, registre cómo y cuándo. Si fue por correo registrado o certificado, agregue la fecha del acuse de recibo cuando regrese.',
  proofNotice: 'Aviso',
  proofNoticeOption: (name: string, how: string) => `${name} — ${how}`,
  proofMethod: 'Cómo se entregó',
  proofServedDate: 'Fecha de entrega o de envío',
  proofServedBy: 'Entregado por',
  proofServedByHint: 'Déjelo en blanco para registrar su propio nombre.',
  proofReceipt: 'Fecha del acuse de recibo',
  proofExtraDays: 'Días adicionales que pidió la persona para prepararse (ICWA, hasta 20)',
  proofSave: 'Guardar la constancia de entrega',
  proofSaving: 'Guardando…',
  proofSaved: (name: string) => `Se guardó la constancia de entrega para ${name}.`,
  proofNotSaved: 'No se guardó la constancia de entrega',
  proofChoose: 'Elija un aviso.',
  proofDateRequired: 'Escriba la fecha en que se entregó o se envió.',
};
