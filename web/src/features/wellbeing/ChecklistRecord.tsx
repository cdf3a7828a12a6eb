import type { WellbeingChecklist } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AnswerTags } from './ChecklistItemField.tsx';
import { answerWords, byDomain, instrumentItem } from './checklistModel.ts';

/** Where the checklist stands, and what is not shown to this reader. */
export function ChecklistStatus({ data }: { data: WellbeingChecklist }) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  return (
    <>
      <p data-status={data.status}>
        <strong>
          {data.status === 'submitted'
            ? w.status.submitted(fmt.instantDate(data.submittedAt ?? data.updatedAt ?? data.hearingStart))
            : data.status === 'draft'
              ? w.status.draft
              : w.status.not_started}
        </strong>{' '}
        {w.summary(data.concerns.total, data.answered, data.items.length)}
      </p>
      {data.withheld.map((x) => (
        <p key={x.fieldClass} className="text-base-dark">
          {w.withheld(x.items, label('sensitiveClass', x.fieldClass))}
        </p>
      ))}
      {data.notShownAtHome > 0 && <p className="text-base-dark">{w.notShownAtHome}</p>}
    </>
  );
}

/** The checklist as a record: each area's questions with their answers, for those who read but do not write. */
export function ChecklistRecord({ data }: { data: WellbeingChecklist }) {
  const { m, locale, fmt, label } = useI18n();
  const w = m.wellbeing;
  return (
    <>
      {data.notShownAtHome > 0 && <p>{w.householdIntro(fmt.name(data.givenName, data.familyName))}</p>}
      {byDomain(data.items).map((g) => (
        <section key={g.domain} aria-labelledby={`wb-record-${g.domain}`} className="margin-top-3">
          <h2 id={`wb-record-${g.domain}`} className="font-heading-md">
            {w.domain[g.domain]}
          </h2>
          <dl className="hearth-wellbeing-record">
            {g.items.map((i) => {
              const item = instrumentItem(data.instrumentVersion, i.itemId);
              return (
                <div
                  key={i.itemId}
                  data-item={i.itemId}
                  data-concern={i.concern ? 'true' : 'false'}
                  className="margin-bottom-2"
                >
                  <dt className="text-bold">
                    {item?.text[locale] ?? i.itemId}
                    <AnswerTags
                      concern={i.concern}
                      lastTimeOn={i.answer?.fromLastTime ? i.answer.answeredOn : null}
                    />
                  </dt>
                  <dd className="margin-left-0">
                    {i.answer ? answerWords(item, i.answer.value, w) : w.notAnswered}
                    {i.answer?.note && <div className="text-base-dark">{i.answer.note}</div>}
                    {i.answer && (
                      <div className="usa-hint font-body-3xs">
                        {w.answeredBy(label('caseRole', i.answer.answeredBy), fmt.date(i.answer.answeredOn))}
                      </div>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
