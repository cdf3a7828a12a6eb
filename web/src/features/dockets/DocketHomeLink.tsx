import { hasPermission, type Role } from '@hearth/core';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DOCKET_PATH } from './docketQuery.ts';

/** The way from a judge's or a clerk's home to the Docket page; nobody else has dockets. */
export function DocketHomeLink({ roles }: { roles: readonly Role[] }) {
  const { m } = useI18n();
  if (!hasPermission(roles, 'docket.read')) return null;
  return (
    <p>
      <Link to={DOCKET_PATH} className="usa-button usa-button--outline">
        {m.dockets.link}
      </Link>
    </p>
  );
}
