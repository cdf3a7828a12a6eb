import type { formsEn } from '../../i18n/forms.en.ts';

/** What a form holds, keyed by the field's path in the request body (`removalDate`, `children.2.birthDate`). */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** A message key of the forms dictionary, so a problem is said in the reader's language. */
export type ErrorKey = keyof typeof formsEn.errors;

/** A problem with a field: a known one (said in the reader's language), or the server's own words. */
export type FieldProblem = { key: ErrorKey } | { text: string };
export type FormErrors = Record<string, FieldProblem>;

/** The element id of a field: the error summary links to it, and focus goes there. */
export const fieldId = (key: string): string => `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export const asText = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : '');
export const asList = (v: FieldValue | undefined): string[] => (Array.isArray(v) ? v : []);
export const asFlag = (v: FieldValue | undefined): boolean => v === true;
