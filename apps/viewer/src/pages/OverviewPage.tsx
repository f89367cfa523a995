import { type CSSProperties, memo, useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { useAssessments } from '../api/assessmentQueries.js';
import { type AssessmentSet, judgedTimeProgress } from '../api/assessments.js';
import { useIndicators, usePlan } from '../api/queries.js';
import type { Indicator, Method, PlanSummary, RollUp } from '../api/types.js';
import { FinalEvaluationSection } from '../components/FinalEvaluationSection.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { ProgressBars } from '../components/ProgressBars.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusIcon } from '../components/StatusIcon.js';
import { formatDate, formatShare } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { planEndDate, planHasEnded } from '../lib/planPeriod.js';
import { rollUpOf, type StatusCount, statusCounts } from '../lib/rollups.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useRestLater } from '../lib/useRestLater.js';
import { useDefaultAsOfOfView, useSettings, useSettingsSearch } from '../lib/useSettings.js';

/** The final evaluation's rows rendered with the page; the rest follow in a transition. */
const FIRST_ROWS = 8;

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
  rollUp,
  completion,
  timeProgress,
  method,
  link,
}: {
  title: string;
  indicators: Indicator[];
  /** The API's roll-up of the category by the chosen method: the statuses */
  rollUp: RollUp | undefined;
  /** The mean completion of its indicators (the time-progress roll-up's mean score) */
  completion: number | null;
  /** The time elapsed at the as-of date */
  timeProgress: number | null;
  method: Method;
  link: string;
}) {
  const { t } = useLocale();
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
      <ProgressBars completion={completion} timeProgress={timeProgress} compact />
      <StatusStack counts={statusCounts(rollUp, method)} total={rollUp?.indicators ?? 0} />
    </article>
  );
}

/**
 * The tables' groups of category cards, below the first screen: they need the plan's indicators,
 * which the overview reads only now (the first screen does without them), so its first figures
 * do not wait for that answer.
 */
function TableGroups({
  plan,
  set,
  progress,
  elapsed,
  method,
  linkWith,
}: {
  plan: PlanSummary;
  set: AssessmentSet | undefined;
  progress: AssessmentSet | undefined;
  elapsed: number | null;
  method: Method;
  linkWith: (extra: Record<string, string>) => string;
}) {
  const { t, pick } = useLocale();
  const indicators = useIndicators();
  if (indicators.isError)
    return <ErrorNotice error={indicators.error} retry={() => void indicators.refetch()} />;
  if (!indicators.data) return <Loading />;
  const all = indicators.data;
  return (
    <>
      {plan.tables.map((table) => {
        const tableIndicators = all.filter((indicator) => indicator.table === table.id);
        const tableRollUp = rollUpOf(set, 'table', table.id);
        return (
          <div key={table.id} className="table-group">
            <div className="table-group-head">
              <h3>{pick(table.title)}</h3>
              <Link to={linkWith({ table: table.id })}>
                {t('overview.viewIndicators')} ({tableIndicators.length})
              </Link>
            </div>
            <StatusStack
              counts={statusCounts(tableRollUp, method)}
              total={tableRollUp?.indicators ?? 0}
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
                    rollUp={rollUpOf(set, 'category', category.id)}
                    completion={rollUpOf(progress, 'category', category.id)?.meanScore ?? null}
                    timeProgress={elapsed}
                    method={method}
                    link={linkWith({ table: table.id, category: category.id })}
                  />
                );
              })}
            </div>
          </div>
        );
      })}
    </>
  );
}

const Overview = memo(function Overview({
  plan,
  set,
  progress,
  available,
}: {
  plan: PlanSummary;
  /** By the chosen method: the statuses and their roll-ups */
  set: AssessmentSet | undefined;
  /** By time progress: completion against time elapsed, whatever the method */
  progress: AssessmentSet | undefined;
  available: boolean;
}) {
  const { t, pick, locale } = useLocale();
  const [settings] = useSettings();
  const chosen = useDefaultAsOfOfView();
  // The first screen (the facts, the counts) at once; the long parts below it just after.
  const rest = useRestLater();
  const search = useSettingsSearch();
  const region = plan.regions.find((candidate) => candidate.id === settings.region);
  // The time progress the rows are judged at (each at its latest figure's date), as the API
  // computed it, with that date: the header and the rows show one time progress. After the
  // plan's end there is none to show: the final evaluation says what the plan came to.
  const ended = planHasEnded(plan, settings.asOf);
  const judged = ended ? null : judgedTimeProgress(progress?.items ?? [], plan);
  const elapsed = judged?.share ?? null;
  const counts = statusCounts(rollUpOf(set, 'plan'), settings.method);
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
            <dd>
              {formatDate(settings.asOf, locale)}
              {chosen && chosen.asOf === settings.asOf ? (
                <span className="fact-note" data-testid="as-of-rule">
                  {pick(chosen.explanation)}
                </span>
              ) : null}
            </dd>
          </div>
          {/* The region and the method are in the settings above too: a phone leaves them out here. */}
          <div className="fact-secondary">
            <dt>{t('controls.region')}</dt>
            <dd>{region ? pick(region.name) : settings.region}</dd>
          </div>
          <div className="fact-secondary">
            <dt>{t('controls.method')}</dt>
            <dd>{t(`method.${settings.method}`)}</dd>
          </div>
          {ended ? (
            <div className="plan-ended-fact">
              <dt>{t('plan.ended')}</dt>
              <dd>{t('plan.endedOn', { date: formatDate(planEndDate(plan), locale) })}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('overview.timeProgress')}</dt>
              <dd data-testid="time-progress">
                {formatShare(elapsed, locale)}
                {judged && judged.date !== settings.asOf ? (
                  <span className="fact-note">
                    {t('overview.judgedAt', { date: formatDate(judged.date, locale) })}
                  </span>
                ) : null}
              </dd>
            </div>
          )}
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
      {/* The counts first, so a phone shows them on its first screen. */}
      {set?.finalEvaluation ? (
        <FinalEvaluationSection
          evaluation={set.finalEvaluation}
          rows={rest ? undefined : FIRST_ROWS}
        />
      ) : null}
      <section aria-labelledby="by-table">
        <h2 id="by-table">{t('overview.byTable')}</h2>
        <p className="muted small">{t('overview.barLegend')}</p>
        {rest ? (
          <TableGroups
            plan={plan}
            set={set}
            progress={progress}
            elapsed={elapsed}
            method={settings.method}
            linkWith={linkWith}
          />
        ) : null}
      </section>
    </>
  );
});

export default function OverviewPage() {
  const { t } = useLocale();
  usePageTitle(t('nav.overview'));
  const [settings] = useSettings();
  const plan = usePlan();
  const assessments = useAssessments(settings);
  // Completion against time elapsed is the time-progress calculation, whatever the method.
  const timeProgress = useAssessments({ ...settings, method: 'time-progress' });
  // The figures are rendered as a transition (React renders the page in slices, between which the
  // browser answers input) rather than in the one long task a query's answer renders in; until
  // then the page shows what it showed before (loading). Overview is memoised, so the render
  // with the earlier figures does nothing.
  const ready = plan.data !== undefined && !assessments.isPending;
  // One object per change of the figures: a new object on every render would make React schedule
  // a deferred render each time.
  const figures = useMemo(
    () =>
      ready
        ? {
            plan: plan.data,
            set: assessments.data,
            progress: timeProgress.data,
            available: !assessments.isError,
          }
        : undefined,
    [ready, plan.data, assessments.data, timeProgress.data, assessments.isError],
  );
  const shown = useDeferredValue(figures);
  if (plan.isError) return <ErrorNotice error={plan.error} retry={() => void plan.refetch()} />;
  if (!shown?.plan) return <Loading />;
  const illustrative = shown.set ? shown.set.illustrative : settings.illustrative;
  return (
    <>
      {illustrative ? <IllustrativeBanner /> : null}
      <Overview
        plan={shown.plan}
        set={shown.set}
        progress={shown.progress}
        available={shown.available}
      />
    </>
  );
}
