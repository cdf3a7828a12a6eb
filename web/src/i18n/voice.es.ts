import type { voiceEn } from './voice.en.ts';

/** A time written "4:00 p.m." already ends the sentence: no second period. */
const ended = (when: string): string => (when.endsWith('.') ? when : `${when}.`);

/**
 * Palabras de las páginas de voz: los jóvenes le escriben al juez, los cuidadores informan al tribunal.
 * Lenguaje claro y frases cortas, de usted. Mismas claves que voice.en.ts.
 */
export const voiceEs: typeof voiceEn = {
  home: {
    youthTitle: 'Hable con el juez',
    youthIntro: 'Antes de su audiencia, usted puede decirle al juez lo que es importante para usted.',
    youthLink: 'Escribirle al juez',
    caregiverTitle: 'Sus informes al tribunal',
    caregiverIntro:
      'Los padres de crianza y los parientes cuidadores pueden decirle al tribunal cómo está un niño antes de cada audiencia.',
    caregiverLink: (name: string) => `Informar al tribunal sobre ${name}`,
  },
  childLink: {
    self: 'Escribirle al juez',
    caregiver: 'Informar al tribunal',
    other: 'Voces para las próximas audiencias',
  },
  page: {
    titleSelf: 'Su voz en el tribunal',
    titleCaregiver: (name: string) => `Informe al tribunal sobre ${name}`,
    titleOther: (name: string) => `${name}: voces para las próximas audiencias`,
    introSelf:
      'El juez quiere escucharle. Usted puede escribir lo que quiere que sepa el juez. También puede decir cómo va a venir a su audiencia.',
    introCaregiver:
      'Como padre de crianza o pariente cuidador del niño, usted tiene derecho a ser escuchado. Dígale al juez cómo está el niño.',
    introOther:
      'Lo que el joven y el cuidador enviaron para cada próxima audiencia, en la medida en que usted puede leerlo, y cómo asistirá el joven.',
    notFoundTitle: 'No se encontró',
    notFoundText: 'No existe ese niño, o esta página no es para usted.',
    noHearingsSelf:
      'Usted no tiene ninguna audiencia fijada ahora. Cuando se fije una, podrá escribirle al juez aquí.',
    noHearings: 'No hay ninguna audiencia fijada.',
    hearingHeading: (type: string, when: string) => `${type}, ${when}`,
    when: 'Cuándo',
    where: 'Dónde',
    judge: 'Juez',
    closes: (when: string) => `Puede escribir hasta el ${ended(when)}`,
    closesOther: (when: string) => `Los mensajes, informes y planes se pueden enviar hasta el ${ended(when)}`,
    closed: 'Esta audiencia ya no recibe mensajes ni informes.',
    underAge: (age: number) =>
      `Los jóvenes de ${age} años o más pueden escribirle al juez. El tribunal también puede permitir que escriba un niño menor. Pregunte a su abogado o a su tutor ad litem (GAL).`,
    noBirthDate:
      'Hearth no tiene la fecha de nacimiento de este joven, así que el tribunal tiene que permitirle escribirle al juez.',
    byPermission: 'El tribunal permitió que este joven le escriba al juez.',
    allVoices: 'Todas las voces de esta audiencia',
    back: 'Volver a su página de inicio',
  },
  people: {
    title: 'Quién trabaja en su caso',
    none: 'Todavía no hay nadie en la lista.',
  },
  statement: {
    title: 'Lo que quiero que sepa el juez',
    titleOther: 'Lo que el joven quiere que sepa el juez',
    hint: 'Escriba con sus propias palabras. Puede ser corto. Puede guardarlo y volver más tarde. Nada llega al juez hasta que usted oprima “Enviar al juez”.',
    label: 'Su mensaje al juez',
    whoReads: 'Quién lo va a leer',
    always: 'El juez y su abogado o tutor ad litem (GAL) lo van a leer.',
    choose: 'Usted decide si alguien más lo puede leer. Marque una casilla para compartirlo.',
    audience: {
      caseworker: 'Mi trabajador social (y su supervisor)',
      casa: 'Mi voluntario de CASA',
      caregiver: 'La familia con la que vivo',
      agency_attorney: 'El abogado de la agencia',
      parents: 'Mis padres y sus abogados',
    },
    parentsNote: 'Sus padres no lo van a leer a menos que usted marque esa casilla.',
    judgeMayShare:
      'Puede que el juez tenga que contarles a las otras personas de su caso lo que usted escribió. Su abogado le puede explicar cómo.',
    save: 'Guardar borrador',
    saving: 'Guardando…',
    saved: 'Su borrador está guardado. Solo usted lo puede ver.',
    send: 'Enviar al juez',
    sending: 'Enviando…',
    sendWarning: 'Después de enviarlo, ya no lo puede cambiar.',
    sentTitle: 'Enviado al juez',
    sentText: (when: string) =>
      `Usted envió esto el ${ended(when)} El juez lo va a leer antes de su audiencia.`,
    sentOther: (when: string) => `Enviado el ${when}`,
    sharedWith: (who: string) => `También se comparte con: ${who}.`,
    sharedWithNoOne: 'Solo el juez y su abogado o GAL lo pueden leer.',
    empty: 'Escriba algo antes de enviarlo.',
    stale: 'Esto cambió en otra ventana. Se cargó la versión más nueva. Revísela y vuelva a intentarlo.',
    none: 'No se envió nada para esta audiencia que usted pueda leer.',
  },
  attendance: {
    titleSelf: 'Cómo voy a venir a mi audiencia',
    titleOther: 'Cómo asistirá el joven',
    legend: 'Elija una opción',
    self: {
      in_person: 'En persona, en el tribunal',
      remote: 'Por video o por teléfono',
      excused: 'No voy a venir (con permiso)',
    },
    other: {
      in_person: 'En persona',
      remote: 'Por video o por teléfono',
      excused: 'Con permiso para no asistir',
    },
    reason: '¿Por qué? El juez lo va a ver.',
    reasonRequired: 'Diga por qué el joven no va a venir.',
    save: 'Guardar',
    saving: 'Guardando…',
    saved: 'Guardado.',
    current: (how: string, who: string, when: string) => `${how}. Lo registró ${who} el ${ended(when)}`,
    noPlan: 'Todavía no hay un plan registrado.',
    by: {
      youth: 'el joven',
      guardian_ad_litem: 'el tutor ad litem',
      youth_attorney: 'el abogado del joven',
      caseworker: 'el trabajador social',
      court: 'el tribunal',
    },
  },
  report: {
    title: 'Informe del cuidador al tribunal',
    intro:
      'Dígale al juez cómo está el niño. Conteste lo que pueda y deje vacío lo demás. Lo van a leer el juez, el secretario y los profesionales del caso, también los abogados de los padres.',
    fields: {
      health: 'Salud: médico, dentista, medicinas',
      school: 'Escuela',
      behaviour: 'Conducta y sentimientos',
      familyTime: 'Tiempo en familia: visitas con los padres, hermanos y hermanas',
      needs: 'Lo que el niño necesita',
      forTheJudge: 'Lo que usted quiere que sepa el juez',
    },
    healthNote: 'La salud es privada. Solo las personas que la agencia autorizó van a leer esta respuesta.',
    save: 'Guardar borrador',
    saving: 'Guardando…',
    saved: 'Su borrador está guardado. Solo su hogar lo puede ver.',
    submit: 'Enviar al tribunal',
    submitting: 'Enviando…',
    submitWarning: 'Después de enviarlo, ya no lo puede cambiar.',
    sentTitle: 'Enviado al tribunal',
    sentText: (when: string) => `Usted envió este informe el ${ended(when)}`,
    empty: 'Conteste al menos una pregunta antes de enviar el informe.',
    withheld: 'No se muestra: la información de salud necesita una autorización.',
    kind: {
      foster_parent: 'Padre o madre de crianza',
      kin: 'Pariente cuidador',
      pre_adoptive: 'Padre o madre preadoptivo',
    },
    from: (household: string, kind: string) => `De ${household} (${kind})`,
    none: 'No se envió ningún informe del cuidador para esta audiencia que usted pueda leer.',
  },
  permission: {
    title: 'Permiso del tribunal para escribirle al juez',
    intro: (age: number) =>
      `Un niño menor de ${age} años puede escribirle al juez cuando el tribunal lo permite. Registre la orden aquí.`,
    granted: 'El tribunal permite que este niño le escriba al juez',
    orderDate: 'Fecha de la orden',
    save: 'Registrar la orden',
    saving: 'Registrando…',
    saved: 'Registrado.',
    current: (date: string) => `Permitido por la orden del ${date}.`,
    ended: (date: string) => `La orden del ${date} terminó el permiso.`,
  },
  hearingPage: {
    title: 'Lo que el tribunal escucha del joven y de los cuidadores',
    backToCase: (petition: string) => `Volver al caso ${petition}`,
    notFoundTitle: 'No se encontró la audiencia',
    notFoundText: 'No existe esa audiencia, o sus voces no son para usted.',
  },
  bench: {
    title: 'Voces para esta audiencia',
    youthTitle: 'Lo que el joven quiere que sepa el juez',
    youthNone: 'Ningún joven de este caso le ha escrito al juez para esta audiencia.',
    sent: (when: string) => `Enviado el ${when}`,
    wroteIn: { en: 'Escrito en inglés', es: 'Escrito en español' },
    sharedWith: (who: string) => `El joven también lo comparte con: ${who}.`,
    sharedWithNoOne: 'El joven no lo comparte con nadie más.',
    audience: {
      caseworker: 'su trabajador social y el supervisor',
      casa: 'su voluntario de CASA',
      caregiver: 'la familia con la que vive',
      agency_attorney: 'el abogado de la agencia',
      parents: 'sus padres y los abogados de los padres',
    },
    age: (n: number) => `${n} años`,
    caregiverTitle: 'Informes de los cuidadores',
    caregiverNone: 'Ningún cuidador ha enviado un informe para esta audiencia.',
    attendanceTitle: 'Cómo asistirá el joven',
    attendanceNone: 'Ningún joven de este caso tiene la edad, ni el permiso del tribunal, para participar.',
    attendancePlan: 'Plan previsto',
    attendanceRecorded: 'Registrado por el tribunal',
    attendanceStatus: {
      in_person: 'En persona',
      remote: 'Por video o por teléfono',
      excused: 'Con permiso para no asistir',
      absent: 'Ausente',
    },
    noPlan: 'Todavía no hay plan',
    columns: { youth: 'Joven', how: 'Cómo', source: 'Origen', reason: 'Motivo' },
  },
};
