import { Link } from '../app/Link.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage({ title, text }: { title?: string; text?: string }) {
  const { m } = useI18n();
  return (
    <>
      <PageHeading title={title ?? m.common.notFoundTitle} />
      <p className="usa-intro">{text ?? m.common.notFoundText}</p>
      <p>
        <Link to="/">{m.common.backHome}</Link>
      </p>
    </>
  );
}
