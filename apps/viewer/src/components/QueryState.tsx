import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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

/** Renders `children` with the data of every query once all have it; loading or the error before. */
export function QueryState<T extends unknown[]>({
  queries,
  children,
}: {
  queries: { [K in keyof T]: UseQueryResult<T[K]> };
  children: (...data: T) => ReactNode;
}) {
  const failed = queries.find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (queries.some((query) => query.data === undefined)) return <Loading />;
  return <>{children(...(queries.map((query) => query.data) as T))}</>;
}
