import { lazy, Suspense, useMemo } from 'react';
import type { AssessmentItem } from '../../api/assessments.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { chartInputOf } from './chartInputOf.js';
import type { PredecessorSeries } from './usePredecessorSeries.js';

// ECharts is a chunk of its own, loaded with the first chart.
const IndicatorChart = lazy(() => import('../../charts/IndicatorChart.js'));

/**
 * The chart: straight path, observations, projection and the benchmark
 * region's values; and the linked indicator's values under the predecessor
 * plan, where this plan continues one (succession).
 */
export function ChartSection({
  indicator,
  plan,
  observations,
  timeProgress,
  asOf,
  predecessor,
}: {
  indicator: Indicator;
  plan: Pick<PlanSummary, 'baselineYear' | 'targetYear' | 'benchmarkRegion' | 'regions'>;
  observations: readonly Observation[];
  timeProgress: AssessmentItem | undefined;
  asOf: string;
  predecessor?: PredecessorSeries | undefined;
}) {
  const { t, pick, locale } = useLocale();
  const benchmark = plan.regions.find((region) => region.id === plan.benchmarkRegion);
  const benchmarkName = benchmark ? pick(benchmark.name) : plan.benchmarkRegion;
  const predecessorTitle = predecessor ? pick(predecessor.plan.title) : undefined;
  const input = useMemo(
    () =>
      chartInputOf(
        indicator,
        plan,
        observations,
        timeProgress,
        asOf,
        {
          path: t('detail.path'),
          observed: t('detail.observed'),
          illustrative: t('illustrative.tag'),
          projection: t('detail.projection'),
          benchmark: benchmarkName,
          asOf: t('controls.asOf'),
          band: t('detail.band'),
          ...(predecessorTitle
            ? { predecessor: t('detail.predecessor', { plan: predecessorTitle }) }
            : {}),
        },
        locale,
        predecessor?.observations,
      ),
    [
      indicator,
      plan,
      observations,
      timeProgress,
      asOf,
      locale,
      t,
      benchmarkName,
      predecessor,
      predecessorTitle,
    ],
  );
  return (
    <section aria-labelledby="chart-heading" className="chart-section">
      <h2 id="chart-heading">{t('detail.chart')}</h2>
      <Suspense fallback={<div className="chart chart-placeholder" />}>
        <IndicatorChart
          input={input}
          label={t('detail.chartLabel', { year: plan.targetYear, benchmark: benchmarkName })}
        />
      </Suspense>
      {predecessor && predecessorTitle ? (
        <p className="small muted predecessor-note">
          {t('detail.predecessorNote', {
            plan: predecessorTitle,
            name: predecessor.indicator
              ? pick(predecessor.indicator.name)
              : predecessor.indicatorId,
          })}
        </p>
      ) : null}
      {observations.some((observation) => observation.illustrative) ? (
        <p className="small muted">{t('illustrative.legend')}</p>
      ) : null}
    </section>
  );
}
