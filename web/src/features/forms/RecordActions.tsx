import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useFlash } from './flash.ts';

export type ActionLink = { to: string; text: string };

/**
 * Above a record page: the message of a save that just brought the person back to `page`, and the forms
 * they may open from here as a row of buttons (nothing when there are none).
 */
export function RecordActions({ page, links }: { page: string; links: ActionLink[] }) {
  const { m } = useI18n();
  const flash = useFlash(page);
  return (
    <>
      {flash && (
        <Alert type="success" slim live>
          {flash}
        </Alert>
      )}
      <ActionLinks label={m.forms.actions.heading} links={links} />
    </>
  );
}

/** The forms one may open from a page or a section, as a row of outline buttons under their own landmark name. */
export function ActionLinks({ label, links }: { label: string; links: ActionLink[] }) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} className="margin-y-2">
      <ul className="usa-button-group">
        {links.map((l) => (
          <li key={l.to} className="usa-button-group__item">
            <Link to={l.to} className="usa-button usa-button--outline">
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
