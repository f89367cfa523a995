import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import { formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { ApprovalBadge } from './ApprovalBadge.js';

/**
 * One stored figure in a list: what and where (by indicator first for its writer, by region
 * first for a reviewer), the period, the value in the indicator's unit and its review state.
 */
export function ObservationFigure({
  observation,
  indicators,
  plan,
  first,
}: {
  observation: Observation;
  indicators: readonly Indicator[];
  plan: PlanSummary;
  first: 'indicator' | 'region';
}) {
  const { pick, locale } = useLocale();
  const indicator = indicators.find((candidate) => candidate.id === observation.indicatorId);
  const region = plan.regions.find((candidate) => candidate.id === observation.region);
  const indicatorName = indicator ? pick(indicator.name) : observation.indicatorId;
  const regionName = region ? pick(region.name) : observation.region;
  return (
    <>
      <span>
        {first === 'indicator' ? indicatorName : regionName}
        {' · '}
        {first === 'indicator' ? regionName : indicatorName} {formatPeriod(observation, locale)}
      </span>
      <strong>
        {indicator
          ? formatObservedValue(observation.value, indicator, locale)
          : JSON.stringify(observation.value)}
      </strong>
      <ApprovalBadge observation={observation} />
    </>
  );
}
