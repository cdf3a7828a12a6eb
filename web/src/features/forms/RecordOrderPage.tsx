import { FINDING_TYPES, ORDER_TYPES } from '@hearth/core';
import { recordOrder } from '../../api/hearth.ts';
import type { CaseDetail, RecordOrderBody } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText, type FormValues } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { casePath, WithCase } from './records.tsx';

const findingKey = (childId: string, type: string) => `finding.${childId}.${type}`;

/**
 * Record an order with its findings, per child, as structured data: contrary to the welfare, reasonable
 * efforts, adjudication, ICWA (45 CFR 1356.21(b),(c); NMSA §32A-4-22; 25 CFR 23.120). A finding the order
 * does not decide is left out, not recorded as "not made".
 */
export function RecordOrderPage({ caseId }: { caseId: string }) {
  const permitted = usePermitted();
  if (!permitted('order.record')) return <NotAllowedPage />;
  return <WithCase caseId={caseId}>{(c) => <OrderForm detail={c} />}</WithCase>;
}

function OrderForm({ detail }: { detail: CaseDetail }) {
  const { m, fmt, label } = useI18n();
  const w = m.forms.order;
  const today = courtDay(new Date());
  const form = useForm((): FormValues => {
    const values: FormValues = { orderType: '', signedDate: '', hearingId: '' };
    for (const child of detail.children) for (const t of FINDING_TYPES) values[findingKey(child.id, t)] = '';
    return values;
  });
  const decisions = [
    { value: 'made', label: w.made },
    { value: 'notMade', label: w.notMade },
  ];

  async function submit() {
    const check = checker(form.values);
    const orderType = check.choice('orderType');
    // An order is recorded once signed, and never before the petition it rules on (hearing.service.ts).
    const signedDate = check.date('signedDate', { today });
    if (signedDate && signedDate < detail.filingDate) check.fail('signedDate', 'beforeFiling');
    if (Object.keys(check.found).length) return form.fail(check.found);
    const findings: RecordOrderBody['findings'] = [];
    for (const child of detail.children)
      for (const t of FINDING_TYPES) {
        const decided = asText(form.values[findingKey(child.id, t)]);
        if (decided) findings.push({ childId: child.id, findingType: t, isMade: decided === 'made' });
      }
    const hearingId = asText(form.values.hearingId);
    // The server names a finding by its place in the list; the form by child and type.
    const rename = (path: string) =>
      path.replace(/^findings\.(\d+)(\..*)?$/, (_, i: string) => {
        const f = findings[Number(i)];
        return f ? findingKey(f.childId, f.findingType) : path;
      });
    await form.submit(async () => {
      await recordOrder(detail.id, {
        orderType,
        signedDate: signedDate!,
        ...(hearingId ? { hearingId } : {}),
        findings,
      });
      saveAndReturn(casePath(detail.id), m.forms.saved.orderRecorded);
    }, rename);
  }

  return (
    <FormPage
      title={w.title(detail.petitionNumber)}
      back={{ to: casePath(detail.id), text: m.forms.backToCase(detail.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
    >
      <SelectInput
        {...form.text('orderType', w.type)}
        options={codeOptions(label, 'orderType', ORDER_TYPES)}
      />
      <DateInput {...form.text('signedDate', w.signedDate)} max={today} min={detail.filingDate} />
      <SelectInput
        {...form.text('hearingId', w.hearing)}
        hint={w.hearingHint}
        optional
        emptyLabel={w.noHearing}
        options={detail.hearings.map((h) => ({
          value: h.id,
          label: `${label('hearingType', h.type)}, ${fmt.hearingTime(h.start)}`,
        }))}
      />
      {detail.children.map((child) => {
        const name = fmt.name(child.givenName, child.familyName);
        return (
          <fieldset key={child.id} className="usa-fieldset margin-top-5">
            <legend className="usa-legend usa-legend--large">{w.findingsFor(name)}</legend>
            <p className="usa-hint">{w.findingsHint}</p>
            {FINDING_TYPES.map((t) => (
              <SelectInput
                key={t}
                {...form.text(findingKey(child.id, t), label('findingType', t))}
                emptyLabel={w.notDecided}
                options={decisions}
              />
            ))}
          </fieldset>
        );
      })}
    </FormPage>
  );
}
