import type { Hearing } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { inSentence } from './conflictAnswer.ts';

/** Where moving and continuing a hearing live. */
export const hearingPaths = {
  move: (hearingId: string) => `/hearings/${encodeURIComponent(hearingId)}/move`,
  continue: (hearingId: string) => `/hearings/${encodeURIComponent(hearingId)}/continue`,
};

/**
 * The case page's hearings column with "Move" and "Continue" for a hearing still scheduled, for those
 * who set hearings (hearing.schedule); null for everyone else. The server decides again.
 */
export function useHearingChangeColumn(): Column<Hearing> | null {
  const { m, fmt, label } = useI18n();
  const permitted = usePermitted();
  if (!permitted('hearing.schedule')) return null;
  const w = m.conflicts;
  return {
    header: w.change,
    cell: (h) => {
      if (h.status !== 'scheduled') return '—';
      const name = inSentence(label('hearingType', h.type));
      const when = fmt.hearingTime(h.start);
      return (
        <ul className="usa-list usa-list--unstyled">
          <li>
            <Link to={hearingPaths.move(h.id)} className="usa-link" aria-label={w.moveLabel(name, when)}>
              {w.move}
            </Link>
          </li>
          <li>
            <Link
              to={hearingPaths.continue(h.id)}
              className="usa-link"
              aria-label={w.continueLabel(name, when)}
            >
              {w.continue}
            </Link>
          </li>
        </ul>
      );
    },
  };
}
