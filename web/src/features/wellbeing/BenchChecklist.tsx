import type { WellbeingChecklist, WellbeingChecklistItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AnswerTags } from './ChecklistItemField.tsx';
import { answerWords, benchGroups, instrumentItem } from './checklistModel.ts';

/** One answer on the bench: the question, the answer (and note), and the question the judge may ask. */
function BenchItem({ data, i }: { data: WellbeingChecklist; i: WellbeingChecklistItem }) {
  const { m, locale, label, fmt } = useI18n();
  const w = m.wellbeing;
  const item = instrumentItem(data.instrumentVersion, i.itemId);
  return (
    <li className="margin-bottom-2" data-item={i.itemId} data-concern={i.concern ? 'true' : 'false'}>
      <div className="text-bold">
        {w.domain[i.domain]}: {item?.text[locale] ?? i.itemId}
        <AnswerTags concern={i.concern} lastTimeOn={i.answer?.fromLastTime ? i.answer.answeredOn : null} />
      </div>
      <div>
        {w.answerLabel}: {i.answer ? answerWords(item, i.answer.value, w) : w.notAnswered}
        {i.answer?.note && <span className="text-base-dark"> — {i.answer.note}</span>}
        {i.answer && (
          <span className="usa-hint font-body-3xs">
            {' '}
            ({w.answeredBy(label('caseRole', i.answer.answeredBy), fmt.date(i.answer.answeredOn))})
          </span>
        )}
      </div>
      {item && (
        <div className="hearth-bench-ask" data-kind="ask">
          <strong>{w.ask}:</strong> <q>{item.benchQuestion[locale]}</q>
        </div>
      )}
    </li>
  );
}

/**
 * A child's checklist as the judge reads it: concerns first, each with the question to ask beside it;
 * then what was not answered, and the other answers, folded.
 */
export function BenchChecklist({ data, headingId }: { data: WellbeingChecklist; headingId: string }) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  const groups = benchGroups(data.items);
  return (
    <>
      {data.status === 'not_started' && (
        <p>{data.lastTime ? w.notStartedBench(fmt.date(data.lastTime.hearingDate)) : w.notStartedNoPrior}</p>
      )}
      {data.status === 'draft' && <p>{w.draftBench}</p>}
      {data.status === 'submitted' && (
        <p>{w.status.submitted(fmt.instantDate(data.submittedAt ?? data.updatedAt ?? data.hearingStart))}</p>
      )}
      {data.withheld.map((x) => (
        <p key={x.fieldClass} className="text-base-dark">
          {w.withheld(x.items, label('sensitiveClass', x.fieldClass))}
        </p>
      ))}
      <h4 id={`${headingId}-concerns`}>{w.concernsHeading(groups.concerns.length)}</h4>
      {groups.concerns.length === 0 ? (
        <p>{w.noConcerns}</p>
      ) : (
        <ul
          className="usa-list usa-list--unstyled"
          aria-labelledby={`${headingId}-concerns`}
          data-kind="concerns"
        >
          {groups.concerns.map((i) => (
            <BenchItem key={i.itemId} data={data} i={i} />
          ))}
        </ul>
      )}
      {groups.unanswered.length > 0 && (
        <details className="margin-top-2">
          <summary>{w.unansweredHeading(groups.unanswered.length)}</summary>
          <ul className="usa-list usa-list--unstyled">
            {groups.unanswered.map((i) => (
              <BenchItem key={i.itemId} data={data} i={i} />
            ))}
          </ul>
        </details>
      )}
      {groups.others.length > 0 && (
        <details className="margin-top-2">
          <summary>{w.otherHeading(groups.others.length)}</summary>
          <ul className="usa-list usa-list--unstyled">
            {groups.others.map((i) => (
              <BenchItem key={i.itemId} data={data} i={i} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
