// Implementation tracking (抓落实): one status vocabulary for indicators, targets and measures,
// and the pure functions that judge them, list what lags (督办) and roll them up.
export { latestReport, measureTracking } from './measureTracking.js';
export { lastDuePeriod, reportingPeriods } from './reportingPeriods.js';
export { rollUpTracking } from './rollUpTracking.js';
export * from './schema.js';
export {
  reportedStatuses,
  trackingSeverity,
  trackingStatuses,
  trackingStatusLabels,
  trackingStatusRanks,
  worstTrackingStatus,
} from './statuses.js';
export { type SupervisionListOptions, supervisionList } from './supervisionList.js';
export { isPerDistrict, type TargetTrackingOptions, targetTracking } from './targetTracking.js';
export { trackingStatusOfIndicator } from './trackingStatusOfIndicator.js';
