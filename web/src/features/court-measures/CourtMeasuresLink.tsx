import type { Role } from '@hearth/core';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { canSeeMeasures } from './measuresModel.ts';

/** The way to the Court performance page, for whoever holds cqi.read (analysts, judges, supervisors). */
export function CourtMeasuresLink({ roles }: { roles: readonly Role[] }) {
  const { m } = useI18n();
  if (!canSeeMeasures(roles)) return null;
  return (
    <p>
      <Link to="/court-measures" className="usa-button usa-button--outline">
        {m.measures.link}
      </Link>
    </p>
  );
}
