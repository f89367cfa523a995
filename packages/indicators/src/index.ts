export { deepFreeze } from './_lib/deepFreeze.js';
export {
  type Catalogue,
  categoryById,
  categoryPathOf,
  createCatalogue,
  type IndicatorId,
  indicatorById,
  indicatorsByCategory,
  indicatorsByTable,
  isIndicatorId,
  isRegionId,
  ordosPlan,
  type RegionId,
  regionById,
  type TableId,
  tableById,
} from './catalogue.js';
export { type ComparatorSignStyle, comparatorSign } from './comparatorSign.js';
export { ordosPlanInput } from './data/ordos-2021-2025/plan.js';
export {
  formatPlanIssue,
  type PlanIssue,
  PlanValidationError,
  parsePlan,
  safeParsePlan,
} from './parsePlan.js';
export * from './schema/indicator.js';
export * from './schema/localizedText.js';
export * from './schema/plan.js';
export * from './schema/planInput.js';
export { type ReadResult, readPrintedValue } from './schema/printedValue.js';
export * from './schema/region.js';
export * from './schema/regionScope.js';
export * from './schema/table.js';
export * from './schema/value.js';
export * from './value/index.js';
