import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { prefetchViewData } from '../api/pageData.js';
import { PlanScopeProvider, planIdFrom, usePlanId } from '../api/planScope.js';
import { usePlan } from '../api/queries.js';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { planEndDate, planHasEnded } from '../lib/planPeriod.js';
import {
  isIsoDay,
  useDefaultAsOfOfView,
  useSettings,
  useSettingsSearch,
} from '../lib/useSettings.js';
import { ReviewNavLink } from '../pages/review/ReviewNavLink.js';
import { Controls } from './Controls.js';
import { PlanSwitcher } from './PlanSwitcher.js';
import { ErrorNotice, Loading } from './QueryState.js';

// The tracking pages' labels (issue 15) are the pages' own words, zh first: written here, not
// imported from the pages' word files, so the first load of the viewer does not carry those.
const pages: { to: string; label: MessageKey | { zh: string; en: string }; end?: boolean }[] = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/indicators', label: 'nav.indicators' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/timeline', label: { zh: '任务时间轴', en: 'Timeline' } },
  { to: '/supervision', label: { zh: '督办清单', en: 'Supervision' } },
  { to: '/comparison', label: 'nav.comparison' },
  { to: '/report', label: 'nav.report' },
  { to: '/data-entry', label: 'nav.entry' },
  { to: '/tasks', label: { zh: '我的任务', en: 'My tasks' } },
];

/** The frame of every page, for the plan the URL names (`?plan=`; the default plan without it). */
export function Layout() {
  const [params] = useSearchParams();
  return (
    <PlanScopeProvider planId={planIdFrom(params)}>
      <Frame />
    </PlanScopeProvider>
  );
}

/** The plan's title (and whether its period has ended on the as-of date), the plan switcher, the navigation, the language toggle and the settings. */
function Frame() {
  const { t, pick, locale, setLocale } = useLocale();
  const plan = usePlan();
  const search = useSettingsSearch();
  const [settings] = useSettings();
  const [params] = useSearchParams();
  // Without a date in the URL the pages wait for the default one, so they are not judged twice.
  const waiting = useDefaultAsOfOfView() === undefined && !isIsoDay(params.get('asOf'));
  const ended = plan.data !== undefined && planHasEnded(plan.data, settings.asOf);
  const ready = plan.data !== undefined && !waiting;
  // The page itself (its chunk is usually in by then, so it does not suspend) first renders as a
  // transition: React renders it in slices, not in the one long task the plan's answer renders in.
  const pageShown = useDeferredValue(ready);
  const client = useQueryClient();
  const planId = usePlanId();
  const { pathname } = useLocation();
  // The page's reads start here, beside its chunk: see api/pageData.ts.
  useEffect(() => {
    if (ready) prefetchViewData(client, pathname, planId, settings);
  }, [client, pathname, planId, settings, ready]);
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
              <div className="brand-plan">
                {plan.data ? pick(plan.data.title) : '\u00a0'}
                {ended && plan.data ? (
                  <span
                    className="plan-ended"
                    title={t('plan.endedOn', { date: formatDate(planEndDate(plan.data), locale) })}
                  >
                    {t('plan.ended')}
                  </span>
                ) : null}
              </div>
            </div>
          </div>
          <PlanSwitcher />
          <nav aria-label={t('nav.label')} className="site-nav no-print">
            {pages.map((page) => (
              <NavLink key={page.to} to={{ pathname: page.to, search }} end={page.end ?? false}>
                {typeof page.label === 'string' ? t(page.label) : pick(page.label)}
              </NavLink>
            ))}
            <ReviewNavLink search={search} />
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
        {ready && pageShown ? (
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
