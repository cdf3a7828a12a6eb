import type { Role } from '@hearth/core';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { hasDataPage } from './dataPage.ts';

/** The way from a home to the Data page, for whoever may see counts or download the files. */
export function DataLink({ roles }: { roles: readonly Role[] }) {
  const { m } = useI18n();
  if (!hasDataPage(roles)) return null;
  return (
    <p>
      <Link to="/data" className="usa-button usa-button--outline">
        {m.admin.data.link}
      </Link>
    </p>
  );
}
