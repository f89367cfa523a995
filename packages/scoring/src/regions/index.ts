// Judging the regions under a plan's subject (districts, banners) and comparing them.
export {
  AssessRegionIndicatorOptions,
  assessRegionIndicator,
} from './assessRegionIndicator.js';
export { checkRegionTarget, type RegionTargetProblem } from './checkRegionTarget.js';
export { CompareRegionsOptions, compareRegions } from './compareRegions.js';
export * from './schema/regionComparison.js';
export * from './schema/regionJudging.js';
export * from './schema/regionTarget.js';
