/**
 * Sensitive field classes. Each needs an explicit grant to read or write, on top of access to the record
 * itself (DEVELOPERS.md, "Privacy is the product"; house-style §3, "Sensitive fields are grouped and gated").
 */
export const SENSITIVE_FIELD_CLASSES = [
  'sealed_adoption',
  'immigration_status',
  'sogi',
  'health',
  'substance_use',
] as const;
export type SensitiveFieldClass = (typeof SENSITIVE_FIELD_CLASSES)[number];

export const SENSITIVE_FIELD_CLASS_LABELS: Record<SensitiveFieldClass, string> = {
  sealed_adoption: 'Sealed adoption records',
  immigration_status: 'Immigration status',
  sogi: 'Sexual orientation and gender identity',
  health: 'Health',
  substance_use: 'Substance use',
};
