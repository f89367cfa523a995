import type { Project, Target } from '@plan/projects';
import type { PlanTracking, UnitName } from './planTracking.types.js';

/**
 * What the report's tracking sections (重大项目进展, 督办清单) read: the
 * plan's tracking as of the report's date, the units the bureau entered, and
 * the plan's projects and targets whose words the rows show.
 */
export type ReportTracking = {
  tracking: PlanTracking;
  units: readonly UnitName[];
  projects: readonly Project[];
  targets: readonly Target[];
};
