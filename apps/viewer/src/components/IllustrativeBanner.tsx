import { useLocale } from '../i18n/LocaleProvider.js';
import { useSettings } from '../lib/useSettings.js';

/** Shown whenever the figures on screen include illustrative demo data. */
export function IllustrativeBanner() {
  const { t } = useLocale();
  const [, update] = useSettings();
  return (
    <div className="illustrative-banner" role="note" data-testid="illustrative-banner">
      <strong className="illustrative-banner-tag">{t('illustrative.tag')}</strong>
      <span>{t('illustrative.banner')}</span>
      <button
        type="button"
        className="link-button no-print"
        onClick={() => update({ illustrative: false })}
      >
        {t('illustrative.hide')}
      </button>
    </div>
  );
}
