import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formPaths } from './paths.ts';
import { usePermitted } from './permitted.ts';

/** "Open a case", on the home page of whoever may open one (clerks, caseworkers, agency attorneys). */
export function OpenCaseLink() {
  const { m } = useI18n();
  const permitted = usePermitted();
  if (!permitted('case.open')) return null;
  return (
    <p>
      <Link to={formPaths.openCase} className="usa-button">
        {m.forms.actions.openCase}
      </Link>
    </p>
  );
}
