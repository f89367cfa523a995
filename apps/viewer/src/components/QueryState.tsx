import { ApiError } from '../api/client.js';
import { useLocale } from '../i18n/LocaleProvider.js';

export function Loading() {
  const { t } = useLocale();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failed request: what went wrong, as the API said it, and a way to try again. */
export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useLocale();
  const detail =
    error instanceof ApiError
      ? `${error.message}${error.status ? ` (HTTP ${error.status})` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="error-notice" role="alert">
      <strong>{t('common.error')}</strong>
      <span>{detail}</span>
      {retry ? (
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
