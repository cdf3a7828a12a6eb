import { getWellbeingHistory } from '../../api/hearth.ts';
import type { ChildRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { wellbeingPaths } from './wellbeingPaths.ts';

/**
 * The child page's well-being checklists: each one this reader may see, oldest first, with its number of
 * concerns, and for those who fill them in, the checklists of the hearings still to come. (The picture of
 * the concerns over time is on the bench view; the child page keeps one picture, its timeline.) Nothing
 * when the reader may see none (the API answers 403 or 404, or there is none yet).
 */
export function ChildWellbeing({ child }: { child: ChildRecord }) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  const permitted = usePermitted();
  const found = useResource(`wellbeing-history:${child.id}`, (signal) =>
    getWellbeingHistory(child.id, signal),
  );
  if (found.status !== 'ok') return null;
  const name = fmt.name(child.givenName, child.familyName);
  const links = [
    ...found.data.points.map((p) => ({
      hearingId: p.hearingId,
      text: w.checklistFor(name, label('hearingType', p.hearingType), fmt.date(p.hearingDate)),
      after: `${w.concernsCount(p.concerns.total)}${p.status === 'draft' ? ` ${w.trendDraft}` : ''}`,
    })),
    ...(permitted('wellbeing.record')
      ? child.upcomingHearings
          .filter((h) => !found.data.points.some((p) => p.hearingId === h.id))
          .map((h) => ({
            hearingId: h.id,
            text: w.checklistFor(name, label('hearingType', h.type), fmt.hearingTime(h.start)),
            after: null,
          }))
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <Section id="child-wellbeing" title={w.childChecklists}>
      <ul className="usa-list">
        {links.map((l) => (
          <li key={l.hearingId}>
            <Link to={wellbeingPaths.checklist(l.hearingId, child.id)}>{l.text}</Link>
            {l.after && `: ${l.after}`}
          </li>
        ))}
      </ul>
    </Section>
  );
}
