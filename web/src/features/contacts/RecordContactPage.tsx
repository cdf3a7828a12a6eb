import { recordContact } from '../../api/hearth.ts';
import type { ContactList } from '../../api/types.ts';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asFlag, asText } from '../../components/form/formValues.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { contactBody, elementLabel, initialContactValues } from './contactsModel.ts';
import { contactPaths } from './paths.ts';
import { WithContacts } from './WithContacts.tsx';

/**
 * "Record a contact" (domain-rules §3): when, how, where, time alone, who was there, and the notes that make
 * it a quality contact, with the worker's own assessment. Opened from the child's contacts and from the
 * caseworker's home; the server checks everything again.
 */
export function RecordContactPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('contact.record')) return <NotAllowedPage />;
  return <WithContacts childId={childId}>{(list) => <ContactForm list={list} />}</WithContacts>;
}

const MODES = ['in_person', 'video', 'phone'];
const RATINGS = ['met', 'partly', 'not_met', 'not_applicable'];

function ContactForm({ list }: { list: ContactList }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const today = courtDay(new Date());
  const form = useForm(() => initialContactValues(today));
  const name = fmt.name(list.child.givenName, list.child.familyName);
  const back = contactPaths.list(list.child.id);
  if (!list.mayRecord) return <NotAllowedPage />;

  async function submit() {
    const found = contactBody(form.values, today, t);
    if (found.errors) return form.fail(found.errors);
    await form.submit(async () => {
      await recordContact(list.child.id, found.body);
      saveAndReturn(back, t.saved);
    });
  }

  const other = asText(form.values.location) === 'other';
  const alone = asFlag(form.values.timeAlone);
  return (
    <FormPage
      title={t.formTitle(name)}
      intro={t.formIntro}
      back={{ to: back, text: t.backToContacts(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={t.submit}
    >
      <DateInput {...form.text('date', t.fields.date)} max={today} />
      <TextInput {...form.text('time', t.fields.time)} hint={t.hints.time} width="sm" />
      <SelectInput
        {...form.text('mode', t.fields.mode)}
        options={MODES.map((v) => ({ value: v, label: t.mode[v] ?? v }))}
        noEmpty
      />
      <SelectInput
        {...form.text('location', t.fields.location)}
        options={['residence', 'other'].map((v) => ({ value: v, label: t.location[v] ?? v }))}
        noEmpty
      />
      {other && <TextInput {...form.text('place', t.fields.place)} hint={t.hints.place} optional />}
      <Checkbox {...form.flag('timeAlone', t.fields.timeAlone)} />
      {alone && <TextInput {...form.text('minutesAlone', t.fields.minutesAlone)} width="sm" />}
      <TextArea {...form.text('participants', t.fields.participants)} hint={t.hints.participants} optional />
      <TextArea {...form.text('purpose', t.fields.purpose)} maxLength={4000} />
      <TextArea {...form.text('safetyObservations', t.fields.safetyObservations)} optional maxLength={8000} />
      <TextArea {...form.text('casePlanProgress', t.fields.casePlanProgress)} optional maxLength={8000} />
      <TextArea
        {...form.text('childWords', t.fields.childWords)}
        hint={t.hints.childWords}
        optional
        maxLength={8000}
      />
      <TextArea {...form.text('nextSteps', t.fields.nextSteps)} optional maxLength={8000} />
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend text-bold">{t.selfTitle}</legend>
        <p className="usa-hint">{t.selfIntro}</p>
        {list.qualityElements.map((e) => (
          <SelectInput
            key={e}
            {...form.text(`self.${e}`, elementLabel(t.element, e))}
            options={RATINGS.map((r) => ({ value: r, label: t.rating[r] ?? r }))}
            emptyLabel={t.notRated}
            optional
          />
        ))}
      </fieldset>
    </FormPage>
  );
}
