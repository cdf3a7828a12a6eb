import { SEXES } from '@hearth/core';
import type { NewChildBody } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText, type FormValues } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput, type Option } from '../../components/form/SelectInput.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { Form } from '../../components/form/useForm.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';

/** The fields of a child's basic record, as the API names them. */
export const CHILD_FIELDS = [
  'givenName',
  'familyName',
  'birthDate',
  'sex',
  'primaryLanguage',
  'county',
] as const;

const LANGUAGES = ['en', 'es', 'nv', 'other'] as const;

export const emptyChild = (prefix = ''): FormValues => ({
  [`${prefix}givenName`]: '',
  [`${prefix}familyName`]: '',
  [`${prefix}birthDate`]: '',
  [`${prefix}sex`]: 'unknown',
  [`${prefix}primaryLanguage`]: 'en',
  [`${prefix}county`]: '',
});

/** The languages to choose from, with the child's own when it is not one of them. */
function languageOptions({ m }: I18n, current: string): Option[] {
  const options: Option[] = LANGUAGES.map((code) => ({ value: code, label: m.forms.languages[code] }));
  if (current && !LANGUAGES.some((l) => l === current)) options.unshift({ value: current, label: current });
  return options;
}

/**
 * A child's name, birth date, sex, language and county. A plain function, not a component, so the page
 * lays the fields out (and names them for the error summary) in its own render.
 */
export function childFields(form: Form, i18n: I18n, today: string, prefix = '') {
  const { m, label } = i18n;
  const w = m.forms.child;
  return (
    <>
      <TextInput {...form.text(`${prefix}givenName`, w.givenName)} autoComplete="off" spellCheck={false} />
      <TextInput {...form.text(`${prefix}familyName`, w.familyName)} autoComplete="off" spellCheck={false} />
      <DateInput {...form.text(`${prefix}birthDate`, w.birthDate)} max={today} />
      <SelectInput {...form.text(`${prefix}sex`, w.sex)} options={codeOptions(label, 'sex', SEXES)} noEmpty />
      <SelectInput
        {...form.text(`${prefix}primaryLanguage`, w.language)}
        options={languageOptions(i18n, asText(form.values[`${prefix}primaryLanguage`]))}
        noEmpty
      />
      <TextInput {...form.text(`${prefix}county`, w.county)} optional width="lg" />
    </>
  );
}

/** A child's birth date cannot be in the future; names are required. */
export function checkChild(check: ReturnType<typeof checker>, today: string, prefix = ''): void {
  check.text(`${prefix}givenName`);
  check.text(`${prefix}familyName`);
  check.date(`${prefix}birthDate`, { today });
}

export function childBody(values: FormValues, prefix = ''): NewChildBody {
  const county = asText(values[`${prefix}county`]).trim();
  return {
    givenName: asText(values[`${prefix}givenName`]).trim(),
    familyName: asText(values[`${prefix}familyName`]).trim(),
    birthDate: asText(values[`${prefix}birthDate`]),
    sex: asText(values[`${prefix}sex`]) || 'unknown',
    primaryLanguage: asText(values[`${prefix}primaryLanguage`]) || 'en',
    ...(county ? { county } : {}),
  };
}
