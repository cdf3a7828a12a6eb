import { checkEpisodeDates, checkPlacementInEpisode, DISCHARGE_REASONS, episodesOverlap } from '@hearth/core';
import { updateRemoval } from '../../api/hearth.ts';
import type { ChildRecord, ChildRemoval, UpdateRemovalBody } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText, type FieldValue, type FormValues } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { useStaleEditing } from '../../components/form/useStaleEditing.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { EditNotice, FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { childPath, WithChild } from './records.tsx';

const FIELDS = ['dischargeDate', 'dischargeReason'] as const;

/** A removal's discharge as form values; also reads a 412's `current`. */
function dischargeValues(r: Record<string, unknown>): FormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { dischargeDate: text(r.dischargeDate), dischargeReason: text(r.dischargeReason) };
}

type Props = { childId: string; removalId: string };

/** Record (or correct) the end of a removal episode: the date the child left care, and why. */
export function DischargePage({ childId, removalId }: Props) {
  const permitted = usePermitted();
  if (!permitted('removal.record')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <FindRemoval child={c} removalId={removalId} />}</WithChild>;
}

function FindRemoval({ child, removalId }: { child: ChildRecord; removalId: string }) {
  const { m, fmt } = useI18n();
  const removal = child.removals?.find((r) => r.id === removalId);
  const name = fmt.name(child.givenName, child.familyName);
  if (!removal)
    return <NotFoundPage title={m.forms.discharge.title(name)} text={m.forms.placement.notFound} />;
  return <DischargeForm child={child} removal={removal} />;
}

function DischargeForm({ child, removal }: { child: ChildRecord; removal: ChildRemoval }) {
  const { m, fmt, label } = useI18n();
  const w = m.forms.discharge;
  const today = courtDay(new Date());
  const started = dischargeValues(removal);
  const form = useForm(started);
  const edit = useStaleEditing(form, {
    started,
    version: removal.version,
    fields: FIELDS,
    fromCurrent: dischargeValues,
  });
  const name = fmt.name(child.givenName, child.familyName);

  async function submit() {
    const check = checker(form.values);
    const dischargeDate = check.date('dischargeDate');
    // A discharge is reported with its reason (AFCARS E155; the CQI interchange `discharge_reason`).
    const dischargeReason = check.choice('dischargeReason');
    if (dischargeDate) {
      const episode = {
        removalDate: removal.removalDate,
        dischargeDate,
        adjudicationDate: removal.adjudicationDate,
      };
      // The server's rules (children/removal.service.ts): not before the removal nor in the future, no
      // overlap with another episode, and no placement left starting after the discharge.
      check.core(checkEpisodeDates(episode, today));
      const others = (child.removals ?? []).filter((r) => r.id !== removal.id);
      if (others.some((r) => episodesOverlap(episode, { ...r, adjudicationDate: null })))
        check.fail('dischargeDate', 'overlap');
      if (removal.placements.some((p) => checkPlacementInEpisode(p, episode).length > 0))
        check.fail('dischargeDate', 'placementAfter');
    }
    if (Object.keys(check.found).length) return form.fail(check.found);
    const changed = edit.changed();
    if (changed.length === 0) return form.fail({}, [{ key: 'nothingChanged' }]);
    const body: UpdateRemovalBody = {};
    if (changed.includes('dischargeDate')) body.dischargeDate = dischargeDate;
    if (changed.includes('dischargeReason')) body.dischargeReason = dischargeReason;
    await form.submit(async () => {
      try {
        await updateRemoval(removal.id, edit.version, body);
        saveAndReturn(childPath(child.id), m.forms.saved.dischargeRecorded);
      } catch (err) {
        if (!edit.takeStale(err)) throw err;
      }
    });
  }

  const labels: Record<string, string> = { dischargeDate: w.date, dischargeReason: w.reason };
  const show = (field: string, v: FieldValue) => {
    const s = asText(v);
    if (!s) return '';
    return field === 'dischargeDate' ? fmt.date(s) : label('dischargeReason', s);
  };

  return (
    <FormPage
      title={w.title(name)}
      intro={w.intro(fmt.date(removal.removalDate))}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
      holdSubmit={edit.stale !== null}
      notice={<EditNotice edit={edit} labels={labels} show={show} />}
    >
      <DateInput {...form.text('dischargeDate', w.date)} min={removal.removalDate} max={today} />
      <SelectInput
        {...form.text('dischargeReason', w.reason)}
        options={codeOptions(label, 'dischargeReason', DISCHARGE_REASONS)}
      />
    </FormPage>
  );
}
