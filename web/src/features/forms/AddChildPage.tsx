import { addChildToCase } from '../../api/hearth.ts';
import type { CaseDetail } from '../../api/types.ts';
import { checker } from '../../components/form/rules.ts';
import { useForm } from '../../components/form/useForm.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { checkChild, childBody, childFields, emptyChild } from './childFields.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { casePath, WithCase } from './records.tsx';

/** Add a child to an existing case: the petition amended to name a sibling or a newborn. */
export function AddChildPage({ caseId }: { caseId: string }) {
  const permitted = usePermitted();
  if (!permitted('participant.manage')) return <NotAllowedPage />;
  return <WithCase caseId={caseId}>{(c) => <AddChildForm detail={c} />}</WithCase>;
}

function AddChildForm({ detail }: { detail: CaseDetail }) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const today = courtDay(new Date());
  const form = useForm(emptyChild);

  async function submit() {
    const check = checker(form.values);
    checkChild(check, today);
    if (Object.keys(check.found).length) return form.fail(check.found);
    const body = childBody(form.values);
    await form.submit(async () => {
      await addChildToCase(detail.id, body);
      saveAndReturn(casePath(detail.id), m.forms.saved.childAdded(fmt.name(body.givenName, body.familyName)));
    });
  }

  return (
    <FormPage
      title={m.forms.addChild.title(detail.petitionNumber)}
      intro={m.forms.addChild.intro}
      back={{ to: casePath(detail.id), text: m.forms.backToCase(detail.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={m.forms.addChild.submit}
    >
      {childFields(form, i18n, today)}
    </FormPage>
  );
}
