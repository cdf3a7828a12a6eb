import type { Role } from '@hearth/core';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { canSeeIndicators } from './cqiModel.ts';

/** The way to the Outcome indicators page, for whoever holds cqi.read (analysts, judges, supervisors). */
export function CqiLink({ roles }: { roles: readonly Role[] }) {
  const { m } = useI18n();
  if (!canSeeIndicators(roles)) return null;
  return (
    <p>
      <Link to="/cqi" className="usa-button usa-button--outline">
        {m.cqi.link}
      </Link>
    </p>
  );
}
