import type { ChildRecord } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { contactPaths } from './paths.ts';

/** On the child page: the way to the child's caseworker contacts, and to record one, for those who may. */
export function ChildContactsLink({ child }: { child: ChildRecord }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  if (child.view !== 'full' || !permitted('contact.read')) return null;
  const t = m.contacts;
  return (
    <section aria-labelledby="child-contacts-heading" className="margin-top-4">
      <h2 id="child-contacts-heading">{t.benchTitle}</h2>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Link to={contactPaths.list(child.id)} className="usa-button usa-button--outline">
            {t.contactsLink}
          </Link>
        </li>
        {permitted('contact.record') && (
          <li className="usa-button-group__item">
            <Link to={contactPaths.record(child.id)} className="usa-button usa-button--outline">
              {t.recordContact}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
