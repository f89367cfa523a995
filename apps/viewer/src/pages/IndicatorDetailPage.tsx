import { Link, useParams } from 'react-router';
import { useIndicatorAssessment } from '../api/assessmentQueries.js';
import type { AssessmentItem, IndicatorAssessments } from '../api/assessments.js';
import { useIndicators, useObservations, usePlan } from '../api/queries.js';
import type { Indicator, Method, Observation, PlanSummary } from '../api/types.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { latestObservations } from '../lib/latestObservations.js';
import { flattenCategories } from '../lib/planValues.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useSettings, useSettingsSearch } from '../lib/useSettings.js';
import { ChartSection } from './indicatorDetail/ChartSection.js';
import { HistorySection } from './indicatorDetail/HistorySection.js';
import { IndicatorHead } from './indicatorDetail/IndicatorHead.js';
import { LinkedTargetsSection } from './indicatorDetail/LinkedTargetsSection.js';
import { MethodsSection } from './indicatorDetail/MethodsSection.js';
import { usePredecessorSeries } from './indicatorDetail/usePredecessorSeries.js';

/** Back to the list, then the indicator's table and categories. */
function Breadcrumb({ indicator, plan }: { indicator: Indicator; plan: PlanSummary }) {
  const { t, pick } = useLocale();
  const search = useSettingsSearch();
  const table = plan.tables.find((candidate) => candidate.id === indicator.table);
  const categories = flattenCategories(plan.tables);
  const path = indicator.categoryPath
    .map((id) =>
      categories.find((category) => category.id === id && category.table === indicator.table),
    )
    .filter((category) => category !== undefined);
  return (
    <p className="breadcrumb">
      <Link to={`/indicators${search}`}>← {t('detail.back')}</Link>
      {table ? <span>{pick(table.title)}</span> : null}
      {path.map((category) => (
        <span key={category.id}>{pick(category.name)}</span>
      ))}
    </p>
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
  const { pick } = useLocale();
  const [settings] = useSettings();
  usePageTitle(pick(indicator.name));
  const byMethod: Partial<Record<Method, AssessmentItem>> = assessment?.methods ?? {};
  const timeProgress = byMethod['time-progress'];
  const latest = latestObservations(observations, settings.asOf).get(indicator.id);
  const predecessor = usePredecessorSeries(indicator.id, plan, settings);
  const illustrative =
    observations.some((observation) => observation.illustrative) ||
    assessment?.illustrative === true;
  return (
    <>
      {illustrative && settings.illustrative ? <IllustrativeBanner /> : null}
      <Breadcrumb indicator={indicator} plan={plan} />
      <IndicatorHead
        indicator={indicator}
        plan={plan}
        latest={latest}
        current={byMethod[settings.method]}
        timeProgress={timeProgress}
        method={settings.method}
      />
      <ChartSection
        indicator={indicator}
        plan={plan}
        observations={observations}
        timeProgress={timeProgress}
        asOf={settings.asOf}
        predecessor={predecessor}
      />
      <MethodsSection byMethod={byMethod} unavailable={assessmentError} />
      <LinkedTargetsSection indicatorId={indicator.id} />
      <HistorySection indicator={indicator} observations={observations} asOf={settings.asOf} />
    </>
  );
}

/** One indicator: its plan values, chart, the five methods, linked targets and history. */
export default function IndicatorDetailPage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const [settings] = useSettings();
  const search = useSettingsSearch();
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
        {t('detail.notFound')} <Link to={`/indicators${search}`}>{t('detail.back')}</Link>
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
