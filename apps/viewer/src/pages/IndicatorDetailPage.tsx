import type { Target } from '@plan/projects';
import type { Method } from '@plan/scoring';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AssessmentItem, dayOf } from '../api/assessments.js';
import {
  type IndicatorAssessments,
  useHistory,
  useIndicatorAssessment,
  useIndicators,
  useObservations,
  usePlan,
  useProjects,
  useTargets,
} from '../api/queries.js';
import type { Indicator, Observation, PlanSummary } from '../api/types.js';
import type { ChartInput, ChartTrack } from '../charts/chartOption.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { IllustrativeTag } from '../components/IllustrativeTag.js';
import { ProgressBars } from '../components/ProgressBars.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatDate, formatDateTime, formatNumber, formatPeriod } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { componentRows } from '../lib/componentLabels.js';
import { latestObservations } from '../lib/latestObservations.js';
import {
  flattenCategories,
  formatExpected,
  formatObservedValue,
  numberOf,
  observedNumber,
  printedOf,
  tracksOf,
} from '../lib/planValues.js';
import { methods } from '../lib/statuses.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { type Settings, useSettings, useSettingsSearch } from '../lib/useSettings.js';

const IndicatorChart = lazy(() => import('../charts/IndicatorChart.js'));

type Projection = {
  targetYear: number;
  leastSquares: { valueAtTarget: number | null } | null;
  cagr: { valueAtTarget: number | null } | null;
} | null;

/** The chart's input: one track per part, the plan's values, the observations and the projection. */
export function chartInputOf(
  indicator: Indicator,
  plan: PlanSummary,
  observations: readonly Observation[],
  timeProgress: AssessmentItem | undefined,
  settings: Pick<Settings, 'asOf'>,
  labels: ChartInput['labels'],
  locale: 'zh' | 'en',
): ChartInput {
  const ratioPart = indicator.band?.ratioPart ?? 0;
  const tracks: ChartTrack[] = tracksOf(indicator).map(({ part, label }) => {
    const points = observations
      .map((observation) => ({
        date: observation.date,
        value: observedNumber(observation.value, part, ratioPart),
        illustrative: observation.illustrative,
      }))
      .filter(
        (point): point is { date: string; value: number; illustrative: boolean } =>
          point.value !== undefined,
      )
      .sort((a, b) => a.date.localeCompare(b.date));
    const quantity =
      timeProgress?.quantities.find((candidate) => (candidate.part ?? undefined) === part) ??
      (part === undefined ? timeProgress?.quantities[0] : undefined);
    const projection = (quantity?.result?.components.projection ?? null) as Projection;
    const projected = projection?.leastSquares?.valueAtTarget ?? null;
    const latest = quantity?.latest;
    return {
      label: label ? (locale === 'zh' ? label.zh : label.en) : undefined,
      baseline: numberOf(indicator.values.subject.baseline, part, ratioPart),
      target: numberOf(indicator.values.subject.target, part, ratioPart),
      observations: points,
      projection:
        projected !== null && latest
          ? {
              from: { date: dayOf(latest.time), value: latest.value },
              to: { date: `${projection?.targetYear ?? plan.targetYear}-12-31`, value: projected },
            }
          : undefined,
      benchmark: {
        baseline: numberOf(indicator.values.benchmark.baseline, part, ratioPart),
        target: numberOf(indicator.values.benchmark.target, part, ratioPart),
      },
      band: indicator.band
        ? { lower: indicator.band.lower, upper: indicator.band.upper }
        : undefined,
    };
  });
  return {
    locale,
    labels,
    // A band indicator is drawn on the share it is scored on (职普比例: the vocational share).
    unit: indicator.band
      ? locale === 'zh'
        ? indicator.band.scoredOn.zh
        : indicator.band.scoredOn.en
      : locale === 'zh'
        ? indicator.unit.zh
        : indicator.unit.en,
    baselineDate: `${plan.baselineYear}-12-31`,
    targetDate: `${plan.targetYear}-12-31`,
    asOf: settings.asOf,
    tracks,
  };
}

function MethodCard({ method, item }: { method: Method; item: AssessmentItem | undefined }) {
  const { t, pick, locale } = useLocale();
  return (
    <article className="method-card" data-method={method}>
      <h3>{t(`method.${method}`)}</h3>
      {item ? (
        <>
          <StatusBadge method={method} status={item.status} label={item.label} />
          {item.score !== null ? (
            <p className="small muted">
              {t('detail.score')} {formatNumber(item.score, locale, 3)}
            </p>
          ) : null}
          <p className="explanation">{pick(item.explanation)}</p>
          {item.quantities.map((quantity, index) =>
            quantity.result ? (
              <details key={quantity.part ?? index} className="calculation">
                <summary>
                  {t('detail.calculation')}
                  {quantity.partLabel ? ` · ${pick(quantity.partLabel)}` : ''}
                </summary>
                {quantity.partLabel && item.quantities.length > 1 ? (
                  <p className="small">{pick(quantity.result.explanation)}</p>
                ) : null}
                <dl className="components">
                  {componentRows(quantity.result.components, locale).map((row) => (
                    <div key={row.key}>
                      <dt>{row.label}</dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null,
          )}
        </>
      ) : (
        <p className="muted">{t('common.noData')}</p>
      )}
    </article>
  );
}

function RevisionRows({ id, indicator }: { id: string; indicator: Indicator }) {
  const { t, locale } = useLocale();
  const history = useHistory(id, true);
  if (history.isError) return <ErrorNotice error={history.error} />;
  if (!history.data) return <Loading />;
  return (
    <table className="data-table revisions">
      <caption className="visually-hidden">{t('detail.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rev.at')}</th>
          <th scope="col">{t('rev.action')}</th>
          <th scope="col">{t('rev.actor')}</th>
          <th scope="col">{t('rev.change')}</th>
          <th scope="col">{t('rev.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {history.data.map((revision) => (
          <tr key={revision.revision}>
            <td>{formatDateTime(revision.at, locale)}</td>
            <td>{t(`rev.${revision.action}`)}</td>
            <td>{revision.actor}</td>
            <td>
              {revision.old ? formatObservedValue(revision.old.value, indicator, locale) : '∅'} →{' '}
              {revision.new ? formatObservedValue(revision.new.value, indicator, locale) : '∅'}
              {revision.new?.illustrative || revision.old?.illustrative ? (
                <IllustrativeTag />
              ) : null}
            </td>
            <td>{revision.reason ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObservationHistory({
  indicator,
  observations,
  asOf,
}: {
  indicator: Indicator;
  observations: Observation[];
  asOf: string;
}) {
  const { t, locale } = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  if (observations.length === 0) return <p className="muted">{t('common.noData')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table observations">
        <thead>
          <tr>
            <th scope="col">{t('obs.time')}</th>
            <th scope="col" className="num">
              {t('obs.value')}
            </th>
            <th scope="col">{t('obs.source')}</th>
            <th scope="col">{t('obs.updated')}</th>
            <th scope="col" className="num">
              {t('obs.version')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('detail.showHistory')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...observations]
            .sort((a, b) => b.date.localeCompare(a.date))
            .flatMap((observation) => {
              const rows = [
                <tr
                  key={observation.id}
                  className={observation.date > asOf ? 'after-as-of' : undefined}
                  data-illustrative={observation.illustrative || undefined}
                >
                  <td>{formatPeriod(observation, locale)}</td>
                  <td className="num">
                    {formatObservedValue(observation.value, indicator, locale)}
                    {observation.illustrative ? <IllustrativeTag /> : null}
                  </td>
                  <td>
                    {observation.source}
                    {observation.note ? (
                      <span className="cell-note">{observation.note}</span>
                    ) : null}
                  </td>
                  <td>
                    {observation.updatedBy}
                    <span className="cell-note">
                      {formatDateTime(observation.updatedAt, locale)}
                    </span>
                  </td>
                  <td className="num">{observation.version}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={open === observation.id}
                      onClick={() => setOpen(open === observation.id ? null : observation.id)}
                    >
                      {open === observation.id ? t('detail.hideHistory') : t('detail.showHistory')}
                    </button>
                  </td>
                </tr>,
              ];
              if (open === observation.id) {
                rows.push(
                  <tr key={`${observation.id}-history`} className="history-row">
                    <td colSpan={6}>
                      <RevisionRows id={observation.id} indicator={indicator} />
                    </td>
                  </tr>,
                );
              }
              return rows;
            })}
        </tbody>
      </table>
    </div>
  );
}

function LinkedTargets({ targets }: { targets: Target[] }) {
  const { t, pick, locale } = useLocale();
  const projects = useProjects();
  const search = useSettingsSearch();
  if (targets.length === 0) return <p className="muted">{t('detail.noProjects')}</p>;
  const projectOf = (target: Target) =>
    target.location.box !== undefined
      ? projects.data?.find((project) => project.number === target.location.box)
      : undefined;
  return (
    <ul className="linked-targets">
      {targets.map((target) => {
        const project = projectOf(target);
        return (
          <li key={target.id}>
            <div className="linked-target-head">
              <strong>{pick(target.metric)}</strong>
              <span>
                {target.printedValue} {pick(target.unit)}
              </span>
              <span className="muted small">
                {t('projects.deadline')} {target.deadline.year}
                {target.deadline.inferred ? t('projects.inferred') : ''}
              </span>
            </div>
            <blockquote lang="zh-CN">{target.text}</blockquote>
            <p className="small muted">
              {project ? (
                <Link to={`/projects${search}#project-${project.number}`}>
                  {t('projects.box')} {project.number} · {pick(project.name)}
                </Link>
              ) : (
                <span>{target.id}</span>
              )}
              {target.location.measure ? ` · ${target.location.measure}` : ''}
              {locale === 'en' && target.note ? ` · ${target.note.en}` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function Detail({
  indicator,
  plan,
  observations,
  assessment,
  assessmentError,
}: {
  indicator: Indicator;
  plan: PlanSummary;
  observations: Observation[];
  assessment: IndicatorAssessments | undefined;
  assessmentError: boolean;
}) {
  const { t, pick, locale } = useLocale();
  const [settings] = useSettings();
  const search = useSettingsSearch();
  const targets = useTargets();
  usePageTitle(pick(indicator.name));
  const byMethod = new Map(assessment?.byMethod.map((entry) => [entry.method, entry.item]));
  const current = byMethod.get(settings.method);
  const timeProgress = byMethod.get('time-progress');
  const latest = latestObservations(observations, settings.asOf).get(indicator.id);
  const table = plan.tables.find((candidate) => candidate.id === indicator.table);
  const categories = flattenCategories(plan.tables);
  const path = indicator.categoryPath
    .map((id) =>
      categories.find((category) => category.id === id && category.table === indicator.table),
    )
    .filter((category) => category !== undefined);
  const benchmark = plan.regions.find((region) => region.id === plan.benchmarkRegion);
  const benchmarkName = benchmark ? pick(benchmark.name) : plan.benchmarkRegion;
  const chartInput = useMemo(
    () =>
      chartInputOf(
        indicator,
        plan,
        observations,
        timeProgress,
        settings,
        {
          path: t('detail.path'),
          observed: t('detail.observed'),
          illustrative: t('illustrative.tag'),
          projection: t('detail.projection'),
          benchmark: benchmarkName,
          asOf: t('controls.asOf'),
          band: t('detail.band'),
        },
        locale,
      ),
    [indicator, plan, observations, timeProgress, settings, locale, t, benchmarkName],
  );
  const illustrative =
    observations.some((observation) => observation.illustrative) ||
    assessment?.raw.illustrative === true;
  const linked = (targets.data ?? []).filter((target) => target.indicatorId === indicator.id);
  const benchmarkNote = timeProgress?.quantities.find((quantity) => quantity.benchmark)?.benchmark;
  return (
    <>
      {illustrative && settings.illustrative ? <IllustrativeBanner /> : null}
      <p className="breadcrumb">
        <Link to={`/indicators${search}`}>← {t('detail.back')}</Link>
        {table ? <span>{pick(table.title)}</span> : null}
        {path.map((category) => (
          <span key={category.id}>{pick(category.name)}</span>
        ))}
      </p>
      <section className="page-head">
        <h1>{pick(indicator.name)}</h1>
        <p className="other-language" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
          {locale === 'zh' ? indicator.name.en : indicator.name.zh}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('col.baseline', { year: plan.baselineYear })}</dt>
            <dd>{printedOf(indicator.values.subject.baseline)}</dd>
          </div>
          <div>
            <dt>{t('col.target', { year: plan.targetYear })}</dt>
            <dd>{printedOf(indicator.values.subject.target)}</dd>
          </div>
          <div>
            <dt>{benchmarkName}</dt>
            <dd>
              {printedOf(indicator.values.benchmark.baseline)} →{' '}
              {printedOf(indicator.values.benchmark.target)}
            </dd>
          </div>
          <div>
            <dt>{t('col.latest')}</dt>
            <dd>
              {latest ? (
                <>
                  {formatObservedValue(latest.value, indicator, locale)}{' '}
                  <span className="small muted">{formatPeriod(latest, locale)}</span>
                  {latest.illustrative ? <IllustrativeTag /> : null}
                </>
              ) : (
                t('common.noData')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('col.expected')}</dt>
            <dd>{timeProgress ? formatExpected(timeProgress, indicator, locale) : '—'}</dd>
          </div>
          <div>
            <dt>{t('col.unit')}</dt>
            <dd>{pick(indicator.unit)}</dd>
          </div>
          <div>
            <dt>{t('detail.direction')}</dt>
            <dd>{t(`direction.${indicator.direction}`)}</dd>
          </div>
          <div>
            <dt>{t('col.status')}</dt>
            <dd>
              {current ? (
                <StatusBadge
                  method={settings.method}
                  status={current.status}
                  label={current.label}
                />
              ) : (
                '—'
              )}
            </dd>
          </div>
        </dl>
        {timeProgress ? (
          <ProgressBars
            completion={timeProgress.completion}
            timeProgress={timeProgress.timeProgress}
          />
        ) : null}
        {benchmarkNote ? <p className="small">{pick(benchmarkNote.explanation)}</p> : null}
        {indicator.notes.length > 0 ? (
          <details className="notes">
            <summary>{t('detail.notes')}</summary>
            <ul>
              {indicator.notes.map((note) => (
                <li key={note.text.en}>{pick(note.text)}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="chart-heading" className="chart-section">
        <h2 id="chart-heading">{t('detail.chart')}</h2>
        <Suspense fallback={<div className="chart chart-placeholder" />}>
          <IndicatorChart input={chartInput} label={t('detail.chartLabel')} />
        </Suspense>
        {observations.some((observation) => observation.illustrative) ? (
          <p className="small muted">{t('illustrative.legend')}</p>
        ) : null}
      </section>
      <section aria-labelledby="methods-heading">
        <h2 id="methods-heading">{t('detail.methods')}</h2>
        {assessmentError ? <p className="notice">{t('common.notAvailable')}</p> : null}
        <div className="method-grid">
          {methods.map((method) => (
            <MethodCard key={method} method={method} item={byMethod.get(method)} />
          ))}
        </div>
      </section>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t('detail.projects')}</h2>
        {targets.isError ? <ErrorNotice error={targets.error} /> : null}
        {targets.data ? <LinkedTargets targets={linked} /> : targets.isPending ? <Loading /> : null}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('detail.history')}</h2>
        <ObservationHistory
          indicator={indicator}
          observations={observations}
          asOf={settings.asOf}
        />
        <p className="small muted">
          {t('controls.asOf')} {formatDate(settings.asOf, locale)}
        </p>
      </section>
    </>
  );
}

export default function IndicatorDetailPage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const [settings] = useSettings();
  const plan = usePlan();
  const indicators = useIndicators();
  const observations = useObservations({
    indicatorId: id,
    region: settings.region,
    illustrative: settings.illustrative,
  });
  const assessment = useIndicatorAssessment(id, settings);
  const failed = [plan, indicators, observations].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!plan.data || !indicators.data) return <Loading />;
  const indicator = indicators.data.find((candidate) => candidate.id === id);
  if (!indicator) {
    return (
      <div className="error-notice" role="alert">
        {t('detail.notFound')} <Link to="/indicators">{t('detail.back')}</Link>
      </div>
    );
  }
  if (!observations.data || assessment.isPending) return <Loading />;
  return (
    <Detail
      indicator={indicator}
      plan={plan.data}
      observations={observations.data.items}
      assessment={assessment.data}
      assessmentError={assessment.isError}
    />
  );
}
