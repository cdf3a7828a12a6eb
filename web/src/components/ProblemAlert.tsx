import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Alert } from './Alert.tsx';

/** What to tell a person about an API error: an unreachable server in their language, else the detail. */
export function problemText(error: ApiError, networkError: string): string {
  const unreachable =
    error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504;
  return unreachable ? networkError : (error.detail ?? error.title);
}

/** An API error the page cannot handle itself, said plainly. */
export function ProblemAlert({ error }: { error: ApiError }) {
  const { m } = useI18n();
  return (
    <Alert type="error" heading={m.common.errorTitle} live>
      {problemText(error, m.common.networkError)}
    </Alert>
  );
}
