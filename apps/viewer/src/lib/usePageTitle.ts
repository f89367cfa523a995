import { useEffect } from 'react';
import { useLocale } from '../i18n/LocaleProvider.js';

/** Sets the document title to "page · app", in the current language. */
export function usePageTitle(title: string | undefined) {
  const { t } = useLocale();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
