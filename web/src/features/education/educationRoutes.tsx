import type { ReactNode } from 'react';
import { EducationFormPage } from './EducationForms.tsx';
import { educationFormOf } from './educationPaths.ts';

/** The education and normalcy forms, by address; null when the address is not one of them. */
export function educationRoute(path: string): ReactNode | null {
  const form = educationFormOf(path);
  return form ? <EducationFormPage key={path} childId={form.childId} kind={form.kind} /> : null;
}
