import { checkPlacementInEpisode, PLACEMENT_SETTINGS } from '@hearth/core';
import { getCase, listProviders, recordPlacement } from '../../api/hearth.ts';
import type { ChildRecord, ChildRemoval, Order, ProviderOption } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asFlag, asText } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { childPath, WithChild } from './records.tsx';

type Props = { childId: string; removalId: string };

/** Record a placement (a living arrangement) inside a removal episode; it ends the one before it. */
export function RecordPlacementPage({ childId, removalId }: Props) {
  const permitted = usePermitted();
  const providers = useResource('lookup-providers', listProviders);
  if (!permitted('placement.record')) return <NotAllowedPage />;
  if (providers.status === 'loading') return <Loading />;
  if (providers.status === 'error') return <ProblemAlert error={providers.error} />;
  return (
    <WithChild childId={childId}>
      {(c) => <PlacementPage child={c} removalId={removalId} providers={providers.data.items} />}
    </WithChild>
  );
}

function PlacementPage({
  child,
  removalId,
  providers,
}: {
  child: ChildRecord;
  removalId: string;
  providers: ProviderOption[];
}) {
  const { m, fmt } = useI18n();
  const removal = child.removals?.find((r) => r.id === removalId);
  const name = fmt.name(child.givenName, child.familyName);
  if (!removal)
    return <NotFoundPage title={m.forms.placement.title(name)} text={m.forms.placement.notFound} />;
  return <PlacementForm child={child} removal={removal} providers={providers} />;
}

function PlacementForm(props: { child: ChildRecord; removal: ChildRemoval; providers: ProviderOption[] }) {
  const { child, removal, providers } = props;
  const { m, fmt, label } = useI18n();
  const w = m.forms.placement;
  const today = courtDay(new Date());
  const form = useForm({
    setting: '',
    providerId: '',
    startDate: '',
    endDate: '',
    outOfState: false,
    courtOrderId: '',
  });
  const name = fmt.name(child.givenName, child.familyName);
  // A trial home visit begins with a completed transition home plan, or with the court's order allowing it
  // (NMSA §32A-4-25.1(C); server/src/transition/home-plan.service.ts): the orders of the episode's case,
  // read (and audited as a case read) only once a trial home visit is chosen.
  const trialHomeVisit = form.values.setting === 'trial_home_visit';
  const caseId = trialHomeVisit ? removal.caseId : null;
  const orders = useResource(`placement-orders:${caseId ?? ''}`, async (signal): Promise<Order[]> =>
    caseId ? (await getCase(caseId, signal)).orders : [],
  );

  async function submit() {
    const check = checker(form.values);
    const setting = check.choice('setting');
    const startDate = check.date('startDate', { today });
    const endDate = check.date('endDate', { optional: true });
    // Inside its episode: removal ≤ start < discharge, end ≤ discharge (core/src/cases/episode.rules.ts).
    if (startDate)
      check.core(
        checkPlacementInEpisode(
          { startDate, endDate },
          { removalDate: removal.removalDate, dischargeDate: removal.dischargeDate, adjudicationDate: null },
        ),
      );
    if (Object.keys(check.found).length) return form.fail(check.found);
    const providerId = asText(form.values.providerId);
    const courtOrderId = trialHomeVisit ? asText(form.values.courtOrderId) : '';
    await form.submit(async () => {
      await recordPlacement(removal.id, {
        setting,
        startDate: startDate!,
        ...(endDate ? { endDate } : {}),
        ...(providerId ? { providerId } : {}),
        outOfState: asFlag(form.values.outOfState),
        ...(courtOrderId ? { courtOrderId } : {}),
      });
      saveAndReturn(`/children/${encodeURIComponent(child.id)}`, m.forms.saved.placementRecorded);
    });
  }

  return (
    <FormPage
      title={w.title(name)}
      intro={w.intro(fmt.date(removal.removalDate))}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
    >
      <SelectInput
        {...form.text('setting', w.setting)}
        options={codeOptions(label, 'placementSetting', PLACEMENT_SETTINGS)}
      />
      <SelectInput
        {...form.text('providerId', w.provider)}
        hint={w.providerHint}
        optional
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
      />
      <DateInput
        {...form.text('startDate', w.startDate)}
        hint={w.startHint}
        min={removal.removalDate}
        max={today}
      />
      <DateInput {...form.text('endDate', w.endDate)} hint={w.endHint} optional min={removal.removalDate} />
      <Checkbox {...form.flag('outOfState', w.outOfState)} />
      {trialHomeVisit && (
        <SelectInput
          {...form.text('courtOrderId', w.courtOrder)}
          hint={w.courtOrderHint}
          optional
          options={(orders.status === 'ok' ? orders.data : []).map((o) => ({
            value: o.id,
            label: m.case.order(label('orderType', o.type), fmt.date(o.signedDate)),
          }))}
        />
      )}
    </FormPage>
  );
}
