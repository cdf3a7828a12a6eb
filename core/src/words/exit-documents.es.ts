import type { ExitDocumentKind } from '../transition/adulthood.ts';

/** Los documentos con los que el joven sale del cuidado (SSA §475(5)(I)): los mismos en la web y en el informe. */
export const exitDocumentsEs: Record<ExitDocumentKind, string> = {
  birth_certificate: 'Acta de nacimiento',
  social_security_card: 'Tarjeta de Seguro Social',
  health_insurance_information: 'Información del seguro médico',
  medical_records: 'Expediente médico',
  state_id: 'Licencia de conducir o identificación del estado',
};
