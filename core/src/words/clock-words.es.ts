import type { ClockKind, ClockStatus } from '../pacing/clocks.ts';

/** Los nombres y estados de los plazos en español (los mismos en la web y en el informe al tribunal). */
export const clockKindsEs: Record<ClockKind, string> = {
  enteredFosterCare: 'Fecha de ingreso al cuidado temporal',
  daysInCare: 'Días en cuidado temporal',
  fifteenOfTwentyTwo: '15 de los últimos 22 meses en cuidado temporal',
  reasonableEffortsPrevent: 'Determinación: esfuerzos razonables para evitar la separación',
  contraryToWelfare: 'Determinación: quedarse en casa es contrario al bienestar del niño',
  reasonableEffortsFinalize: 'Determinación: esfuerzos razonables para lograr el plan de permanencia',
  periodicReview: 'Audiencia de revisión periódica',
  permanencyHearing: 'Audiencia de permanencia',
  trialHomeVisit: 'Visita de prueba en el hogar',
};

export const clockStatusesEs: Record<ClockStatus, string> = {
  ok: 'A tiempo',
  dueSoon: 'Vence pronto',
  overdue: 'Vencido',
  notApplicable: 'No corresponde',
};
