import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Says, on the page itself, that it was opened by breaking the glass, and with which reason. */
export function BreakGlassBanner({ reason }: { reason: string }) {
  const { m } = useI18n();
  return (
    <Alert type="warning" heading={m.work.glassBannerTitle}>
      <p className="margin-0">{m.work.glassBannerText}</p>
      <p className="margin-bottom-0">
        {m.work.glassBannerReason} <q>{reason}</q>
      </p>
    </Alert>
  );
}
