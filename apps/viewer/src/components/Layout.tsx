import { NavLink, Outlet } from 'react-router';
import { usePlan } from '../api/queries.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { useSettingsSearch } from '../lib/useSettings.js';
import { Controls } from './Controls.js';
import { ErrorNotice, Loading } from './QueryState.js';

const pages: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/indicators', label: 'nav.indicators' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/report', label: 'nav.report' },
  { to: '/data-entry', label: 'nav.entry' },
];

/** The frame of every page: the plan's title, the navigation, the language toggle and the settings. */
export function Layout() {
  const { t, pick, locale, setLocale } = useLocale();
  const plan = usePlan();
  const search = useSettingsSearch();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              规
            </span>
            <div>
              <div className="brand-name">{t('app.name')}</div>
              <div className="brand-plan">{plan.data ? pick(plan.data.title) : '\u00a0'}</div>
            </div>
          </div>
          <nav aria-label={t('nav.label')} className="site-nav no-print">
            {pages.map((page) => (
              <NavLink key={page.to} to={{ pathname: page.to, search }} end={page.end ?? false}>
                {t(page.label)}
              </NavLink>
            ))}
          </nav>
          <button
            type="button"
            className="lang-toggle no-print"
            lang={locale === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <div className="controls-bar no-print">
        <Controls />
      </div>
      <main id="main" tabIndex={-1}>
        {/* Every page reads its defaults (years, regions) from the plan: it comes first. */}
        {plan.data ? (
          <Outlet />
        ) : plan.isError ? (
          <ErrorNotice error={plan.error} retry={() => void plan.refetch()} />
        ) : (
          <Loading />
        )}
      </main>
    </>
  );
}
