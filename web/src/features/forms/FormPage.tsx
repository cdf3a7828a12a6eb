import type { FormEvent, ReactNode } from 'react';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import type { FieldValue } from '../../components/form/formValues.ts';
import { StaleEditNotice } from '../../components/form/StaleEditNotice.tsx';
import type { StaleEditing } from '../../components/form/useStaleEditing.ts';
import type { Form } from '../../components/form/useForm.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Props = {
  title: string;
  intro?: string | undefined;
  back: { to: string; text: string };
  form: Form;
  onSubmit: () => void | Promise<void>;
  submitLabel: string;
  /** Above the form, below the error summary (a stale-edit notice, a note after one). */
  notice?: ReactNode;
  /** The save button waits while a choice is pending (after a stale edit). */
  holdSubmit?: boolean;
  children: ReactNode;
};

/**
 * The frame of every form page: a way back, the heading, the error summary, the fields, then save or
 * cancel. The browser's own validation is off (`noValidate`): the form checks and says it in words.
 */
export function FormPage({
  title,
  intro,
  back,
  form,
  onSubmit,
  submitLabel,
  notice,
  holdSubmit,
  children,
}: Props) {
  const { m } = useI18n();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!form.busy && !holdSubmit) void onSubmit();
  }
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-10 desktop:grid-col-8">
        <p className="margin-top-3 margin-bottom-0">
          <Link to={back.to} className="usa-link">
            {back.text}
          </Link>
        </p>
        <PageHeading title={title} />
        {intro && <p className="usa-intro">{intro}</p>}
        <ErrorSummary form={form} />
        {form.failure && <ProblemAlert error={form.failure} />}
        {notice}
        <form className="usa-form usa-form--large maxw-none" noValidate onSubmit={submit}>
          {children}
          <div className="usa-button-group margin-top-4">
            <button type="submit" className="usa-button" disabled={form.busy || holdSubmit}>
              {form.busy ? m.forms.saving : submitLabel}
            </button>
            <Link to={back.to} className="usa-button usa-button--unstyled margin-left-2">
              {m.forms.cancel}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

/** A form the signed-in person's roles do not allow: said plainly, with no form to fill in for nothing. */
export function NotAllowedPage() {
  const { m } = useI18n();
  return <NotFoundPage title={m.forms.notAllowedTitle} text={m.forms.notAllowedText} />;
}

/**
 * Above an edit form: the explanation of a stale edit (412) while there is one, else what the person chose
 * to do about it.
 */
export function EditNotice({
  edit,
  labels,
  show,
}: {
  edit: StaleEditing;
  labels: Record<string, string>;
  show: (field: string, value: FieldValue) => string;
}) {
  return edit.stale ? (
    <StaleEditNotice
      stale={edit.stale}
      labelOf={(f) => labels[f] ?? f}
      show={show}
      onReapply={edit.reapply}
      onDiscard={edit.discard}
    />
  ) : (
    <StaleOutcome outcome={edit.outcome} />
  );
}

/** After a stale edit the person chose what to do: say what the form now holds. */
export function StaleOutcome({ outcome }: { outcome: 'reapplied' | 'discarded' | null }) {
  const { m } = useI18n();
  if (!outcome) return null;
  return (
    <Alert type="info" slim live>
      {outcome === 'reapplied' ? m.forms.stale.reapplied : m.forms.stale.discarded}
    </Alert>
  );
}
