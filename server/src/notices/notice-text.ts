import type { NoticeLanguage, NoticeRole, NoticeRules } from '@hearth/core';

/**
 * The words of a notice of hearing, in English or Spanish ("usted"), plain language: who it is for, what
 * hearing, when (court time), where, the right to attend and be heard, an interpreter at no cost. The
 * e-mail and the PDF say the same thing. No child is named anywhere in it: the case number and the
 * hearing identify the case, and the recipient is named only to themselves.
 */

export type NoticeTextInput = {
  language: NoticeLanguage;
  recipientName: string;
  role: NoticeRole;
  /** An ICWA notice: adds the rights to intervene and to more time, and the waiting period. */
  icwa: boolean;
  petitionNumber: string;
  hearingType: string;
  start: Date;
  timeZone: string;
  courtName: string;
  courtroom: string | null;
  location: string | null;
  judgeName: string | null;
  sentAt: Date;
  rules: NoticeRules;
};

/** A labelled paragraph ("When: …"), or a plain one. */
export type NoticeSection = { label: string | null; text: string };

export type NoticeText = {
  subject: string;
  title: string;
  greeting: string;
  sections: NoticeSection[];
  /** The same, as the plain-text body of the e-mail. */
  body: string;
};

const HEARING_TYPES: Record<NoticeLanguage, Record<string, string>> = {
  en: {
    custody: 'Custody hearing',
    adjudication: 'Adjudicatory hearing',
    disposition: 'Dispositional hearing',
    initial_judicial_review: 'Initial judicial review',
    permanency: 'Permanency hearing',
    permanency_review: 'Permanency review hearing',
    periodic_review: 'Periodic review hearing',
    tpr: 'Hearing on the termination of parental rights',
    discharge: 'Discharge hearing',
    other: 'Court hearing',
  },
  es: {
    custody: 'Audiencia de custodia',
    adjudication: 'Audiencia de adjudicación',
    disposition: 'Audiencia de disposición',
    initial_judicial_review: 'Primera revisión judicial',
    permanency: 'Audiencia de permanencia',
    permanency_review: 'Audiencia de revisión de permanencia',
    periodic_review: 'Audiencia de revisión periódica',
    tpr: 'Audiencia de terminación de la patria potestad',
    discharge: 'Audiencia de salida de la custodia',
    other: 'Audiencia del tribunal',
  },
};

const WHY: Record<NoticeLanguage, Record<NoticeRole, string>> = {
  en: {
    parent: 'You are a parent in this case.',
    indian_custodian: 'You are the Indian custodian of a child in this case.',
    tribe: 'Your tribe has the right to notice of this case under the Indian Child Welfare Act.',
    youth: 'This is your case. You have the right to be at your hearing. Your attorney can help you.',
    parent_attorney: 'You represent a parent in this case.',
    youth_attorney: 'You represent a child in this case.',
    guardian_ad_litem: 'You are the guardian ad litem of a child in this case.',
    agency_attorney: "You are the children's court attorney in this case.",
    caseworker: 'You are the caseworker in this case.',
    casa_volunteer: 'You are the CASA volunteer in this case.',
    caregiver: 'A child in this case lives with you.',
  },
  es: {
    parent: 'Usted es padre o madre en este caso.',
    indian_custodian: 'Usted es el custodio indígena de un niño en este caso.',
    tribe:
      'Su tribu tiene derecho a recibir aviso de este caso según la Ley de Bienestar del Niño Indígena (ICWA).',
    youth: 'Este es su caso. Usted tiene derecho a estar en su audiencia. Su abogado le puede ayudar.',
    parent_attorney: 'Usted representa a un padre o una madre en este caso.',
    youth_attorney: 'Usted representa a un niño en este caso.',
    guardian_ad_litem: 'Usted es el tutor ad litem de un niño en este caso.',
    agency_attorney: 'Usted es el abogado del tribunal de menores en este caso.',
    caseworker: 'Usted es el trabajador social de este caso.',
    casa_volunteer: 'Usted es el voluntario de CASA en este caso.',
    caregiver: 'Un niño de este caso vive con usted.',
  },
};

const TAGS: Record<NoticeLanguage, string> = { en: 'en-US', es: 'es-US' };

/** Plain spaces: ICU puts narrow no-break spaces in times ("9:30 AM"), which a PDF's standard font lacks. */
const plainSpaces = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/** A hearing's start in the court's time zone, written out: "Monday, July 14, 2025 at 9:30 AM". */
export function hearingTimeText(start: Date, language: NoticeLanguage, timeZone: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(TAGS[language], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(
      start,
    ),
  );
}

function zoneName(timeZone: string, language: NoticeLanguage): string {
  if (timeZone === 'America/Denver') return language === 'es' ? 'hora de la montaña' : 'Mountain Time';
  return timeZone;
}

export function hearingTypeText(type: string, language: NoticeLanguage): string {
  return HEARING_TYPES[language][type] ?? HEARING_TYPES[language].other!;
}

/** The notice's words. */
export function renderNoticeText(i: NoticeTextInput): NoticeText {
  const es = i.language === 'es';
  const type = hearingTypeText(i.hearingType, i.language);
  const when = hearingTimeText(i.start, i.language, i.timeZone);
  const day = plainSpaces(
    new Intl.DateTimeFormat(TAGS[i.language], { dateStyle: 'medium', timeZone: i.timeZone }).format(i.start),
  );
  const sentOn = plainSpaces(
    new Intl.DateTimeFormat(TAGS[i.language], { dateStyle: 'long', timeZone: i.timeZone }).format(i.sentAt),
  );
  const where = [i.courtName, i.courtroom, i.location].filter((x): x is string => !!x).join(', ');
  const wait = i.rules.icwaWaitingDays.value;
  const more = i.rules.icwaAdditionalDaysMax.value;
  const sections: NoticeSection[] = [
    {
      label: null,
      text: es
        ? `Este es un aviso de una audiencia del tribunal en el caso ${i.petitionNumber} en el ${i.courtName}.`
        : `This is a notice of a court hearing in case ${i.petitionNumber} at the ${i.courtName}.`,
    },
    { label: es ? 'Qué' : 'What', text: type },
    { label: es ? 'Cuándo' : 'When', text: `${when} (${zoneName(i.timeZone, i.language)})` },
    { label: es ? 'Dónde' : 'Where', text: where },
    ...(i.judgeName ? [{ label: es ? 'Juez' : 'Judge', text: i.judgeName }] : []),
    {
      label: es ? 'Por qué recibe este aviso' : 'Why you are getting this notice',
      text: WHY[i.language][i.role],
    },
    {
      label: es ? 'Su derecho a asistir y a ser escuchado' : 'Your right to attend and be heard',
      text: es
        ? 'Usted puede venir a esta audiencia y decirle al juez lo que piensa.'
        : 'You may come to this hearing and tell the judge what you think.',
    },
  ];
  if (i.role === 'caregiver')
    // SSA §475(5)(G): notice and a right to be heard, which does not make the caregiver a party.
    sections.push({
      label: null,
      text: es
        ? 'Como padre o madre de crianza, padre o madre preadoptivo, o familiar que cuida al niño, usted tiene derecho a ser escuchado. Esto no lo convierte en parte del caso.'
        : "As the child's foster parent, pre-adoptive parent or relative caregiver, you have the right to be heard. This does not make you a party to the case.",
    });
  if (i.icwa)
    // 25 U.S.C. §1912(a); 25 CFR 23.111(d)(6): the rights to intervene and to more time, stated in the notice.
    sections.push({
      label: es ? 'Ley de Bienestar del Niño Indígena (ICWA)' : 'Indian Child Welfare Act (ICWA)',
      text: es
        ? `Usted tiene derecho a intervenir en este caso. Puede pedirle al tribunal hasta ${more} días más para prepararse. Esta audiencia no puede celebrarse antes de que pasen al menos ${wait} días desde que usted reciba este aviso (25 U.S.C. §1912(a)).`
        : `You have the right to intervene in this case. You may ask the court for up to ${more} more days to prepare. This hearing cannot be held until at least ${wait} days after you receive this notice (25 U.S.C. §1912(a)).`,
    });
  sections.push(
    {
      label: es ? 'Intérprete' : 'Interpreter',
      text: es
        ? 'Si necesita un intérprete, el tribunal le dará uno sin costo para usted. Avísele al secretario del tribunal antes de la audiencia.'
        : 'If you need an interpreter, the court will provide one at no cost to you. Please tell the court clerk before the hearing.',
    },
    {
      label: es ? 'Preguntas' : 'Questions',
      text: es
        ? `Llame o escriba al secretario del ${i.courtName}. Tenga a mano el número de caso ${i.petitionNumber}.`
        : `Call or write to the clerk of the ${i.courtName}. Have the case number ${i.petitionNumber} ready.`,
    },
    { label: null, text: es ? `Este aviso se envió el ${sentOn}.` : `This notice was sent on ${sentOn}.` },
  );
  const greeting = es ? `Estimado(a) ${i.recipientName}:` : `Dear ${i.recipientName},`;
  const title = es ? 'Aviso de audiencia' : 'Notice of hearing';
  const body = [
    greeting,
    '',
    ...sections.map((s) => (s.label ? `${s.label}: ${s.text}` : s.text)).flatMap((p) => [p, '']),
  ]
    .join('\n')
    .trimEnd();
  // The subject names the hearing and the case number, never a child (it shows in every inbox list).
  const subject = `${title}: ${type}, ${day} (${es ? 'caso' : 'case'} ${i.petitionNumber})`;
  return { subject, title, greeting, sections, body: `${body}\n` };
}
