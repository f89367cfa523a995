import { lazy, Suspense, useMemo } from 'react';
import type { AssessmentItem } from '../../api/assessments.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { chartInputOf } from './chartInputOf.js';

// ECharts is a chunk of its own, loaded with the first chart.
const IndicatorChart = lazy(() => import('../../charts/IndicatorChart.js'));

/** The chart: straight path, observations, projection and the benchmark region's values. */
export function ChartSection({
  indicator,
  plan,
  observations,
  timeProgress,
  asOf,
}: {
  indicator: Indicator;
  plan: Pick<PlanSummary, 'baselineYear' | 'targetYear' | 'benchmarkRegion' | 'regions'>;
  observations: readonly Observation[];
  timeProgress: AssessmentItem | undefined;
  asOf: string;
}) {
  const { t, pick, locale } = useLocale();
  const benchmark = plan.regions.find((region) => region.id === plan.benchmarkRegion);
  const benchmarkName = benchmark ? pick(benchmark.name) : plan.benchmarkRegion;
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
        },
        locale,
      ),
    [indicator, plan, observations, timeProgress, asOf, locale, t, benchmarkName],
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
      {observations.some((observation) => observation.illustrative) ? (
        <p className="small muted">{t('illustrative.legend')}</p>
      ) : null}
    </section>
  );
}
