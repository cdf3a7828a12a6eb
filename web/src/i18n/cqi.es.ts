import type { cqiEn } from './cqi.en.ts';

/** Las palabras en español de las páginas de indicadores de resultados; las mismas claves que cqi.en.ts. */
export const cqiEs: typeof cqiEn = {
  title: 'Indicadores de resultados',
  link: 'Indicadores de resultados',
  intro:
    'Cómo les va a los niños de su distrito: los indicadores federales de resultados y las visitas mensuales del trabajador social, calculados con los registros del propio distrito. Cada número abre la lista de los niños que hay detrás.',
  asOf: (date: string) => `Registros hasta el ${date}.`,
  leftOut: (n: number) =>
    `${n} ${n === 1 ? 'niño no tiene' : 'niños no tienen'} fecha de nacimiento y ${n === 1 ? 'queda' : 'quedan'} fuera del cálculo.`,

  periodLegend: 'Período',
  fiscalYear: 'Año fiscal federal',
  ffy: (year: number) => `el año fiscal federal ${year}`,
  ffyOption: (year: number, from: string, to: string) => `Año fiscal ${year} (del ${from} al ${to})`,
  defaultMark: 'se abre aquí',
  custom: 'O 12 meses a partir del',
  customHint: 'Cualquier fecha excepto el 29 de febrero. El período dura 12 meses desde esa fecha.',
  show: 'Mostrar',
  months12: (from: string, to: string) => `los 12 meses del ${from} al ${to}`,
  defaultNote:
    'La página se abre en el último año fiscal federal cuyo seguimiento de 12 meses está completo. El reingreso sigue a los niños durante dos años, así que ahí todavía no está completo.',

  names: {
    permanency_12m_entries: 'Permanencia de los niños que entran en cuidado',
    permanency_12m_12_23: 'Permanencia de los niños con 12 a 23 meses en cuidado',
    permanency_12m_24_plus: 'Permanencia de los niños con 2 años o más en cuidado',
    reentry_12m: 'Reingreso al cuidado de crianza',
    placement_stability: 'Estabilidad de la colocación',
    maltreatment_in_care: 'Maltrato durante el cuidado de crianza',
    recurrence_12m: 'Repetición del maltrato',
    caseworker_visits: 'Visitas mensuales del trabajador social',
  },
  sentences: {
    permanency_12m_entries: (p: string) =>
      `De {d} niños que entraron en cuidado en ${p}, {n} volvieron a casa o a otra familia permanente dentro de 12 meses.`,
    permanency_12m_12_23: (p: string) =>
      `De {d} niños que llevaban de 12 a 23 meses en cuidado cuando comenzó ${p}, {n} volvieron a casa o a otra familia permanente durante el año.`,
    permanency_12m_24_plus: (p: string) =>
      `De {d} niños que llevaban 2 años o más en cuidado cuando comenzó ${p}, {n} volvieron a casa o a otra familia permanente durante el año.`,
    reentry_12m: (p: string) =>
      `De {d} niños que entraron en cuidado en ${p} y volvieron a casa dentro de 12 meses, {n} regresaron al cuidado dentro de los 12 meses siguientes.`,
    placement_stability: (p: string) =>
      `Los niños que entraron en cuidado en ${p} cambiaron de hogar {n} veces en {d} días de cuidado.`,
    maltreatment_in_care: (p: string) =>
      `{n} informes de maltrato comprobados o indicados de niños en cuidado en ${p}, en {d} días de cuidado.`,
    recurrence_12m: (p: string) =>
      `De {d} niños con un informe de maltrato comprobado o indicado en ${p}, {n} tuvieron otro dentro de 12 meses.`,
    caseworker_visits: (p: string) =>
      `En ${p}, los trabajadores sociales vieron a los niños en persona en {n} de {d} meses completos en cuidado.`,
  },
  residence: (months: string, share: string) =>
    `En ${months} de esos meses hubo una visita en el hogar del niño (${share}; la meta federal es más de la mitad).`,
  units: {
    per1000: 'cambios por cada 1,000 días en cuidado',
    per100000: 'informes por cada 100,000 días en cuidado',
  },
  higherBetter: 'Más alto es mejor',
  lowerBetter: 'Más bajo es mejor',
  reference: (value: string, which: string) => `Referencia nacional: ${value} (${which})`,
  measures: {
    round3_standard: 'norma nacional de la ronda 3 de la CFSR',
    round4_performance: 'resultado nacional de la ronda 4 de la CFSR',
    federal_target: 'meta federal',
    federal_target_residence: 'meta federal de visitas en el hogar',
  },
  unverified: 'todavía sin verificar',
  noReference: 'No hay un valor nacional de referencia.',
  betterSide: 'Del lado mejor de la referencia nacional',
  worseSide: 'Del lado peor de la referencia nacional',
  incomplete:
    'El seguimiento no está completo: todavía se sigue a algunos niños, así que este número puede cambiar.',
  noValue: 'Ningún niño está en este grupo en este período.',
  excluded: (n: number) => `${n} ${n === 1 ? 'niño quedó' : 'niños quedaron'} fuera, cada uno con su motivo`,

  trendTitle: (name: string) => `${name}: los últimos años`,
  trendDesc: (points: string, line: string) => `${points}. ${line}`,
  trendLine: (value: string) => `La línea de referencia nacional está en ${value}.`,
  trendNoLine: 'No hay línea de referencia nacional.',
  trendTable: 'Los números por año',
  trendPeriod: 'Período',
  trendValue: 'Valor',
  trendCounts: 'Conteos',
  trendIncomplete: 'seguimiento no completo',

  downloads: 'Descargas',
  downloadsNote: 'En los archivos, los conteos de 1 a 9 quedan vacíos.',
  csv: (what: string) => `${what} (archivo CSV)`,
  xlsx: (what: string) => `${what} (archivo de Excel)`,
  tables: {
    indicators: 'Indicadores de este período',
    trend: 'Indicadores de los últimos 5 períodos',
    equity: 'Esta tabla por grupo',
    children: 'Esta lista de niños',
  },

  equityLink: 'Equidad: los indicadores por grupo',
  equityTitle: 'Indicadores de resultados por grupo',
  equityIntro:
    'Cada indicador para cada grupo de niños, comparado con todo el distrito. A un grupo le va peor cuando su valor está del lado peor del valor del distrito.',
  by: 'Agrupar a los niños por',
  dimensions: {
    race_ethnicity: 'Raza y origen étnico',
    age_group: 'Grupo de edad',
    sex: 'Sexo',
    county: 'Condado',
  },
  ageNote:
    'La edad se cuenta en la fecha propia de cada indicador: al entrar en cuidado para las entradas, el reingreso y los cambios de hogar; el primer día del período para los niños que ya estaban en cuidado; en el primer informe para la repetición del maltrato.',
  suppressed: 'No se muestra',
  suppressedNote:
    'No se muestran los conteos de 1 a 9, ni los valores calculados con ellos, para que no se pueda reconocer a ningún niño.',
  columns: {
    group: 'Grupo',
    numerator: 'Numerador',
    denominator: 'Denominador',
    value: 'Valor',
    disparity: 'Comparado con el distrito',
    bar: 'Valor en una barra',
  },
  wholeDistrict: 'Todo el distrito',
  worse: 'peor',
  notWorse: 'no peor',
  ratioHelp: (better: string) =>
    `“Comparado con el distrito” es el valor del grupo dividido entre el del distrito (1.00× es igual). ${better}.`,
  groups: {
    american_indian_alaska_native: 'Indígena americano o nativo de Alaska',
    asian: 'Asiático',
    black: 'Negro o afroamericano',
    hispanic: 'Hispano o latino',
    native_hawaiian_pacific_islander: 'Nativo de Hawái o de otras islas del Pacífico',
    white: 'Blanco',
    two_or_more: 'Dos o más razas',
    female: 'Femenino',
    male: 'Masculino',
    under_1: 'Menos de 1 año',
    '1_5': 'De 1 a 5 años',
    '6_12': 'De 6 a 12 años',
    '13_17': 'De 13 a 17 años',
    '18_plus': '18 años o más',
    not_recorded: 'Sin registrar',
  },

  childrenTitle: (name: string) => `${name}: los niños detrás del número`,
  parts: {
    numerator: 'Numerador',
    denominator: 'Población (denominador)',
    excluded: 'Quedaron fuera',
  },
  partIntro: {
    numerator: 'Los niños contados en el numerador, con lo que suma cada uno.',
    denominator: 'Los niños de la población, con lo que suma cada uno.',
    excluded: 'Los niños que quedaron fuera de la población, cada uno con su motivo.',
  },
  inGroup: (group: string) => `Solo: ${group}.`,
  total: (children: string, figure: string) => `${children} niños, que suman ${figure}.`,
  totalChildren: (children: string) => `${children} niños.`,
  totalSuppressed: 'El total de este grupo no se muestra (un conteo de 1 a 9).',
  withheld: (n: number) =>
    `Detrás de este número hay ${n} ${n === 1 ? 'niño' : 'niños'} más cuyo registro usted no puede abrir: se cuentan, pero no se muestran.`,
  withheldSome: 'Algunos niños detrás de este número no aparecen: usted no puede abrir sus registros.',
  noChildren: 'Ningún niño está en esta parte del indicador.',
  listColumns: {
    name: 'Niño',
    afcarsId: 'Número de registro AFCARS',
    age: 'Edad',
    figure: 'Suma',
    residence: 'Meses con visita en el hogar',
    excluded: 'Quedó fuera porque',
  },
  figureLabels: {
    placement_stability: { numerator: 'Cambios de hogar', denominator: 'Días en cuidado' },
    maltreatment_in_care: { numerator: 'Informes', denominator: 'Días en cuidado' },
    caseworker_visits: { numerator: 'Meses con visita', denominator: 'Meses completos en cuidado' },
  },
  ageLabel: (age: number) => `${age} ${age === 1 ? 'año' : 'años'}`,
  exclusionReasons: {
    'age 18 or more at removal': 'Tenía 18 años o más al ser retirado del hogar',
    'in care less than 8 days': 'Estuvo en cuidado menos de 8 días',
    'age 18 or more on the first day of the period': 'Tenía 18 años o más el primer día del período',
  },
  back: 'Volver a los indicadores',
  previous: 'Página anterior',
  next: 'Página siguiente',
  pageOf: (from: number, to: number) => `Niños del ${from} al ${to}`,
};
