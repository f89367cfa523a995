import type { Method } from '@plan/scoring';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { AssessmentItem } from '../api/assessments.js';
import { useAssessments, useIndicators, usePlan } from '../api/queries.js';
import type { Indicator, PlanSummary } from '../api/types.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { ProgressBars } from '../components/ProgressBars.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusIcon } from '../components/StatusIcon.js';
import { formatDate, formatShare } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { countByStatus, meanOf, periodElapsed, type StatusCount } from '../lib/rollups.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useSettings, useSettingsSearch } from '../lib/useSettings.js';

/** Status counts as a bar of segments, each labelled in the list below it (never colour alone). */
function StatusStack({ counts, total }: { counts: StatusCount[]; total: number }) {
  const { pick } = useLocale();
  const shown = counts.filter((entry) => entry.count > 0);
  return (
    <div className="status-stack">
      <div className="status-stack-bar" aria-hidden="true">
        {shown.map((entry) => (
          <span
            key={entry.status}
            style={{
              width: `${(entry.count / Math.max(total, 1)) * 100}%`,
              background: entry.colour,
            }}
          />
        ))}
      </div>
      <ul className="status-stack-legend">
        {shown.map((entry) => (
          <li key={entry.status} style={{ '--status-colour': entry.colour } as CSSProperties}>
            <StatusIcon icon={entry.icon} size={13} />
            {pick(entry.label)} <strong>{entry.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CategoryCard({
  title,
  indicators,
  items,
  progress,
  method,
  link,
}: {
  title: string;
  indicators: Indicator[];
  /** By the chosen method: the statuses */
  items: AssessmentItem[];
  /** By time progress: completion against time elapsed */
  progress: AssessmentItem[];
  method: Method;
  link: string;
}) {
  const { t } = useLocale();
  const counts = countByStatus(items, method);
  return (
    <article className="category-card">
      <h4>
        <Link to={link}>{title}</Link>
      </h4>
      <p className="muted small">
        {t(indicators.length === 1 ? 'common.indicatorCountOne' : 'common.indicatorCount', {
          count: indicators.length,
        })}
      </p>
      <ProgressBars
        completion={meanOf(progress.map((item) => item.completion))}
        // Each status is judged against the time elapsed at its latest value.
        timeProgress={meanOf(progress.map((item) => item.timeProgress))}
        compact
      />
      <StatusStack counts={counts} total={items.length} />
    </article>
  );
}

function Overview({
  plan,
  indicators,
  items,
  progress,
  available,
}: {
  plan: PlanSummary;
  indicators: Indicator[];
  items: AssessmentItem[];
  progress: AssessmentItem[];
  available: boolean;
}) {
  const { t, pick, locale } = useLocale();
  const [settings] = useSettings();
  const search = useSettingsSearch();
  const region = plan.regions.find((candidate) => candidate.id === settings.region);
  const byId = new Map(items.map((item) => [item.indicatorId, item]));
  const progressById = new Map(progress.map((item) => [item.indicatorId, item]));
  // The share of the plan period elapsed on the as-of date.
  const elapsed = periodElapsed(settings.asOf, plan.baselineYear, plan.targetYear);
  const counts = countByStatus(items, settings.method);
  const linkWith = (extra: Record<string, string>) => {
    const params = new URLSearchParams(search);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return `/indicators?${params.toString()}`;
  };
  return (
    <>
      <section className="page-head">
        <h1>{pick(plan.title)}</h1>
        <dl className="facts">
          <div>
            <dt>{t('overview.period')}</dt>
            <dd>
              {plan.period.start}–{plan.period.end}
            </dd>
          </div>
          <div>
            <dt>{t('overview.asOf')}</dt>
            <dd>{formatDate(settings.asOf, locale)}</dd>
          </div>
          <div>
            <dt>{t('controls.region')}</dt>
            <dd>{region ? pick(region.name) : settings.region}</dd>
          </div>
          <div>
            <dt>{t('controls.method')}</dt>
            <dd>{t(`method.${settings.method}`)}</dd>
          </div>
          <div>
            <dt>{t('overview.timeProgress')}</dt>
            <dd>{formatShare(elapsed, locale)}</dd>
          </div>
        </dl>
      </section>
      {available ? null : <p className="notice">{t('common.notAvailable')}</p>}
      <section aria-labelledby="status-counts">
        <h2 id="status-counts">{t('overview.statusCounts')}</h2>
        <ul className="headline-counts">
          {counts.map((entry) => (
            <li key={entry.status} style={{ '--status-colour': entry.colour } as CSSProperties}>
              <Link to={linkWith({ status: entry.status })} className="headline-count">
                <span className="headline-number">{entry.count}</span>
                <span className="headline-label">
                  <StatusIcon icon={entry.icon} />
                  {pick(entry.label)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-table">
        <h2 id="by-table">{t('overview.byTable')}</h2>
        <p className="muted small">{t('overview.barLegend')}</p>
        {plan.tables.map((table) => {
          const tableIndicators = indicators.filter((indicator) => indicator.table === table.id);
          const tableItems = tableIndicators
            .map((indicator) => byId.get(indicator.id))
            .filter((item): item is AssessmentItem => item !== undefined);
          return (
            <div key={table.id} className="table-group">
              <div className="table-group-head">
                <h3>{pick(table.title)}</h3>
                <Link to={linkWith({ table: table.id })}>
                  {t('overview.viewIndicators')} ({tableIndicators.length})
                </Link>
              </div>
              <StatusStack
                counts={countByStatus(tableItems, settings.method)}
                total={tableItems.length}
              />
              <div className="category-grid">
                {table.categories.map((category) => {
                  const inCategory = tableIndicators.filter((indicator) =>
                    indicator.categoryPath.includes(category.id),
                  );
                  return (
                    <CategoryCard
                      key={category.id}
                      title={pick(category.name)}
                      indicators={inCategory}
                      items={inCategory
                        .map((indicator) => byId.get(indicator.id))
                        .filter((item): item is AssessmentItem => item !== undefined)}
                      progress={inCategory
                        .map((indicator) => progressById.get(indicator.id))
                        .filter((item): item is AssessmentItem => item !== undefined)}
                      method={settings.method}
                      link={linkWith({ table: table.id, category: category.id })}
                    />
                  );
                })}
              </div>
            </div>
          );
        })}
      </section>
    </>
  );
}

export default function OverviewPage() {
  const { t } = useLocale();
  usePageTitle(t('nav.overview'));
  const [settings] = useSettings();
  const plan = usePlan();
  const indicators = useIndicators();
  const assessments = useAssessments(settings);
  // Completion against time elapsed is the time-progress calculation, whatever the method.
  const timeProgress = useAssessments({ ...settings, method: 'time-progress' });
  if (plan.isError) return <ErrorNotice error={plan.error} retry={() => void plan.refetch()} />;
  if (indicators.isError)
    return <ErrorNotice error={indicators.error} retry={() => void indicators.refetch()} />;
  if (!plan.data || !indicators.data || assessments.isPending) return <Loading />;
  const illustrative = assessments.data ? assessments.data.illustrative : settings.illustrative;
  return (
    <>
      {illustrative ? <IllustrativeBanner /> : null}
      <Overview
        plan={plan.data}
        indicators={indicators.data}
        items={assessments.data?.items ?? []}
        progress={timeProgress.data?.items ?? []}
        available={!assessments.isError}
      />
    </>
  );
}
