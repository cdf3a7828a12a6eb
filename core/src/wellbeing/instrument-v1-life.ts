import type { WellbeingItem } from './instrument.ts';
import {
  ALL,
  SCHOOL_AGE,
  TEENS,
  YOUTH,
  YN_CONCERN_NO,
  YN_CONCERN_YES,
  rating,
  STRUGGLING,
  DOING_WELL,
} from './instrument-kit.ts';

/** Version 1: education, relationships and family time, identity and culture, normal activities, transition readiness. */
export const V1_LIFE_ITEMS: readonly WellbeingItem[] = [
  // Education: school stability, SSA §475(1)(G); ESSA (domain-rules §7.1, §7.2).
  {
    id: 'education.attending',
    domain: 'education',
    bands: SCHOOL_AGE,
    text: {
      en: 'Is the child enrolled in school and going every day?',
      es: '¿Está el niño inscrito en la escuela y va todos los días?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Is the child in school every day? If not, what is keeping them out?',
      es: '¿Va el niño a la escuela todos los días? Si no, ¿qué se lo impide?',
    },
    shownAtHome: true,
    citation: 'SSA §471(a)(30): each school-age child enrolled full time',
  },
  {
    id: 'education.school_of_origin',
    domain: 'education',
    bands: SCHOOL_AGE,
    text: {
      en: 'At the last placement change, did the child stay in their school, or was a best-interest decision made before a move?',
      es: 'En el último cambio de hogar, ¿se quedó el niño en su escuela, o se tomó una decisión de su mejor interés antes de cambiarlo?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Did the child have to change schools? Who decided, and did the records and credits follow right away?',
      es: '¿Tuvo que cambiar de escuela el niño? ¿Quién lo decidió, y pasaron sus registros y créditos enseguida?',
    },
    shownAtHome: true,
    citation: 'SSA §475(1)(G); ESSA (P.L. 114-95) foster care provisions',
  },
  {
    id: 'education.progress',
    domain: 'education',
    bands: SCHOOL_AGE,
    text: {
      en: 'How is the child doing in school (grades, credits, behavior)?',
      es: '¿Cómo le va al niño en la escuela (calificaciones, créditos, conducta)?',
    },
    answer: rating(STRUGGLING, DOING_WELL),
    benchQuestion: {
      en: 'How is school going? Is anything getting in the way of learning?',
      es: '¿Cómo le va en la escuela? ¿Hay algo que le impida aprender?',
    },
    shownAtHome: true,
  },
  {
    id: 'education.special_education',
    domain: 'education',
    bands: SCHOOL_AGE,
    text: {
      en: 'If the child has an IEP or a 504 plan, is it being followed (yes if there is none)?',
      es: 'Si el niño tiene un IEP o un plan 504, ¿se está cumpliendo (sí, si no tiene)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Who makes education decisions for the child, and is the IEP or 504 plan being followed?',
      es: '¿Quién toma las decisiones de educación del niño, y se está cumpliendo el IEP o el plan 504?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'education.absences',
    domain: 'education',
    bands: SCHOOL_AGE,
    text: {
      en: 'Has the child missed about 1 school day in 10, or more, this term?',
      es: '¿Ha faltado el niño a la escuela 1 de cada 10 días, o más, en este periodo?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'How many school days has the child missed this term, and why?',
      es: '¿Cuántos días de escuela ha faltado el niño en este periodo, y por qué?',
    },
    shownAtHome: true,
  },

  // Relationships and family time
  {
    id: 'family.parents',
    domain: 'relationships_family_time',
    bands: ALL,
    text: {
      en: 'Is family time with the parents happening as often as ordered?',
      es: '¿Se dan las visitas con los padres tan seguido como se ordenó?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'How often does the child see their parents? Is it as often as ordered, and if not, why not?',
      es: '¿Cada cuánto ve el niño a sus padres? ¿Es tan seguido como se ordenó, y si no, por qué?',
    },
    shownAtHome: false,
  },
  {
    id: 'family.siblings',
    domain: 'relationships_family_time',
    bands: ALL,
    text: {
      en: 'If brothers or sisters live somewhere else, does the child see them regularly (yes if all live together)?',
      es: 'Si sus hermanos viven en otro lugar, ¿los ve el niño con regularidad (sí, si todos viven juntos)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Are the brothers and sisters placed together? If not, when did they last see each other?',
      es: '¿Están los hermanos juntos? Si no, ¿cuándo se vieron por última vez?',
    },
    shownAtHome: true,
    citation: 'SSA §471(a)(31): siblings placed together, or frequent visits (confirm current text)',
  },
  {
    id: 'family.trusted_adult',
    domain: 'relationships_family_time',
    bands: SCHOOL_AGE,
    text: {
      en: 'Does the child have at least one adult they trust and can talk to?',
      es: '¿Tiene el niño al menos un adulto de confianza con quien pueda hablar?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Who is an adult you trust and can call when you need help?',
      es: '¿Quién es un adulto de su confianza al que pueda llamar cuando necesite ayuda?',
    },
    shownAtHome: true,
  },
  {
    id: 'family.relatives',
    domain: 'relationships_family_time',
    bands: ALL,
    text: {
      en: 'Is the child in touch with relatives and other people important to them?',
      es: '¿Está el niño en contacto con sus parientes y otras personas importantes para él?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Which relatives or family friends does the child see? Has anyone been found who could care for the child?',
      es: '¿A qué parientes o amigos de la familia ve el niño? ¿Se ha encontrado a alguien que pueda cuidarlo?',
    },
    shownAtHome: true,
  },

  // Identity and culture
  {
    id: 'identity.culture',
    domain: 'identity_culture',
    bands: ALL,
    text: {
      en: "Does the child have chances to take part in their family's culture, faith and language?",
      es: '¿Tiene el niño oportunidades de participar en la cultura, la fe y el idioma de su familia?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: "How is the child kept connected to their family's culture, faith and language?",
      es: '¿Cómo se mantiene al niño conectado con la cultura, la fe y el idioma de su familia?',
    },
    shownAtHome: true,
  },
  {
    id: 'identity.tribe',
    domain: 'identity_culture',
    bands: ALL,
    text: {
      en: 'Has everyone been asked whether the child is or may be an Indian child, and is any tribe involved?',
      es: '¿Se ha preguntado a todos si el niño es o podría ser un niño indígena, y participa alguna tribu?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Does anyone here know or have reason to know that the child is an Indian child? Has the tribe been notified?',
      es: '¿Alguien aquí sabe o tiene razones para creer que el niño es un niño indígena? ¿Se notificó a la tribu?',
    },
    shownAtHome: true,
    citation: '25 CFR 23.107(a): the court asks each participant at the start of each proceeding',
  },
  {
    id: 'identity.language',
    domain: 'identity_culture',
    bands: ALL,
    text: {
      en: "Does someone in the home speak the child's language, or is help in place?",
      es: '¿Alguien en la casa habla el idioma del niño, o hay ayuda para eso?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Can the child talk with the people they live with in the language they know best?',
      es: '¿Puede el niño hablar con las personas con quienes vive en el idioma que mejor conoce?',
    },
    shownAtHome: true,
  },
  {
    id: 'identity.accepted',
    domain: 'identity_culture',
    bands: TEENS,
    text: {
      en: 'Does the young person feel respected and supported for who they are?',
      es: '¿Se siente el joven respetado y apoyado tal como es?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Do the people you live with respect you for who you are?',
      es: '¿Las personas con quienes vive lo respetan tal como es?',
    },
    sensitiveClass: 'sogi',
    shownAtHome: true,
  },

  // Normalcy and activities: the reasonable and prudent parent standard, SSA §475(10), (11).
  {
    id: 'normalcy.activities',
    domain: 'normalcy_activities',
    bands: SCHOOL_AGE,
    text: {
      en: 'Does the child take part in activities they enjoy (sports, clubs, arts, faith, time with friends)?',
      es: '¿Participa el niño en actividades que le gustan (deportes, clubes, arte, fe, tiempo con amigos)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'What do you do for fun? Is there something you asked to do and were told no?',
      es: '¿Qué hace para divertirse? ¿Hay algo que pidió hacer y le dijeron que no?',
    },
    shownAtHome: true,
    citation: 'SSA §475(10), (11) (P.L. 113-183)',
  },
  {
    id: 'normalcy.caregiver_decides',
    domain: 'normalcy_activities',
    bands: SCHOOL_AGE,
    text: {
      en: 'Can the caregiver say yes to everyday activities without waiting for the agency?',
      es: '¿Puede la persona que cuida al niño darle permiso para actividades diarias sin esperar a la agencia?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Does the caregiver know they may decide on everyday activities as a careful parent would?',
      es: '¿Sabe la persona que cuida al niño que puede decidir sobre actividades diarias como lo haría un padre cuidadoso?',
    },
    shownAtHome: true,
    citation: 'SSA §475(10): the reasonable and prudent parent standard',
  },
  {
    id: 'normalcy.play',
    domain: 'normalcy_activities',
    bands: ['0-4'],
    text: {
      en: 'Does the child have time every day to play, read together and be outdoors?',
      es: '¿Tiene el niño tiempo cada día para jugar, leer con alguien y estar al aire libre?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'What does a usual day look like for the child? Who plays and reads with them?',
      es: '¿Cómo es un día normal para el niño? ¿Quién juega y lee con él?',
    },
    shownAtHome: true,
  },
  {
    id: 'normalcy.friends',
    domain: 'normalcy_activities',
    bands: TEENS,
    text: {
      en: 'Can the young person see friends and use a phone like others their age?',
      es: '¿Puede el joven ver a sus amigos y usar un teléfono como otros de su edad?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Can you spend time with your friends and have a phone like other people your age?',
      es: '¿Puede pasar tiempo con sus amigos y tener un teléfono como otras personas de su edad?',
    },
    shownAtHome: true,
    citation: 'SSA §475(11): age or developmentally appropriate activities',
  },

  // Transition readiness: youth 14 and over (domain-rules §7.3, §7.4).
  {
    id: 'transition.plan_with_youth',
    domain: 'transition_readiness',
    bands: YOUTH,
    text: {
      en: 'Did the young person help make their case and transition plan, with up to two people they chose?',
      es: '¿Ayudó el joven a hacer su plan de caso y de transición, con hasta dos personas que él eligió?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Who helped you make your plan? Is it the plan you want?',
      es: '¿Quién le ayudó a hacer su plan? ¿Es el plan que usted quiere?',
    },
    shownAtHome: true,
    citation: 'SSA §475(1)(B), §475A(b) (P.L. 113-183)',
  },
  {
    id: 'transition.documents',
    domain: 'transition_readiness',
    bands: YOUTH,
    text: {
      en: 'Does the young person have, or is there a plan to get, their birth certificate, Social Security card, state ID and health insurance information?',
      es: '¿Tiene el joven, o hay un plan para conseguir, su acta de nacimiento, tarjeta del Seguro Social, identificación estatal e información del seguro médico?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Which of your documents do you have in hand, and who is getting the rest?',
      es: '¿Cuáles de sus documentos tiene en la mano, y quién está consiguiendo los demás?',
    },
    shownAtHome: true,
    citation: 'SSA §475(5)(I), as amended 2014',
  },
  {
    id: 'transition.credit_report',
    domain: 'transition_readiness',
    bands: YOUTH,
    text: {
      en: 'Has the young person had their free credit report this year, with help to read it?',
      es: '¿Recibió el joven su reporte de crédito gratuito este año, con ayuda para entenderlo?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Has your credit report been checked this year, and was anything wrong on it fixed?',
      es: '¿Se revisó su reporte de crédito este año, y se corrigió algo que estuviera mal?',
    },
    shownAtHome: true,
    citation: 'SSA §475(5)(I): a free credit report each year from age 14 [Unverified]',
  },
  {
    id: 'transition.living_skills',
    domain: 'transition_readiness',
    bands: YOUTH,
    text: {
      en: 'How ready is the young person for living on their own (money, cooking, work, housing)?',
      es: '¿Qué tan preparado está el joven para vivir por su cuenta (dinero, cocina, trabajo, vivienda)?',
    },
    answer: rating(
      { en: 'Not ready yet', es: 'Todavía no está preparado' },
      { en: 'Ready', es: 'Está preparado' },
    ),
    benchQuestion: {
      en: 'What are you learning to do on your own? What do you still want help with?',
      es: '¿Qué está aprendiendo a hacer por su cuenta? ¿Con qué quiere ayuda todavía?',
    },
    shownAtHome: true,
  },
  {
    id: 'transition.goals',
    domain: 'transition_readiness',
    bands: YOUTH,
    text: {
      en: "The young person's goals after high school, in their words:",
      es: 'Las metas del joven después de la preparatoria, en sus palabras:',
    },
    answer: { type: 'text', maxLength: 500 },
    benchQuestion: {
      en: 'What do you want to do after high school, and who is helping you get there?',
      es: '¿Qué quiere hacer después de la preparatoria, y quién le ayuda a lograrlo?',
    },
    shownAtHome: true,
  },
];
