import type { WellbeingItem } from './instrument.ts';
import {
  ALL,
  SCHOOL_AGE,
  TEENS,
  YN_CONCERN_NO,
  YN_CONCERN_YES,
  rating,
  STRUGGLING,
  DOING_WELL,
} from './instrument-kit.ts';

/** Version 1: safety, physical and dental health, behavioral health, development, placement stability. */
export const V1_CARE_ITEMS: readonly WellbeingItem[] = [
  // Safety
  {
    id: 'safety.home_safe',
    domain: 'safety',
    bands: ALL,
    text: {
      en: 'At the last visit, was the home where the child lives safe (no hazards, enough supervision)?',
      es: 'En la última visita, ¿era segura la casa donde vive el niño (sin peligros y con suficiente supervisión)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'When did the caseworker last see the child at home, and was anything unsafe?',
      es: '¿Cuándo vio el trabajador social al niño en su casa por última vez, y había algo peligroso?',
    },
    shownAtHome: false,
  },
  {
    id: 'safety.feels_safe',
    domain: 'safety',
    bands: SCHOOL_AGE,
    text: {
      en: 'Does the child say they feel safe where they live?',
      es: '¿Dice el niño que se siente seguro donde vive?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Do you feel safe where you live? Is there an adult there you can talk to?',
      es: '¿Se siente seguro donde vive? ¿Hay un adulto ahí con quien pueda hablar?',
    },
    shownAtHome: false,
  },
  {
    id: 'safety.new_reports',
    domain: 'safety',
    bands: ALL,
    text: {
      en: 'Since the last hearing, has there been a new report of abuse or neglect, or an injury?',
      es: 'Desde la última audiencia, ¿ha habido un nuevo reporte de abuso o negligencia, o alguna lesión?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'Have there been any new reports or injuries since we last met, and what was done about them?',
      es: '¿Ha habido nuevos reportes o lesiones desde la última vez, y qué se hizo?',
    },
    shownAtHome: false,
  },
  {
    id: 'safety.missing_from_care',
    domain: 'safety',
    bands: TEENS,
    text: {
      en: 'Since the last hearing, has the young person run away or been missing from care?',
      es: 'Desde la última audiencia, ¿el joven se ha escapado o ha estado desaparecido del cuidado?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'Was the young person missing from care? Was it reported to the police and to NCMEC within 24 hours, and where were they?',
      es: '¿Estuvo el joven desaparecido del cuidado? ¿Se reportó a la policía y al NCMEC dentro de 24 horas, y dónde estuvo?',
    },
    shownAtHome: true,
    citation:
      'SSA §471(a)(35) (P.L. 113-183): report to law enforcement and NCMEC within 24 hours [Unverified]',
  },

  // Physical and dental health: the health class.
  {
    id: 'health.checkup',
    domain: 'physical_dental_health',
    bands: ALL,
    text: {
      en: 'Has the child had a check-up with a doctor in the last 12 months?',
      es: '¿Ha tenido el niño un chequeo médico en los últimos 12 meses?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'When was the last check-up, and is anything from it still to be done?',
      es: '¿Cuándo fue el último chequeo, y queda algo pendiente de ese chequeo?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'health.dental',
    domain: 'physical_dental_health',
    bands: ALL,
    text: {
      en: 'Has the child seen a dentist in the last 6 months (from age 1)?',
      es: '¿Ha visto el niño a un dentista en los últimos 6 meses (desde que cumplió 1 año)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'When did the child last see a dentist? Is any dental work waiting?',
      es: '¿Cuándo vio el niño a un dentista por última vez? ¿Tiene algún tratamiento dental pendiente?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'health.immunizations',
    domain: 'physical_dental_health',
    bands: ['0-4', '5-11'],
    text: {
      en: "Are the child's vaccinations up to date?",
      es: '¿Están al día las vacunas del niño?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Are the vaccinations up to date? If not, what is missing and when will it be done?',
      es: '¿Están al día las vacunas? Si no, ¿qué falta y cuándo se pondrá?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'health.medicines',
    domain: 'physical_dental_health',
    bands: ALL,
    text: {
      en: 'Does the caregiver have every medicine the child needs, and know how to give it?',
      es: '¿Tiene la persona que cuida al niño todas las medicinas que necesita, y sabe cómo dárselas?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Does the child have every medicine they need where they live now?',
      es: '¿Tiene el niño todas las medicinas que necesita donde vive ahora?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'health.coverage',
    domain: 'physical_dental_health',
    bands: ALL,
    text: {
      en: 'Does the child have health coverage (a Medicaid card) that the caregiver can use?',
      es: '¿Tiene el niño seguro médico (una tarjeta de Medicaid) que la persona que lo cuida pueda usar?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: "Does the caregiver have the child's Medicaid card or number?",
      es: '¿Tiene la persona que cuida al niño su tarjeta o número de Medicaid?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },

  // Behavioral health: the health class (substance use its own).
  {
    id: 'behavioral.screened',
    domain: 'behavioral_health',
    bands: ALL,
    text: {
      en: 'Has the child had a mental and behavioral health screening since coming into care?',
      es: 'Desde que entró al cuidado, ¿se le ha hecho al niño una evaluación de salud mental y de conducta?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Has the child been screened for trauma and mental health needs? What did it find?',
      es: '¿Se evaluó al niño por trauma y necesidades de salud mental? ¿Qué se encontró?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'behavioral.services',
    domain: 'behavioral_health',
    bands: ALL,
    text: {
      en: 'Is the child getting every behavioral health service that was recommended (yes if none was)?',
      es: '¿Recibe el niño todos los servicios de salud mental que se recomendaron (sí, si no se recomendó ninguno)?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Which recommended services has the child not started yet, and why?',
      es: '¿Qué servicios recomendados no ha empezado el niño todavía, y por qué?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'behavioral.psychotropic',
    domain: 'behavioral_health',
    bands: ALL,
    text: {
      en: 'Is the child prescribed a psychotropic medicine (for mood, attention or behavior)?',
      es: '¿Le recetaron al niño una medicina psicotrópica (para el ánimo, la atención o la conducta)?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'Who consented to the medicine, who checks on it, and does the child know what it is for?',
      es: '¿Quién dio permiso para la medicina, quién le da seguimiento, y sabe el niño para qué es?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'behavioral.mood',
    domain: 'behavioral_health',
    bands: SCHOOL_AGE,
    text: {
      en: 'How is the child doing emotionally?',
      es: '¿Cómo está el niño en lo emocional?',
    },
    answer: rating(STRUGGLING, DOING_WELL),
    benchQuestion: {
      en: 'How are you feeling these days? What helps when things are hard?',
      es: '¿Cómo se ha sentido estos días? ¿Qué le ayuda cuando las cosas están difíciles?',
    },
    sensitiveClass: 'health',
    shownAtHome: true,
  },
  {
    id: 'behavioral.substance_use',
    domain: 'behavioral_health',
    bands: TEENS,
    text: {
      en: "Is there a concern about the young person's use of alcohol or drugs?",
      es: '¿Hay alguna preocupación por el uso de alcohol o drogas del joven?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'Is there a concern about alcohol or drug use, and what help has been offered?',
      es: '¿Hay preocupación por el uso de alcohol o drogas, y qué ayuda se ha ofrecido?',
    },
    sensitiveClass: 'substance_use',
    shownAtHome: true,
  },

  // Development
  {
    id: 'development.screened',
    domain: 'development',
    bands: ['0-4'],
    text: {
      en: 'Has the child had a developmental screening, and a referral to early intervention if it was needed?',
      es: '¿Se le hizo al niño una evaluación de desarrollo, y se le refirió a intervención temprana si hacía falta?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Has the child been screened for developmental delays? Was a referral to early intervention made?',
      es: '¿Se evaluó al niño por retrasos en el desarrollo? ¿Se le refirió a intervención temprana?',
    },
    shownAtHome: true,
    citation: 'CAPTA §106(b)(2)(B)(xxi): referral of children under 3 to early intervention [Unverified]',
  },
  {
    id: 'development.milestones',
    domain: 'development',
    bands: ['0-4'],
    text: {
      en: 'How is the child meeting milestones for their age (talking, moving, playing)?',
      es: '¿Cómo va el niño con lo esperado para su edad (hablar, moverse, jugar)?',
    },
    answer: rating(STRUGGLING, DOING_WELL),
    benchQuestion: {
      en: 'Is the child talking, moving and playing as expected for their age? What help are they getting?',
      es: '¿El niño habla, se mueve y juega como se espera para su edad? ¿Qué ayuda recibe?',
    },
    shownAtHome: true,
  },
  {
    id: 'development.early_learning',
    domain: 'development',
    bands: ['0-4'],
    text: {
      en: 'Is the child in an early learning program (Early Head Start, Head Start, pre-K) when old enough?',
      es: '¿Está el niño en un programa de aprendizaje temprano (Early Head Start, Head Start, prekínder) si ya tiene edad?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'Is the child in child care or an early learning program? Is it the same one as before?',
      es: '¿Está el niño en una guardería o programa de aprendizaje temprano? ¿Es el mismo de antes?',
    },
    shownAtHome: true,
  },
  {
    id: 'development.strengths',
    domain: 'development',
    bands: ALL,
    text: {
      en: 'What is going well for the child right now? (a few words)',
      es: '¿Qué le va bien al niño en este momento? (en pocas palabras)',
    },
    answer: { type: 'text', maxLength: 500 },
    benchQuestion: {
      en: 'Tell me something you are proud of, or something that is going well.',
      es: 'Cuénteme algo de lo que esté orgulloso, o algo que le esté saliendo bien.',
    },
    shownAtHome: true,
  },
  // Placement stability
  {
    id: 'placement.moved',
    domain: 'placement_stability',
    bands: ALL,
    text: {
      en: 'Has the child changed placements since the last hearing?',
      es: '¿Ha cambiado el niño de hogar desde la última audiencia?',
    },
    answer: YN_CONCERN_YES,
    benchQuestion: {
      en: 'Why did the placement change, and what is being done so this one lasts?',
      es: '¿Por qué cambió de hogar, y qué se está haciendo para que este hogar dure?',
    },
    shownAtHome: true,
  },
  {
    id: 'placement.wants_to_stay',
    domain: 'placement_stability',
    bands: SCHOOL_AGE,
    text: {
      en: 'Does the child want to stay where they live now?',
      es: '¿Quiere el niño quedarse donde vive ahora?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'How do you like where you live? Is there anything you would change?',
      es: '¿Qué le parece donde vive? ¿Hay algo que cambiaría?',
    },
    shownAtHome: false,
  },
  {
    id: 'placement.caregiver_support',
    domain: 'placement_stability',
    bands: ALL,
    text: {
      en: 'Does the caregiver have the support and services they need to keep caring for the child?',
      es: '¿Tiene la persona que cuida al niño el apoyo y los servicios que necesita para seguir cuidándolo?',
    },
    answer: YN_CONCERN_NO,
    benchQuestion: {
      en: 'What does the caregiver need to keep caring for this child? Has it been provided?',
      es: '¿Qué necesita la persona que cuida al niño para seguir cuidándolo? ¿Se le ha dado?',
    },
    shownAtHome: true,
  },
];
