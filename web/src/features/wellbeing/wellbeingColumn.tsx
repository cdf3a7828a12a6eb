import { wellbeingInstrumentFor } from '@hearth/core';
import type { Hearing } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { courtDay } from '../../i18n/format.ts';
import { usePermitted } from '../forms/permitted.ts';
import { wellbeingPaths } from './wellbeingPaths.ts';

type CaseChild = { id: string; givenName: string; familyName: string };

/**
 * The case page's hearings column "Well-being": the bench view for the judge and the clerk (docket.read),
 * and each child's checklist for those who read the children's history or fill the checklist in; null for
 * everyone else. Only hearings from the checklist's first version on have one. The server decides again.
 */
export function useWellbeingColumn(children: readonly CaseChild[]): Column<Hearing> | null {
  const { m, fmt, label } = useI18n();
  const permitted = usePermitted();
  const bench = permitted('docket.read');
  const checklists = permitted('wellbeing.record') || permitted('child.readHistory');
  if (!bench && !checklists) return null;
  const w = m.wellbeing;
  return {
    header: w.column,
    cell: (h) => {
      if (h.status === 'vacated' || h.status === 'cancelled' || !wellbeingInstrumentFor(courtDay(h.start)))
        return '—';
      const type = label('hearingType', h.type);
      const when = fmt.hearingTime(h.start);
      return (
        <ul className="usa-list usa-list--unstyled">
          {bench && (
            <li>
              <Link to={wellbeingPaths.bench(h.id)} aria-label={w.linkFor(w.benchLink, type, when)}>
                {w.benchLink}
              </Link>
            </li>
          )}
          {checklists &&
            children.map((c) => {
              return (
                <li key={c.id}>
                  <Link
                    to={wellbeingPaths.checklist(h.id, c.id)}
                    aria-label={w.linkFor(w.checklistLink(c.givenName), type, when)}
                  >
                    {w.checklistLink(c.givenName)}
                  </Link>
                </li>
              );
            })}
        </ul>
      );
    },
  };
}
