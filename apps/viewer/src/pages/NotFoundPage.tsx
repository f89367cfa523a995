import { Link } from 'react-router';
import { useLocale } from '../i18n/LocaleProvider.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useSettingsSearch } from '../lib/useSettings.js';

export default function NotFoundPage() {
  const { t } = useLocale();
  usePageTitle(t('notFound.title'));
  const search = useSettingsSearch();
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={`/${search}`}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
