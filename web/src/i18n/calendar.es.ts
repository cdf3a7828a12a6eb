import type { calendarEn } from './calendar.en.ts';

/** Español del calendario del caso: mismas claves que calendar.en.ts. Lenguaje claro, de usted. */
export const calendarEs: typeof calendarEn = {
  title: 'Calendario',
  intro:
    'Las audiencias que pide la ley, cada una con su fecha límite. Hearth propuso una hora en el calendario del juez para cada una; el tribunal puede cambiar cualquiera.',
  rules: (name: string) => `Fechas límite según: ${name}.`,
  fictitious: 'Este es un estado inventado, que sirve para mostrar que las reglas de un estado son ajustes.',
  docket: (name: string) => `Lista de audiencias: ${name}.`,
  docketName: {
    general: 'calendario general',
    family_treatment_court: 'tribunal de tratamiento familiar',
  },
  lastRun: (when: string, reason: string) => `Calculado por última vez el ${when}, después de ${reason}.`,
  reason: {
    petition_filed: 'presentarse la petición',
    adjudication: 'la adjudicación',
    no_reasonable_efforts: 'una decisión de que no se requieren esfuerzos razonables',
    continuance: 'un aplazamiento',
    dismissal: 'el sobreseimiento',
    recomputed: 'un nuevo cálculo',
  },
  none: 'Todavía no hay audiencias en el calendario de este caso.',
  listLabel: 'Audiencias del caso en orden, con sus fechas límite',
  dueBy: (date: string) => `Fecha límite: ${date}`,
  noDeadline: 'Sin fecha límite',
  status: {
    proposed: 'Propuesta',
    set: 'Fijada por el tribunal',
    held: 'Celebrada',
    late: 'Después de su fecha límite',
    vacated: 'Ya no hace falta',
    continued: 'Aplazada',
    cancelled: 'Cancelada',
  },
  why: 'Por qué esta fecha',
  within: (amount: number, unit: string) => `dentro de ${amount} ${unit}`,
  unit: { days: 'días', court_days: 'días hábiles del tribunal', months: 'meses' },
  from: (what: string, date: string) => `desde ${what} el ${date}`,
  fromHearing: (hearing: string, date: string, held: boolean) =>
    `desde la audiencia (${hearing.toLowerCase()}) ${held ? 'celebrada' : 'propuesta'} el ${date}`,
  anchor: {
    petition_filed: 'la presentación de la petición',
    service: 'la notificación al padre o la madre (aún sin registrar: se cuenta desde la presentación)',
    removal: 'el retiro',
    entered_care: 'la entrada del niño en cuidado temporal',
    no_reasonable_efforts_finding: 'la decisión de que no se requieren esfuerzos razonables',
  },
  law: (citation: string) => `La ley: ${citation}.`,
  unconfirmed: 'Falta confirmar el texto actual de esta regla; se puede cambiar en los ajustes.',
  lateNote:
    'No había una hora libre y legal en el calendario del juez antes de la fecha límite, o el tribunal la fijó más tarde.',
  interpreter: (languages: string) => `Intérprete: ${languages}`,
  fullExplanation: 'Explicación completa (en inglés)',
};
