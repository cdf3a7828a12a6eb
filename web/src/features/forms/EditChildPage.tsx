import { updateChild } from '../../api/hearth.ts';
import type { ChildRecord, UpdateChildBody } from '../../api/types.ts';
import { asText, type FieldValue, type FormValues } from '../../components/form/formValues.ts';
import { checker } from '../../components/form/rules.ts';
import { useForm } from '../../components/form/useForm.ts';
import { useStaleEditing } from '../../components/form/useStaleEditing.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CHILD_FIELDS, checkChild, childFields } from './childFields.tsx';
import { saveAndReturn } from './flash.ts';
import { EditNotice, FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { childPath, WithChild } from './records.tsx';

/** The child's basic record as form values; also reads a 412's `current` (named as the request names it). */
function childValues(c: Record<string, unknown>): FormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return Object.fromEntries(CHILD_FIELDS.map((f) => [f, text(c[f])]));
}

/** Correct a child's name, birth date, sex, language or county, under If-Match. */
export function EditChildPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('child.update')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <EditChildForm child={c} />}</WithChild>;
}

function EditChildForm({ child }: { child: ChildRecord }) {
  const i18n = useI18n();
  const { m, fmt, label } = i18n;
  const today = courtDay(new Date());
  const started = childValues(child);
  const form = useForm(started);
  const edit = useStaleEditing(form, {
    started,
    version: child.version,
    fields: CHILD_FIELDS,
    fromCurrent: childValues,
  });
  const name = fmt.name(child.givenName, child.familyName);

  async function submit() {
    const check = checker(form.values);
    checkChild(check, today);
    if (Object.keys(check.found).length) return form.fail(check.found);
    const changed = edit.changed();
    if (changed.length === 0) return form.fail({}, [{ key: 'nothingChanged' }]);
    const body: UpdateChildBody = {};
    for (const f of changed) {
      const v = asText(form.values[f]).trim();
      if (f === 'county') body.county = v || null;
      else body[f as Exclude<(typeof CHILD_FIELDS)[number], 'county'>] = v;
    }
    await form.submit(async () => {
      try {
        await updateChild(child.id, edit.version, body);
        saveAndReturn(childPath(child.id), m.forms.saved.childUpdated);
      } catch (err) {
        if (!edit.takeStale(err)) throw err;
      }
    });
  }

  const show = (field: string, v: FieldValue) => {
    const s = asText(v);
    if (!s) return '';
    if (field === 'birthDate') return fmt.date(s);
    if (field === 'sex') return label('sex', s);
    if (field === 'primaryLanguage') return (m.forms.languages as Record<string, string>)[s] ?? s;
    return s;
  };
  const labels: Record<string, string> = {
    givenName: m.forms.child.givenName,
    familyName: m.forms.child.familyName,
    birthDate: m.forms.child.birthDate,
    sex: m.forms.child.sex,
    primaryLanguage: m.forms.child.language,
    county: m.forms.child.county,
  };

  return (
    <FormPage
      title={m.forms.editChild.title(name)}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={m.forms.editChild.submit}
      holdSubmit={edit.stale !== null}
      notice={<EditNotice edit={edit} labels={labels} show={show} />}
    >
      {childFields(form, i18n, today)}
    </FormPage>
  );
}
