import { useLocale } from '../i18n/LocaleProvider.js';

/** The mark every illustrative demo figure carries: 示例数据 / Illustrative data. */
export function IllustrativeTag({ compact = false }: { compact?: boolean }) {
  const { t } = useLocale();
  return (
    <span className="illustrative-tag" title={t('illustrative.banner')}>
      {compact ? '※' : null}
      {compact ? (
        <span className="visually-hidden">{t('illustrative.tag')}</span>
      ) : (
        t('illustrative.tag')
      )}
    </span>
  );
}
