import { Link } from 'react-router';
import { useLocale } from '../i18n/LocaleProvider.js';
import { usePageTitle } from '../lib/usePageTitle.js';

export default function NotFoundPage() {
  const { t } = useLocale();
  usePageTitle(t('notFound.title'));
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
