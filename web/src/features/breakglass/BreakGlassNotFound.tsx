import type { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BreakGlassOffer } from './BreakGlassOffer.tsx';

/**
 * A case or child page that answered "not found": out of reach looks the same as missing. Someone allowed
 * to break the glass is offered to open it anyway; if it is still not found with a reason, it is missing.
 */
export function BreakGlassNotFound({
  title,
  text,
  error,
  reason,
  onOpen,
}: {
  title: string;
  text: string;
  error: ApiError;
  /** The reason already given for this page view, if any. */
  reason: string | null;
  onOpen: (reason: string) => void;
}) {
  const { m } = useI18n();
  return (
    <>
      <NotFoundPage title={title} text={text} />
      {reason !== null && error.status === 404 ? (
        <Alert type="info">{m.work.glassStillNotFound}</Alert>
      ) : (
        <BreakGlassOffer kind="record" onOpen={onOpen} error={reason !== null ? error : null} />
      )}
    </>
  );
}
