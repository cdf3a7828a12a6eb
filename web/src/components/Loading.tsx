import { useI18n } from '../i18n/I18nProvider.tsx';

export function Loading() {
  const { m } = useI18n();
  return (
    <p className="text-base" role="status">
      {m.app.loading}
    </p>
  );
}
