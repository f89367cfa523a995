export {
  buildCatalogue,
  type Catalogue,
  type CatalogueInput,
  type CatalogueIssue,
  CatalogueValidationError,
} from './buildCatalogue.js';
export {
  createLookups,
  type Lookups,
  measureById,
  ordosBaselines,
  ordosCatalogueInput,
  ordosOutline,
  ordosProjects,
  ordosTargets,
  projectByNumber,
  targetById,
  targetsDueIn,
  targetsForIndicator,
  targetsForProject,
} from './catalogue.js';
export {
  ConsistencyInputError,
  checkConsistency,
  ordosConsistencyReport,
  ordosConsistencySources,
} from './consistency.js';
export * from './schema/baselineFact.js';
export * from './schema/consistencyFinding.js';
export * from './schema/consistencyReport.js';
export * from './schema/consistencySources.js';
export * from './schema/deadline.js';
export * from './schema/indicatorRef.js';
export * from './schema/location.js';
export * from './schema/measure.js';
export * from './schema/outline.js';
export * from './schema/project.js';
export * from './schema/remark.js';
export * from './schema/target.js';
