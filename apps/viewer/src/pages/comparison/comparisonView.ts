import type { Indicator, LocalizedText, Method, PlanSummary } from '../../api/types.js';
import type { ComparisonAnswer, MatrixCell } from './comparison.types.js';

/** The comparison with what the sections look up in it: names, indicators, cells. */
export type ComparisonView = {
  answer: ComparisonAnswer;
  /** The method the statuses are in */
  method: Method;
  /** The compared regions (the districts), in the API's order */
  regions: { id: string; name: LocalizedText }[];
  /** The compared indicators, in the API's order */
  indicators: Indicator[];
  regionName: (id: string) => LocalizedText;
  indicatorOf: (id: string) => Indicator | undefined;
  cellOf: (region: string, indicatorId: string) => MatrixCell | undefined;
};

/**
 * Reads the API's comparison for the page: region names from the answer (the
 * plan's otherwise), indicators from the plan. Nothing is computed here:
 * every status, figure and rate is the API's.
 */
export function comparisonView(
  answer: ComparisonAnswer,
  plan: Pick<PlanSummary, 'regions'>,
  indicators: readonly Indicator[],
  method: Method,
): ComparisonView {
  const names = new Map<string, LocalizedText>(
    plan.regions.map((region) => [region.id, region.name]),
  );
  for (const region of answer.regions) names.set(region.id, region.name);
  const regionName = (id: string) => names.get(id) ?? { zh: id, en: id };
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const cells = new Map<string, MatrixCell>();
  for (const row of answer.matrix) {
    for (const cell of row.cells) cells.set(`${row.region}\u0000${cell.indicatorId}`, cell);
  }
  return {
    answer,
    method,
    regions: answer.regions.map((region) => ({ id: region.id, name: region.name })),
    indicators: answer.indicators
      .map((id) => byId.get(id))
      .filter((indicator): indicator is Indicator => indicator !== undefined),
    regionName,
    indicatorOf: (id) => byId.get(id),
    cellOf: (region, indicatorId) => cells.get(`${region}\u0000${indicatorId}`),
  };
}
